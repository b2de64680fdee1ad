import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import {
  CreateIntakeSourceBody,
  IntakeSourceView,
  IntakeSourceWithKey,
  SourceVersionBody,
  UpdateIntakeSourceBody,
  Uuid,
} from '@yiwang/contracts';
import { actorOf, idempotencyOf, metaOf, needs } from '@yiwang/platform';
import type { HotlineDeps } from '../deps.js';
import { createIntakeSource } from '../use-cases/create-intake-source.js';
import { listIntakeSources } from '../use-cases/list-intake-sources.js';
import { revokeSourceKey } from '../use-cases/revoke-source-key.js';
import { rotateSourceKey } from '../use-cases/rotate-source-key.js';
import { updateIntakeSource } from '../use-cases/update-intake-source.js';

const IdParams = Type.Object({ id: Uuid }, { additionalProperties: false });
const tags = ['hotline: intake sources'];
const policy = needs('hotline.sources.manage');
const idOf = (p: unknown) => (p as { id: string }).id;

export function sourceRoutes(app: FastifyInstance, deps: HotlineDeps) {
  app.get(
    '/sources',
    {
      schema: {
        tags,
        summary: '接入源列表（网格、视频智能识别、无人机、物联感知、Open311 客户端、合作系统）',
        response: { 200: Type.Array(IntakeSourceView) },
      },
      config: { policy },
    },
    async () => listIntakeSources(deps),
  );
  app.post(
    '/sources',
    {
      schema: {
        tags,
        summary: '新增接入源并签发接入密钥（仅此一次显示）',
        body: CreateIntakeSourceBody,
        response: { 200: IntakeSourceWithKey },
      },
      config: { policy },
    },
    async (req) => createIntakeSource(deps, metaOf(req), actorOf(req), req.body as never, idempotencyOf(req)),
  );
  app.patch(
    '/sources/:id',
    {
      schema: {
        tags,
        summary: '修改接入源（名称、默认区划、启停）',
        params: IdParams,
        body: UpdateIntakeSourceBody,
        response: { 200: IntakeSourceView },
      },
      config: { policy },
    },
    async (req) => updateIntakeSource(deps, metaOf(req), idOf(req.params), req.body as never),
  );
  app.post(
    '/sources/:id/rotate',
    {
      schema: {
        tags,
        summary: '轮换接入密钥（旧密钥立即失效，新密钥仅此一次显示）',
        params: IdParams,
        body: SourceVersionBody,
        response: { 200: IntakeSourceWithKey },
      },
      config: { policy },
    },
    async (req) => rotateSourceKey(deps, metaOf(req), idOf(req.params), (req.body as { version: number }).version),
  );
  app.post(
    '/sources/:id/revoke',
    {
      schema: { tags, summary: '吊销接入密钥', params: IdParams, body: SourceVersionBody, response: { 200: IntakeSourceView } },
      config: { policy },
    },
    async (req) => revokeSourceKey(deps, metaOf(req), idOf(req.params), (req.body as { version: number }).version),
  );
}
