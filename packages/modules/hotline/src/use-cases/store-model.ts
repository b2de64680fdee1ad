import { gzipSync } from 'node:zlib';
import { AppError, mutate, newId, type AuditInput, type EventInput, type RequestMeta } from '@yiwang/platform';
import type { HotlineDeps } from '../deps.js';
import { HOTLINE_EVENTS } from '../events.js';
import * as models from '../repo/models.js';
import { hot } from '../repo/tables.js';
import { updateRun } from '../repo/training-runs.js';

export interface NewModel {
  /** the serialized classifier (classifier/model.ts), stored gzipped */
  text: string;
  labels: string[];
  labelMap: Record<string, string>;
  metrics: unknown;
  training: Record<string, unknown>;
  activate: boolean;
  createdBy: string | null;
  /** the training run this model finishes, marked succeeded in the same transaction */
  runId?: string;
}

/**
 * Stores a trained or imported model as the next version — and, when asked, makes it the active
 * one — with its audit record and events in one transaction; then this node loads it at once.
 */
export async function storeModel(deps: HotlineDeps, meta: RequestMeta, m: NewModel): Promise<models.ModelRow> {
  const payload = gzipSync(Buffer.from(m.text, 'utf8'));
  const id = newId();
  const row = await mutate(deps.db, meta, async (tx) => {
    const modelVersion = await models.nextModelVersion(hot(tx));
    const previous = m.activate ? await models.deactivateActive(hot(tx)) : null;
    await models.insertModel(hot(tx), {
      id,
      model_version: modelVersion,
      labels: m.labels,
      label_map: m.labelMap,
      metrics: m.metrics,
      training: m.training,
      payload,
      payload_bytes: payload.byteLength,
      created_by: m.createdBy,
    });
    if (m.activate && !(await models.updateModel(hot(tx), id, 1, { active: true }))) throw new AppError('CONFLICT');
    if (m.runId && !(await updateRun(hot(tx), m.runId, 'running', { state: 'succeeded', model_id: id, finished: true }))) {
      throw new AppError('CONFLICT');
    }
    const audit: AuditInput[] = [
      {
        action: 'hotline.classifier_model.create',
        resourceType: 'classifier_model',
        resourceId: id,
        details: { modelVersion, labels: m.labels.length, training: m.training, metrics: m.metrics, runId: m.runId ?? null },
      },
    ];
    const events: EventInput[] = [{ topic: HOTLINE_EVENTS.modelCreated, key: id, payload: { id, modelVersion } }];
    if (m.activate) {
      audit.push({
        action: 'hotline.classifier_model.activate',
        resourceType: 'classifier_model',
        resourceId: id,
        details: { modelVersion, previous },
      });
      events.push({ topic: HOTLINE_EVENTS.modelActivated, key: id, payload: { id, modelVersion } });
    }
    return { result: (await models.findModel(hot(tx), id))!, audit, events };
  });
  if (m.activate) await deps.classifier?.refresh?.();
  return row;
}
