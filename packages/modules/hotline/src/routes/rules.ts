import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { Category, CreateRoutingRuleBody, RoutingRuleView, UpdateRoutingRuleBody, Uuid } from '@yiwang/contracts';
import { idempotencyOf, metaOf, needs } from '@yiwang/platform';
import type { HotlineDeps } from '../deps.js';
import * as rules from '../use-cases/manage-routing-rules.js';

const IdParams = Type.Object({ id: Uuid }, { additionalProperties: false });
const tags = ['hotline: routing'];

export function ruleRoutes(app: FastifyInstance, deps: HotlineDeps) {
  app.get(
    '/categories',
    {
      schema: { tags, summary: '诉求分类（DB44/T 2479 结构）', response: { 200: Type.Array(Category) } },
      config: { policy: needs('hotline.order.read') },
    },
    async () => rules.listCategories(deps),
  );
  app.get(
    '/routing-rules',
    {
      schema: { tags, summary: '权责清单派单规则', response: { 200: Type.Array(RoutingRuleView) } },
      config: { policy: needs('hotline.rules.manage') },
    },
    async () => rules.listRoutingRules(deps),
  );
  app.post(
    '/routing-rules',
    {
      schema: { tags, summary: '新增派单规则', body: CreateRoutingRuleBody, response: { 200: RoutingRuleView } },
      config: { policy: needs('hotline.rules.manage') },
    },
    async (req) => rules.createRoutingRule(deps, metaOf(req), req.body as never, idempotencyOf(req)),
  );
  app.patch(
    '/routing-rules/:id',
    {
      schema: { tags, summary: '修改派单规则', params: IdParams, body: UpdateRoutingRuleBody, response: { 200: RoutingRuleView } },
      config: { policy: needs('hotline.rules.manage') },
    },
    async (req) => rules.updateRoutingRule(deps, metaOf(req), (req.params as { id: string }).id, req.body as never),
  );
}
