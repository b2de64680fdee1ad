import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import {
  CreateItemBody,
  ELicenceType,
  Guide,
  ItemDetail,
  ItemList,
  ItemListQuery,
  ItemVersionSummary,
  UpdateItemBody,
  Uuid,
} from '@yiwang/contracts';
import { actorOf, idempotencyOf, metaOf, needs } from '@yiwang/platform';
import type { ServicesDeps } from '../deps.js';
import { createItem } from '../use-cases/create-item.js';
import { getItem, getItemVersion, listELicenceTypes, listItems, listItemVersions } from '../use-cases/get-item.js';
import { updateItem } from '../use-cases/update-item.js';

export const IdParams = Type.Object({ id: Uuid }, { additionalProperties: false });
const tags = ['services: catalog'];
const id = (req: { params: unknown }) => (req.params as { id: string }).id;

export function itemRoutes(app: FastifyInstance, deps: ServicesDeps) {
  app.get(
    '/items',
    {
      schema: { tags, summary: '事项目录（含草稿，按数据范围过滤）', querystring: ItemListQuery, response: { 200: ItemList } },
      config: { policy: needs('services.catalog.read') },
    },
    async (req) => listItems(deps, actorOf(req), req.query as never),
  );
  app.post(
    '/items',
    {
      schema: { tags, summary: '注册事项（草稿）', body: CreateItemBody, response: { 200: ItemDetail } },
      config: { policy: needs('services.catalog.write') },
    },
    async (req) => createItem(deps, metaOf(req), actorOf(req), req.body as never, idempotencyOf(req)),
  );
  app.get(
    '/items/:id',
    {
      schema: { tags, summary: '事项详情（工作稿、问题、可执行操作）', params: IdParams, response: { 200: ItemDetail } },
      config: { policy: needs('services.catalog.read') },
    },
    async (req) => getItem(deps, actorOf(req), id(req)),
  );
  app.patch(
    '/items/:id',
    {
      schema: { tags, summary: '编辑草稿（按要素组替换）', params: IdParams, body: UpdateItemBody, response: { 200: ItemDetail } },
      config: { policy: needs('services.catalog.write') },
    },
    async (req) => updateItem(deps, metaOf(req), actorOf(req), id(req), req.body as never),
  );
  app.get(
    '/items/:id/versions',
    {
      schema: { tags, summary: '事项的已发布版本', params: IdParams, response: { 200: Type.Array(ItemVersionSummary) } },
      config: { policy: needs('services.catalog.read') },
    },
    async (req) => listItemVersions(deps, actorOf(req), id(req)),
  );
  app.get(
    '/versions/:id',
    {
      schema: { tags, summary: '某一已发布版本的办事指南', params: IdParams, response: { 200: Guide } },
      config: { policy: needs('services.catalog.read') },
    },
    async (req) => getItemVersion(deps, actorOf(req), id(req)),
  );
  app.get(
    '/elicence-types',
    {
      schema: { tags, summary: '可引用的电子证照类型', response: { 200: Type.Array(ELicenceType) } },
      config: { policy: needs('services.catalog.read') },
    },
    async () => listELicenceTypes(deps),
  );
}
