import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { PortalOrder, PortalOrderBody, PortalOrderList, PortalOrderListQuery, Uuid } from '@yiwang/contracts';
import { actorOf, idempotencyOf, metaOf, needs } from '@yiwang/platform';
import type { HotlineDeps } from '../deps.js';
import { getMyOrder, listMyOrders } from '../use-cases/get-my-order.js';
import { submitPortalOrder } from '../use-cases/submit-portal-order.js';

const IdParams = Type.Object({ id: Uuid }, { additionalProperties: false });
const tags = ['hotline: citizen portal'];
const PORTAL = needs('portal.use');

/** The citizen portal's 12345 pages: 我要反映 and 我的诉求 (own orders only). */
export function portalRoutes(app: FastifyInstance, deps: HotlineDeps) {
  app.post(
    '/portal/orders',
    {
      schema: { tags, summary: '我要反映（群众、企业提交诉求）', body: PortalOrderBody, response: { 200: PortalOrder } },
      config: { policy: PORTAL },
    },
    async (req) => submitPortalOrder(deps, metaOf(req), actorOf(req), req.body as never, idempotencyOf(req)),
  );
  app.get(
    '/portal/orders',
    {
      schema: { tags, summary: '我的诉求列表', querystring: PortalOrderListQuery, response: { 200: PortalOrderList } },
      config: { policy: PORTAL },
    },
    async (req) => listMyOrders(deps, actorOf(req), req.query as never),
  );
  app.get(
    '/portal/orders/:id',
    {
      schema: { tags, summary: '我的诉求详情与办理进度', params: IdParams, response: { 200: PortalOrder } },
      config: { policy: PORTAL },
    },
    async (req) => getMyOrder(deps, actorOf(req), (req.params as { id: string }).id),
  );
}
