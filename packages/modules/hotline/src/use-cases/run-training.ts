import { isAppError, mutate, SYSTEM_META, type Job } from '@yiwang/platform';
import type { HotlineDeps } from '../deps.js';
import { HOTLINE_EVENTS } from '../events.js';
import { hot } from '../repo/tables.js';
import * as runs from '../repo/training-runs.js';
import { trainModelFromOrders } from './train-model.js';

/**
 * The training job: queued → running → succeeded (with the new model, in the model's own
 * transaction) or failed (with the reason). A run another node already took is left alone.
 */
export async function runTrainingJob(deps: HotlineDeps, job: Job): Promise<void> {
  const { runId } = job.payload as { runId: string };
  const run = await runs.findRun(hot(deps.db), runId);
  if (!run || run.state !== 'queued') return;
  const started = await mutate(deps.db, SYSTEM_META, async (tx) => ({
    result: await runs.updateRun(hot(tx), runId, 'queued', { state: 'running', started: true }),
    audit: {
      action: 'hotline.training_run.start',
      resourceType: 'training_run',
      resourceId: runId,
      details: { requestedBy: run.requested_by },
    },
    events: [{ topic: HOTLINE_EVENTS.trainingStarted, key: runId, payload: { id: runId } }],
  }));
  if (!started) return;
  try {
    await trainModelFromOrders(deps, { activate: run.activate, runId, meta: SYSTEM_META });
  } catch (err) {
    const code = isAppError(err) ? err.code : 'INTERNAL';
    const message = String((err as Error)?.message ?? err).slice(0, 2000);
    await mutate(deps.db, SYSTEM_META, async (tx) => ({
      result: await runs.updateRun(hot(tx), runId, 'running', { state: 'failed', error_code: code, error: message, finished: true }),
      audit: { action: 'hotline.training_run.fail', resourceType: 'training_run', resourceId: runId, details: { code, message } },
      events: [{ topic: HOTLINE_EVENTS.trainingFailed, key: runId, payload: { id: runId, code } }],
    }));
    // an unexpected failure also fails the job, so the runner logs it
    if (!isAppError(err)) throw err;
  }
}
