import type { ClassifierModelView } from '@yiwang/contracts';
import { AppError, mutate, type RequestMeta } from '@yiwang/platform';
import { labelMapProblems } from '../domain/index.js';
import type { HotlineDeps } from '../deps.js';
import { HOTLINE_EVENTS } from '../events.js';
import { presentModel } from '../presenters-desk.js';
import { activeCategoryNames } from '../repo/categories.js';
import * as models from '../repo/models.js';
import { hot } from '../repo/tables.js';

/** Replaces a model's label map (model label → category code); an active model answers with it right away. */
export async function updateModelLabelMap(
  deps: HotlineDeps,
  meta: RequestMeta,
  id: string,
  input: { labelMap: Record<string, string>; version: number },
): Promise<ClassifierModelView> {
  const before = await models.findModel(hot(deps.db), id);
  if (!before) throw new AppError('NOT_FOUND');
  const codes = new Set((await activeCategoryNames(hot(deps.db))).keys());
  const problems = labelMapProblems(input.labelMap, before.labels, codes);
  if (problems.length) throw new AppError('LABEL_MAP_INVALID', { problems });
  const row = await mutate(deps.db, meta, async (tx) => {
    if (!(await models.updateModel(hot(tx), id, input.version, { label_map: input.labelMap }))) throw new AppError('CONFLICT');
    return {
      result: (await models.findModel(hot(tx), id))!,
      audit: {
        action: 'hotline.classifier_model.update',
        resourceType: 'classifier_model',
        resourceId: id,
        details: { modelVersion: before.model_version, before: before.label_map, after: input.labelMap },
      },
      events: [{ topic: HOTLINE_EVENTS.modelUpdated, key: id, payload: { id, modelVersion: before.model_version } }],
    };
  });
  if (row.active) await deps.classifier?.refresh?.();
  return presentModel(row);
}
