import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { ActivateModelBody, ClassifierModelView, TrainingRunView, TrainModelBody, UpdateModelBody, Uuid } from '@yiwang/contracts';
import { actorOf, idempotencyOf, metaOf, needs } from '@yiwang/platform';
import type { HotlineDeps } from '../deps.js';
import { activateModel } from '../use-cases/activate-model.js';
import { listModels, listTrainingRuns } from '../use-cases/list-models.js';
import { requestTraining } from '../use-cases/request-training.js';
import { updateModelLabelMap } from '../use-cases/update-model.js';

const IdParams = Type.Object({ id: Uuid }, { additionalProperties: false });
const tags = ['hotline: classifier'];
const manage = { policy: needs('hotline.classifier.manage') };

export function classifierModelRoutes(app: FastifyInstance, deps: HotlineDeps) {
  app.get(
    '/classifier/models',
    { schema: { tags, summary: '分类模型版本列表', response: { 200: Type.Array(ClassifierModelView) } }, config: manage },
    async () => listModels(deps),
  );
  app.post(
    '/classifier/models',
    {
      schema: { tags, summary: '用已确认分类的工单训练新模型（后台任务）', body: TrainModelBody, response: { 202: TrainingRunView } },
      config: manage,
    },
    async (req, reply) => {
      const run = await requestTraining(deps, metaOf(req), actorOf(req), req.body as never, idempotencyOf(req));
      return reply.code(202).send(run);
    },
  );
  app.post(
    '/classifier/models/:id/activate',
    {
      schema: { tags, summary: '启用模型（热切换）', params: IdParams, body: ActivateModelBody, response: { 200: ClassifierModelView } },
      config: manage,
    },
    async (req) => activateModel(deps, metaOf(req), (req.params as { id: string }).id, (req.body as { version: number }).version),
  );
  app.patch(
    '/classifier/models/:id',
    {
      schema: {
        tags,
        summary: '修改模型标签与诉求分类的映射',
        params: IdParams,
        body: UpdateModelBody,
        response: { 200: ClassifierModelView },
      },
      config: manage,
    },
    async (req) => updateModelLabelMap(deps, metaOf(req), (req.params as { id: string }).id, req.body as never),
  );
  app.get(
    '/classifier/training-runs',
    { schema: { tags, summary: '最近的模型训练任务', response: { 200: Type.Array(TrainingRunView) } }, config: manage },
    async () => listTrainingRuns(deps),
  );
}
