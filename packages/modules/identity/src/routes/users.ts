import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import {
  Citizen,
  CitizenPersonal,
  CreateUserBody,
  Ok,
  ResetPasswordBody,
  ROLE_PERMISSIONS,
  ROLE_LABELS,
  ROLES,
  RoleInfo,
  StaffUser,
  StaffUserList,
  UpdateUserBody,
  UserListQuery,
  Uuid,
} from '@yiwang/contracts';
import { actorOf, idempotencyOf, metaOf, needs } from '@yiwang/platform';
import type { IdentityDeps } from '../deps.js';
import * as users from '../use-cases/manage-users.js';
import { getCitizen, readCitizenPersonal } from '../use-cases/read-citizen.js';

const IdParams = Type.Object({ id: Uuid }, { additionalProperties: false });

export function userRoutes(app: FastifyInstance, deps: IdentityDeps) {
  const tags = ['identity: users'];
  app.get(
    '/users',
    {
      schema: { tags, summary: '工作人员列表（按数据范围过滤）', querystring: UserListQuery, response: { 200: StaffUserList } },
      config: { policy: needs('identity.user.read') },
    },
    async (req) => users.listUsers(deps, actorOf(req), req.query as never),
  );
  app.post(
    '/users',
    {
      schema: { tags, summary: '新建工作人员账号', body: CreateUserBody, response: { 200: StaffUser } },
      config: { policy: needs('identity.user.write') },
    },
    async (req) => users.createUser(deps, metaOf(req), actorOf(req), req.body as never, idempotencyOf(req)),
  );
  app.patch(
    '/users/:id',
    {
      schema: { tags, summary: '修改工作人员（角色、范围、状态）', params: IdParams, body: UpdateUserBody, response: { 200: StaffUser } },
      config: { policy: needs('identity.user.write') },
    },
    async (req) => users.updateUser(deps, metaOf(req), actorOf(req), (req.params as { id: string }).id, req.body as never),
  );
  app.post(
    '/users/:id/reset-password',
    {
      schema: { tags, summary: '重置密码', params: IdParams, body: ResetPasswordBody, response: { 200: Ok } },
      config: { policy: needs('identity.user.write') },
    },
    async (req) => {
      await users.resetPassword(
        deps,
        metaOf(req),
        actorOf(req),
        (req.params as { id: string }).id,
        (req.body as { newPassword: string }).newPassword,
      );
      return { ok: true };
    },
  );
  app.get(
    '/roles',
    { schema: { tags, summary: '角色与权限', response: { 200: Type.Array(RoleInfo) } }, config: { policy: needs('identity.user.read') } },
    async () => ROLES.map((role) => ({ role, ...ROLE_LABELS[role], permissions: [...ROLE_PERMISSIONS[role]] })),
  );
  app.get(
    '/citizens/:id',
    {
      schema: { tags, summary: '群众账号（脱敏）', params: IdParams, response: { 200: Citizen } },
      config: { policy: needs('identity.citizen.read_personal') },
    },
    async (req) => getCitizen(deps, (req.params as { id: string }).id),
  );
  app.get(
    '/citizens/:id/personal',
    {
      schema: {
        tags,
        summary: '查看完整个人信息（留痕）',
        params: IdParams,
        querystring: Type.Object({ purpose: Type.String({ minLength: 2, maxLength: 100 }) }, { additionalProperties: false }),
        response: { 200: CitizenPersonal },
      },
      config: { policy: needs('identity.citizen.read_personal') },
    },
    async (req) => readCitizenPersonal(deps, metaOf(req), (req.params as { id: string }).id, (req.query as { purpose: string }).purpose),
  );
}
