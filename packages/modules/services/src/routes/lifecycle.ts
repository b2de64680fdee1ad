import type { FastifyInstance } from 'fastify';
import { ClaimItemBody, ItemDetail, ItemEditActionBody, ItemReviewActionBody, SplitItemBody } from '@yiwang/contracts';
import { actorOf, idempotencyOf, metaOf, needs } from '@yiwang/platform';
import type { ServicesDeps } from '../deps.js';
import { actOnItem } from '../use-cases/act-on-item.js';
import { claimItem } from '../use-cases/claim-item.js';
import { splitItem } from '../use-cases/split-item.js';
import { IdParams } from './items.js';

const tags = ['services: catalog lifecycle'];
const id = (req: { params: unknown }) => (req.params as { id: string }).id;

export function lifecycleRoutes(app: FastifyInstance, deps: ServicesDeps) {
  app.post(
    '/items/:id/workflow',
    {
      schema: {
        tags,
        summary: '提交审核、修订新版本、放弃修订',
        params: IdParams,
        body: ItemEditActionBody,
        response: { 200: ItemDetail },
      },
      config: { policy: needs('services.catalog.write') },
    },
    async (req) => actOnItem(deps, metaOf(req), actorOf(req), id(req), req.body as never),
  );
  app.post(
    '/items/:id/review',
    {
      schema: {
        tags,
        summary: '审核发布、退回、停止实施、归档、复核确认',
        params: IdParams,
        body: ItemReviewActionBody,
        response: { 200: ItemDetail },
      },
      config: { policy: needs('services.catalog.review') },
    },
    async (req) => actOnItem(deps, metaOf(req), actorOf(req), id(req), req.body as never),
  );
  app.post(
    '/items/:id/claim',
    {
      schema: { tags, summary: '认领上级事项（本区划实施）', params: IdParams, body: ClaimItemBody, response: { 200: ItemDetail } },
      config: { policy: needs('services.catalog.write') },
    },
    async (req) => claimItem(deps, metaOf(req), actorOf(req), id(req), req.body as never, idempotencyOf(req)),
  );
  app.post(
    '/items/:id/variants',
    {
      schema: { tags, summary: '拆分业务办理项', params: IdParams, body: SplitItemBody, response: { 200: ItemDetail } },
      config: { policy: needs('services.catalog.write') },
    },
    async (req) => splitItem(deps, metaOf(req), actorOf(req), id(req), req.body as never, idempotencyOf(req)),
  );
}
