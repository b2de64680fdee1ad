import type { ClassifierModelView, TrainingRunView } from '@yiwang/contracts';
import type { HotlineDeps } from '../deps.js';
import { presentModel, presentRun } from '../presenters-desk.js';
import * as models from '../repo/models.js';
import { hot } from '../repo/tables.js';
import * as runs from '../repo/training-runs.js';

/** Every stored model version, newest first, without payloads. */
export async function listModels(deps: HotlineDeps): Promise<ClassifierModelView[]> {
  return (await models.listModels(hot(deps.db))).map(presentModel);
}

/** The latest training runs, newest first: what the admin page polls after asking for one. */
export async function listTrainingRuns(deps: HotlineDeps): Promise<TrainingRunView[]> {
  return (await runs.listRuns(hot(deps.db), 20)).map(presentRun);
}
