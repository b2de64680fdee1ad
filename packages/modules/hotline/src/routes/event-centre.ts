import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { EventCounters, EventMap, EventMapQuery, Uuid } from '@yiwang/contracts';
import { actorOf, metaOf, needs } from '@yiwang/platform';
import type { HotlineDeps } from '../deps.js';
import { eventCounters } from '../use-cases/event-counters.js';
import { eventMap } from '../use-cases/event-map.js';
import { getAttachment } from '../use-cases/get-attachment.js';

const AttachmentParams = Type.Object({ id: Uuid, attachmentId: Uuid }, { additionalProperties: false });
const tags = ['hotline: event centre'];

export function eventCentreRoutes(app: FastifyInstance, deps: HotlineDeps) {
  app.get(
    '/events/map',
    {
      schema: {
        tags,
        summary: '事件地图：有坐标的工单与事件（按数据范围，最多 5000 个点）',
        querystring: EventMapQuery,
        response: { 200: EventMap },
      },
      config: { policy: needs('hotline.order.read') },
    },
    async (req) => eventMap(deps, actorOf(req), req.query as never),
  );
  app.get(
    '/events/counters',
    {
      schema: { tags, summary: '指挥大屏实时计数（在办、超期、今日受理、各接入源）', response: { 200: EventCounters } },
      config: { policy: needs('hotline.order.read') },
    },
    async (req) => eventCounters(deps, actorOf(req)),
  );
  app.get(
    '/orders/:id/attachments/:attachmentId',
    {
      schema: { tags, summary: '工单证据图片（可见该工单者可取，读取留痕）', params: AttachmentParams },
      config: { policy: needs('hotline.order.read') },
    },
    async (req, reply) => {
      const p = req.params as { id: string; attachmentId: string };
      const file = await getAttachment(deps, metaOf(req), actorOf(req), p.id, p.attachmentId);
      return reply
        .type(file.contentType)
        .header('cache-control', 'private, no-store')
        .header('etag', `"${file.sm3}"`)
        .header('repr-digest', `sha-256=:${Buffer.from(file.sha256, 'hex').toString('base64')}:`)
        .header('content-disposition', `inline; filename="${p.attachmentId}.${file.contentType.split('/')[1]}"`)
        .send(file.bytes);
    },
  );
}
