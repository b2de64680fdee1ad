import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import {
  CreateReplyTemplateBody,
  DeleteReplyTemplateQuery,
  MarkNotificationsReadBody,
  MarkNotificationsReadResult,
  NotificationList,
  NotificationListQuery,
  Ok,
  ReplyTemplateQuery,
  ReplyTemplateView,
  UnitCardsQuery,
  UnitCardView,
  UpdateReplyTemplateBody,
  Uuid,
} from '@yiwang/contracts';
import { actorOf, AUTHENTICATED, idempotencyOf, localeOf, metaOf, needs } from '@yiwang/platform';
import type { HotlineDeps } from '../deps.js';
import { listUnitCards } from '../use-cases/list-unit-cards.js';
import * as templates from '../use-cases/manage-reply-templates.js';
import { listNotifications, markNotificationsRead } from '../use-cases/notifications.js';

const IdParams = Type.Object({ id: Uuid }, { additionalProperties: false });
const id = (req: { params: unknown }) => (req.params as { id: string }).id;

/** H3 oversight: the notification inbox, unit red/yellow cards and reply templates. */
export function oversightRoutes(app: FastifyInstance, deps: HotlineDeps) {
  const inbox = ['hotline: notifications'];
  app.get(
    '/notifications',
    {
      schema: {
        tags: inbox,
        summary: '我的工单消息（催办、督办、派单……）',
        querystring: NotificationListQuery,
        response: { 200: NotificationList },
      },
      config: { policy: AUTHENTICATED },
    },
    async (req) => listNotifications(deps, actorOf(req), req.query as never, localeOf(req)),
  );
  app.post(
    '/notifications/read',
    {
      schema: { tags: inbox, summary: '标记消息已读', body: MarkNotificationsReadBody, response: { 200: MarkNotificationsReadResult } },
      config: { policy: AUTHENTICATED },
    },
    async (req) => markNotificationsRead(deps, metaOf(req), actorOf(req), req.body as never),
  );

  app.get(
    '/unit-cards',
    {
      schema: {
        tags: ['hotline: oversight'],
        summary: '承办单位红黄牌（按数据范围）',
        querystring: UnitCardsQuery,
        response: { 200: Type.Array(UnitCardView) },
      },
      config: { policy: needs('hotline.order.read') },
    },
    async (req) => listUnitCards(deps, actorOf(req), req.query as never),
  );

  const tags = ['hotline: reply templates'];
  app.get(
    '/reply-templates',
    {
      schema: {
        tags,
        summary: '回复模板（本单位与全市通用）',
        querystring: ReplyTemplateQuery,
        response: { 200: Type.Array(ReplyTemplateView) },
      },
      config: { policy: needs('hotline.order.act') },
    },
    async (req) => templates.listReplyTemplates(deps, actorOf(req), (req.query as { categoryCode?: string }).categoryCode),
  );
  app.post(
    '/reply-templates',
    {
      schema: { tags, summary: '新增回复模板', body: CreateReplyTemplateBody, response: { 200: ReplyTemplateView } },
      config: { policy: needs('hotline.order.act') },
    },
    async (req) => templates.createReplyTemplate(deps, metaOf(req), actorOf(req), req.body as never, idempotencyOf(req)),
  );
  app.patch(
    '/reply-templates/:id',
    {
      schema: { tags, summary: '修改回复模板', params: IdParams, body: UpdateReplyTemplateBody, response: { 200: ReplyTemplateView } },
      config: { policy: needs('hotline.order.act') },
    },
    async (req) => templates.updateReplyTemplate(deps, metaOf(req), actorOf(req), id(req), req.body as never),
  );
  app.delete(
    '/reply-templates/:id',
    {
      schema: { tags, summary: '删除回复模板', params: IdParams, querystring: DeleteReplyTemplateQuery, response: { 200: Ok } },
      config: { policy: needs('hotline.order.act') },
    },
    async (req) => templates.deleteReplyTemplate(deps, metaOf(req), actorOf(req), id(req), (req.query as { version: number }).version),
  );
}
