import type { TrainingRunView } from '@yiwang/contracts';
import { AppError, mutate, newId, scheduleJob, type Actor, type Idempotency, type RequestMeta } from '@yiwang/platform';
import type { HotlineDeps } from '../deps.js';
import { HOTLINE_EVENTS, TRAINING_QUEUE } from '../events.js';
import { presentRun } from '../presenters-desk.js';
import { hot } from '../repo/tables.js';
import * as runs from '../repo/training-runs.js';
import { labeledCounts } from './train-model.js';

/**
 * Queues a training run as a durable job (it takes seconds to a minute, longer than a request
 * should). Refused at once when there is too little labeled data or a run is already waiting, so the
 * admin gets a clear answer instead of a failed run later.
 */
export async function requestTraining(
  deps: HotlineDeps,
  meta: RequestMeta,
  actor: Actor,
  body: { activate?: boolean | undefined },
  idem?: Idempotency,
): Promise<TrainingRunView> {
  if (await runs.pendingRun(hot(deps.db))) throw new AppError('CLASSIFIER_TRAINING_PENDING');
  const counts = await labeledCounts(deps);
  const id = newId();
  return mutate(
    deps.db,
    meta,
    async (tx) => {
      await runs.insertRun(hot(tx), { id, activate: body.activate ?? false, requested_by: actor.id });
      // one attempt: a run that fails records why; retrying the same data would fail the same way
      await scheduleJob(tx, { queue: TRAINING_QUEUE, payload: { runId: id }, maxAttempts: 1 });
      return {
        result: presentRun((await runs.findRun(hot(tx), id))!),
        audit: {
          action: 'hotline.training_run.request',
          resourceType: 'training_run',
          resourceId: id,
          details: { activate: body.activate ?? false, classes: counts.classes.length, rows: counts.rows },
        },
        events: [{ topic: HOTLINE_EVENTS.trainingRequested, key: id, payload: { id } }],
      };
    },
    idem,
  );
}
