import { AppError, mutate, newId, scopeFilter, type Actor, type Idempotency, type RequestMeta } from '@yiwang/platform';
import type { DataScope, PagedResult, StaffUser } from '@yiwang/contracts';
import type { IdentityDeps } from '../deps.js';
import { IDENTITY_EVENTS } from '../events.js';
import { assertCanGrant } from '../domain/grants.js';
import { checkPasswordStrength, hashPassword } from '../domain/password.js';
import { presentStaff } from '../presenters.js';
import * as accounts from '../repo/accounts.js';
import { findDepartment } from '../repo/departments.js';
import { revokeAllFor } from '../repo/sessions.js';
import { ident } from '../repo/tables.js';

export async function listUsers(
  deps: IdentityDeps,
  actor: Actor,
  f: { q?: string | undefined; departmentId?: string | undefined; page?: number | undefined; pageSize?: number | undefined },
): Promise<PagedResult<StaffUser>> {
  const page = f.page ?? 1;
  const pageSize = f.pageSize ?? 20;
  const { rows, total } = await accounts.listStaff(ident(deps.db), scopeFilter(actor), {
    q: f.q,
    departmentId: f.departmentId,
    page,
    pageSize,
  });
  return { items: rows.map(presentStaff), total, page, pageSize };
}

export async function createUser(
  deps: IdentityDeps,
  meta: RequestMeta,
  actor: Actor,
  input: { username: string; displayName: string; password: string; roles: string[]; departmentId: string; dataScope: DataScope },
  idem?: Idempotency,
): Promise<StaffUser> {
  assertCanGrant(actor, input.roles, input.dataScope);
  checkPasswordStrength(input.password);
  const dept = await findDepartment(ident(deps.db), scopeFilter(actor), input.departmentId);
  if (!dept) throw new AppError('NOT_FOUND', { field: 'departmentId' });
  const hash = await hashPassword(input.password);
  const id = newId();
  return mutate(
    deps.db,
    meta,
    async (tx) => {
      if (await accounts.findAccountByUsername(ident(tx), input.username)) throw new AppError('DUPLICATE', { field: 'username' });
      await accounts.insertAccount(ident(tx), {
        id,
        kind: 'staff',
        username: input.username,
        display_name: input.displayName,
        password_hash: hash,
        roles: input.roles,
        data_scope: input.dataScope,
        department_id: dept.id,
      });
      const created = (await accounts.findStaffInScope(ident(tx), { kind: 'all' }, id))!;
      return {
        result: presentStaff(created),
        audit: {
          action: 'identity.account.create',
          resourceType: 'account',
          resourceId: id,
          departmentId: dept.id,
          divisionCode: dept.division_code,
          details: { username: input.username, roles: input.roles, dataScope: input.dataScope },
        },
        events: [{ topic: IDENTITY_EVENTS.accountCreated, key: id, payload: { id, kind: 'staff', departmentId: dept.id } }],
      };
    },
    idem,
  );
}

export async function updateUser(
  deps: IdentityDeps,
  meta: RequestMeta,
  actor: Actor,
  id: string,
  input: {
    displayName?: string | undefined;
    roles?: string[] | undefined;
    dataScope?: DataScope | undefined;
    status?: 'active' | 'disabled' | undefined;
    version: number;
  },
): Promise<StaffUser> {
  const before = await accounts.findStaffInScope(ident(deps.db), scopeFilter(actor), id);
  if (!before) throw new AppError('NOT_FOUND');
  assertCanGrant(actor, input.roles, input.dataScope);
  if (before.roles.some((r) => r === 'system_admin') && !actor.roles.includes('system_admin')) throw new AppError('FORBIDDEN');
  const result = await mutate(deps.db, meta, async (tx) => {
    const patch: Parameters<typeof accounts.updateStaff>[3] = {};
    if (input.displayName !== undefined) patch.display_name = input.displayName;
    if (input.roles !== undefined) patch.roles = input.roles;
    if (input.dataScope !== undefined) patch.data_scope = input.dataScope;
    if (input.status !== undefined) patch.status = input.status;
    if (!(await accounts.updateStaff(ident(tx), id, input.version, patch))) throw new AppError('CONFLICT');
    if (input.status === 'disabled') await revokeAllFor(ident(tx), id);
    const after = (await accounts.findStaffInScope(ident(tx), { kind: 'all' }, id))!;
    return {
      result: presentStaff(after),
      audit: {
        action: 'identity.account.update',
        resourceType: 'account',
        resourceId: id,
        departmentId: before.department_id,
        divisionCode: before.division_code,
        details: { before: { roles: before.roles, dataScope: before.data_scope, status: before.status }, after: patch },
      },
      events: [{ topic: IDENTITY_EVENTS.accountUpdated, key: id, payload: { id } }],
    };
  });
  deps.principals.evictAccount(id);
  return result;
}

export async function resetPassword(deps: IdentityDeps, meta: RequestMeta, actor: Actor, id: string, newPassword: string): Promise<void> {
  const target = await accounts.findStaffInScope(ident(deps.db), scopeFilter(actor), id);
  if (!target) throw new AppError('NOT_FOUND');
  if (target.roles.includes('system_admin') && !actor.roles.includes('system_admin')) throw new AppError('FORBIDDEN');
  checkPasswordStrength(newPassword);
  const hash = await hashPassword(newPassword);
  await mutate(deps.db, meta, async (tx) => {
    await accounts.setPassword(ident(tx), id, hash);
    await revokeAllFor(ident(tx), id);
    return {
      result: undefined,
      audit: {
        action: 'identity.account.password_reset',
        resourceType: 'account',
        resourceId: id,
        departmentId: target.department_id,
        divisionCode: target.division_code,
      },
    };
  });
  deps.principals.evictAccount(id);
}
