import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { CreateOrderBody, OrderActionBody, OrderListQuery, Uuid, WorkOrder, WorkOrderList } from '@yiwang/contracts';
import { actorOf, idempotencyOf, metaOf, needs } from '@yiwang/platform';
import type { HotlineDeps } from '../deps.js';
import { actOnOrder } from '../use-cases/act-on-order.js';
import { createWorkOrder } from '../use-cases/create-order.js';
import { getOrder, listOrders } from '../use-cases/get-order.js';

const IdParams = Type.Object({ id: Uuid }, { additionalProperties: false });
const tags = ['hotline: orders'];

export function orderRoutes(app: FastifyInstance, deps: HotlineDeps) {
  app.post(
    '/orders',
    {
      schema: { tags, summary: '登记工单（话务员受理，自动分类派单）', body: CreateOrderBody, response: { 200: WorkOrder } },
      config: { policy: needs('hotline.order.create') },
    },
    async (req) => createWorkOrder(deps, metaOf(req), actorOf(req), req.body as never, idempotencyOf(req)),
  );
  app.get(
    '/orders',
    {
      schema: { tags, summary: '工单列表（按数据范围过滤）', querystring: OrderListQuery, response: { 200: WorkOrderList } },
      config: { policy: needs('hotline.order.read') },
    },
    async (req) => listOrders(deps, actorOf(req), req.query as never),
  );
  app.get(
    '/orders/:id',
    {
      schema: { tags, summary: '工单详情与办理记录', params: IdParams, response: { 200: WorkOrder } },
      config: { policy: needs('hotline.order.read') },
    },
    async (req) => getOrder(deps, actorOf(req), (req.params as { id: string }).id),
  );
  app.post(
    '/orders/:id/actions',
    {
      schema: {
        tags,
        summary: '办理操作（签收、退单、答复、审核、回访……）',
        params: IdParams,
        body: OrderActionBody,
        response: { 200: WorkOrder },
      },
      config: { policy: needs('hotline.order.act') },
    },
    async (req) => actOnOrder(deps, metaOf(req), actorOf(req), (req.params as { id: string }).id, req.body as never),
  );
}
