import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import {
  CreateDepartmentBody,
  CreateDivisionBody,
  Department,
  DepartmentList,
  DepartmentListQuery,
  Division,
  DivisionCode,
  DivisionListQuery,
  Ok,
  UpdateDepartmentBody,
  UpdateDivisionBody,
  Uuid,
  Version,
} from '@yiwang/contracts';
import { actorOf, idempotencyOf, metaOf, needs } from '@yiwang/platform';
import type { IdentityDeps } from '../deps.js';
import * as divisions from '../use-cases/manage-divisions.js';
import * as departments from '../use-cases/manage-departments.js';

const closed = { additionalProperties: false } as const;
const CodeParams = Type.Object({ code: DivisionCode }, closed);
const IdParams = Type.Object({ id: Uuid }, closed);

export function orgRoutes(app: FastifyInstance, deps: IdentityDeps) {
  const dtags = ['identity: divisions'];
  app.get(
    '/divisions',
    {
      schema: { tags: dtags, summary: '行政区划（按上级或名称）', querystring: DivisionListQuery, response: { 200: Type.Array(Division) } },
      config: { policy: needs('identity.division.read') },
    },
    async (req) => divisions.listDivisions(deps, req.query as never),
  );
  app.get(
    '/divisions/:code',
    {
      schema: { tags: dtags, summary: '行政区划详情', params: CodeParams, response: { 200: Division } },
      config: { policy: needs('identity.division.read') },
    },
    async (req) => divisions.getDivision(deps, (req.params as { code: string }).code),
  );
  app.post(
    '/divisions',
    {
      schema: { tags: dtags, summary: '新增行政区划', body: CreateDivisionBody, response: { 200: Division } },
      config: { policy: needs('identity.division.write') },
    },
    async (req) => divisions.createDivision(deps, metaOf(req), actorOf(req), req.body as never, idempotencyOf(req)),
  );
  app.patch(
    '/divisions/:code',
    {
      schema: {
        tags: dtags,
        summary: '修改行政区划（名称或代码）',
        params: CodeParams,
        body: UpdateDivisionBody,
        response: { 200: Division },
      },
      config: { policy: needs('identity.division.write') },
    },
    async (req) => divisions.updateDivision(deps, metaOf(req), actorOf(req), (req.params as { code: string }).code, req.body as never),
  );
  app.delete(
    '/divisions/:code',
    {
      schema: {
        tags: dtags,
        summary: '删除行政区划',
        params: CodeParams,
        querystring: Type.Object({ version: Version }, closed),
        response: { 200: Ok },
      },
      config: { policy: needs('identity.division.write') },
    },
    async (req) => {
      await divisions.deleteDivision(
        deps,
        metaOf(req),
        actorOf(req),
        (req.params as { code: string }).code,
        (req.query as { version: number }).version,
      );
      return { ok: true };
    },
  );

  const tags = ['identity: departments'];
  app.get(
    '/departments',
    {
      schema: { tags, summary: '部门列表（按数据范围过滤）', querystring: DepartmentListQuery, response: { 200: DepartmentList } },
      config: { policy: needs('identity.department.read') },
    },
    async (req) => departments.listDepartments(deps, actorOf(req), req.query as never),
  );
  app.get(
    '/departments/:id',
    {
      schema: { tags, summary: '部门详情', params: IdParams, response: { 200: Department } },
      config: { policy: needs('identity.department.read') },
    },
    async (req) => departments.getDepartment(deps, actorOf(req), (req.params as { id: string }).id),
  );
  app.post(
    '/departments',
    {
      schema: { tags, summary: '新建部门', body: CreateDepartmentBody, response: { 200: Department } },
      config: { policy: needs('identity.department.write') },
    },
    async (req) => departments.createDepartment(deps, metaOf(req), actorOf(req), req.body as never, idempotencyOf(req)),
  );
  app.patch(
    '/departments/:id',
    {
      schema: { tags, summary: '修改部门', params: IdParams, body: UpdateDepartmentBody, response: { 200: Department } },
      config: { policy: needs('identity.department.write') },
    },
    async (req) => departments.updateDepartment(deps, metaOf(req), actorOf(req), (req.params as { id: string }).id, req.body as never),
  );
}
