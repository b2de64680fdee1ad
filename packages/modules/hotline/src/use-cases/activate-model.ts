import type { ClassifierModelView } from '@yiwang/contracts';
import { AppError, mutate, type RequestMeta } from '@yiwang/platform';
import type { HotlineDeps } from '../deps.js';
import { HOTLINE_EVENTS } from '../events.js';
import { presentModel } from '../presenters-desk.js';
import * as models from '../repo/models.js';
import { hot } from '../repo/tables.js';

/**
 * Makes a stored model the one that serves suggestions (hot swap, no restart): the previous one is
 * switched off in the same transaction. This node loads it before answering; the others on the
 * activation event or their next periodic check.
 */
export async function activateModel(deps: HotlineDeps, meta: RequestMeta, id: string, version: number): Promise<ClassifierModelView> {
  const before = await models.findModel(hot(deps.db), id);
  if (!before) throw new AppError('NOT_FOUND');
  const row = await mutate(deps.db, meta, async (tx) => {
    const previous = before.active ? null : await models.deactivateActive(hot(tx));
    if (!(await models.updateModel(hot(tx), id, version, { active: true }))) throw new AppError('CONFLICT');
    return {
      result: (await models.findModel(hot(tx), id))!,
      audit: {
        action: 'hotline.classifier_model.activate',
        resourceType: 'classifier_model',
        resourceId: id,
        details: { modelVersion: before.model_version, previous },
      },
      events: [{ topic: HOTLINE_EVENTS.modelActivated, key: id, payload: { id, modelVersion: before.model_version } }],
    };
  });
  await deps.classifier?.refresh?.();
  return presentModel(row);
}
