import { AppError, mutate, newId, scopeFilter, type Actor, type Idempotency, type RequestMeta } from '@yiwang/platform';
import type { Department, PagedResult } from '@yiwang/contracts';
import type { IdentityDeps } from '../deps.js';
import { IDENTITY_EVENTS } from '../events.js';
import { presentDepartment } from '../presenters.js';
import * as repo from '../repo/departments.js';
import { findDivision } from '../repo/divisions.js';
import { divisionInScope } from '../repo/scope.js';
import { ident } from '../repo/tables.js';

export async function listDepartments(
  deps: IdentityDeps,
  actor: Actor,
  f: {
    divisionCode?: string | undefined;
    q?: string | undefined;
    includeSubdivisions?: boolean | undefined;
    page?: number | undefined;
    pageSize?: number | undefined;
  },
): Promise<PagedResult<Department>> {
  const page = f.page ?? 1;
  const pageSize = f.pageSize ?? 20;
  const { rows, total } = await repo.listDepartments(ident(deps.db), scopeFilter(actor), {
    divisionCode: f.divisionCode,
    q: f.q,
    includeSubdivisions: f.includeSubdivisions ?? true,
    page,
    pageSize,
  });
  return { items: rows.map(presentDepartment), total, page, pageSize };
}

export async function getDepartment(deps: IdentityDeps, actor: Actor, id: string): Promise<Department> {
  const d = await repo.findDepartment(ident(deps.db), scopeFilter(actor), id);
  if (!d) throw new AppError('NOT_FOUND');
  return presentDepartment(d);
}

export async function createDepartment(
  deps: IdentityDeps,
  meta: RequestMeta,
  actor: Actor,
  input: { name: string; code?: string | undefined; kind: string; divisionCode: string; parentId?: string | undefined },
  idem?: Idempotency,
): Promise<Department> {
  const scope = scopeFilter(actor);
  // creating outside one's scope looks exactly like naming a division that does not exist
  if (!divisionInScope(input.divisionCode, scope) || !(await findDivision(ident(deps.db), input.divisionCode))) {
    throw new AppError('NOT_FOUND', { field: 'divisionCode' });
  }
  if (input.parentId && !(await repo.findDepartment(ident(deps.db), scope, input.parentId))) {
    throw new AppError('NOT_FOUND', { field: 'parentId' });
  }
  const id = newId();
  const code = input.code ?? `D-${id.slice(0, 8).toUpperCase()}`;
  return mutate(
    deps.db,
    meta,
    async (tx) => {
      await repo.insertDepartment(ident(tx), {
        id,
        code,
        name: input.name,
        kind: input.kind,
        division_code: input.divisionCode,
        parent_id: input.parentId ?? null,
      });
      const created = (await repo.findDepartment(ident(tx), { kind: 'all' }, id))!;
      return {
        result: presentDepartment(created),
        audit: {
          action: 'identity.department.create',
          resourceType: 'department',
          resourceId: id,
          divisionCode: input.divisionCode,
          departmentId: id,
          details: { name: input.name, code, kind: input.kind },
        },
        events: [
          { topic: IDENTITY_EVENTS.departmentCreated, key: id, payload: { id, name: input.name, divisionCode: input.divisionCode } },
        ],
      };
    },
    idem,
  );
}

export async function updateDepartment(
  deps: IdentityDeps,
  meta: RequestMeta,
  actor: Actor,
  id: string,
  input: { name?: string | undefined; kind?: string | undefined; active?: boolean | undefined; version: number },
): Promise<Department> {
  const scope = scopeFilter(actor);
  const before = await repo.findDepartment(ident(deps.db), scope, id);
  if (!before) throw new AppError('NOT_FOUND');
  return mutate(deps.db, meta, async (tx) => {
    const patch: { name?: string; kind?: string; active?: boolean } = {};
    if (input.name !== undefined) patch.name = input.name;
    if (input.kind !== undefined) patch.kind = input.kind;
    if (input.active !== undefined) patch.active = input.active;
    if (!(await repo.updateDepartment(ident(tx), id, input.version, patch))) throw new AppError('CONFLICT');
    const after = (await repo.findDepartment(ident(tx), { kind: 'all' }, id))!;
    return {
      result: presentDepartment(after),
      audit: {
        action: 'identity.department.update',
        resourceType: 'department',
        resourceId: id,
        divisionCode: after.division_code,
        departmentId: id,
        details: { before: { name: before.name, kind: before.kind, active: before.active }, after: patch },
      },
      events: [{ topic: IDENTITY_EVENTS.departmentUpdated, key: id, payload: { id, ...patch } }],
    };
  });
}
