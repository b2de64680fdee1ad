import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { CallerPersonal, CallerReadQuery, OrderPreview, OrderPreviewBody, Uuid } from '@yiwang/contracts';
import { actorOf, metaOf, needs } from '@yiwang/platform';
import type { HotlineDeps } from '../deps.js';
import { previewOrder } from '../use-cases/preview-order.js';
import { readCaller } from '../use-cases/read-caller.js';

const IdParams = Type.Object({ id: Uuid }, { additionalProperties: false });
const tags = ['hotline: desk'];

export function deskRoutes(app: FastifyInstance, deps: HotlineDeps) {
  app.post(
    '/orders/preview',
    {
      schema: {
        tags,
        summary: '受理预览：分类建议、派单去向与理由、疑似重复工单、重复来电（不写入）',
        body: OrderPreviewBody,
        response: { 200: OrderPreview },
      },
      config: { policy: needs('hotline.order.create') },
    },
    async (req) => previewOrder(deps, actorOf(req), req.body as never),
  );
  app.get(
    '/orders/:id/caller',
    {
      schema: {
        tags,
        summary: '查看来电人姓名和电话明文（须说明用途，记入审计日志）',
        params: IdParams,
        querystring: CallerReadQuery,
        response: { 200: CallerPersonal },
      },
      config: { policy: needs('hotline.caller.read_personal') },
    },
    async (req) =>
      readCaller(deps, metaOf(req), actorOf(req), (req.params as { id: string }).id, (req.query as { purpose: string }).purpose),
  );
}
