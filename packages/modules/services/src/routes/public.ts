import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { Guide, PublicDepartment, PublicItemList, PublicItemQuery } from '@yiwang/contracts';
import { PUBLIC } from '@yiwang/platform';
import type { ServicesDeps } from '../deps.js';
import { getPublicGuide, getPublicVersion, listPublicDepartments, searchPublicItems } from '../use-cases/public-catalog.js';
import { IdParams } from './items.js';

const tags = ['services: public guides'];
const id = (req: { params: unknown }) => (req.params as { id: string }).id;
// open to everyone, so bounded per address against scraping loops
const publicLimit = { max: 300, timeWindow: '1 minute' };
const policy = PUBLIC('citizens read the published service guides before signing in');

export function publicRoutes(app: FastifyInstance, deps: ServicesDeps) {
  app.get(
    '/public/items',
    {
      schema: { tags, summary: '办事指南检索（已发布事项）', querystring: PublicItemQuery, response: { 200: PublicItemList } },
      config: { policy, rateLimit: publicLimit },
    },
    async (req) => searchPublicItems(deps, req.query as never),
  );
  app.get(
    '/public/items/:id',
    {
      schema: { tags, summary: '办事指南（当前版本）', params: IdParams, response: { 200: Guide } },
      config: { policy, rateLimit: publicLimit },
    },
    async (req) => getPublicGuide(deps, id(req)),
  );
  app.get(
    '/public/versions/:id',
    {
      schema: { tags, summary: '办事指南（指定的已发布版本）', params: IdParams, response: { 200: Guide } },
      config: { policy, rateLimit: publicLimit },
    },
    async (req) => getPublicVersion(deps, id(req)),
  );
  app.get(
    '/public/departments',
    {
      schema: { tags, summary: '提供已发布事项的部门', response: { 200: Type.Array(PublicDepartment) } },
      config: { policy, rateLimit: publicLimit },
    },
    async () => listPublicDepartments(deps),
  );
}
