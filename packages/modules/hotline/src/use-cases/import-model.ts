import type { ClassifierModelView, ModelMetrics, TrainingSummary } from '@yiwang/contracts';
import { AppError, type RequestMeta } from '@yiwang/platform';
import { ModelFormatError, parseModel, type ModelData } from '../classifier/index.js';
import { defaultLabelMap, labelMapProblems } from '../domain/index.js';
import type { HotlineDeps } from '../deps.js';
import { presentModel } from '../presenters-desk.js';
import { activeCategoryNames } from '../repo/categories.js';
import { hot } from '../repo/tables.js';
import { storeModel } from './store-model.js';

/**
 * Stores a model file trained by `npm run classifier -- train` (for example on the shared 12345
 * data). Without a label map, labels that are category codes map to themselves and the shared
 * data's seven topics to their first-level categories; other labels stay unmapped until an admin maps them.
 */
export async function importModel(
  deps: HotlineDeps,
  meta: RequestMeta,
  input: { text: string; labelMap?: Record<string, string>; activate?: boolean },
): Promise<ClassifierModelView> {
  let model: ModelData;
  try {
    model = parseModel(input.text);
  } catch (err) {
    if (err instanceof ModelFormatError) throw new AppError('CLASSIFIER_MODEL_INVALID', { reason: err.message });
    throw err;
  }
  const codes = new Set((await activeCategoryNames(hot(deps.db))).keys());
  const labelMap = input.labelMap ?? defaultLabelMap(model.labels, codes);
  const problems = labelMapProblems(labelMap, model.labels, codes);
  if (problems.length) throw new AppError('LABEL_MAP_INVALID', { problems });
  const cv = model.meta.cv;
  const metrics: ModelMetrics | null = cv ? { method: 'cv', ...cv.overall, withTitle: cv.withTitle, withoutTitle: cv.withoutTitle } : null;
  const training: TrainingSummary = {
    source: 'import',
    rows: model.meta.rows,
    classCounts: model.meta.classCounts,
    trainedAt: model.meta.trainedAt,
  };
  const row = await storeModel(deps, meta, {
    text: input.text,
    labels: model.labels,
    labelMap,
    metrics,
    training,
    activate: input.activate ?? false,
    createdBy: meta.actor.id,
  });
  return presentModel(row);
}
