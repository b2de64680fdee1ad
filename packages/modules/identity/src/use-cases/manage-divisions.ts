import {
  AppError,
  divisionLevel,
  mutate,
  parentDivisionCode,
  scopeFilter,
  type Actor,
  type Idempotency,
  type RequestMeta,
} from '@yiwang/platform';
import type { Division } from '@yiwang/contracts';
import type { IdentityDeps } from '../deps.js';
import { IDENTITY_EVENTS } from '../events.js';
import { presentDivision } from '../presenters.js';
import * as repo from '../repo/divisions.js';
import { divisionInScope } from '../repo/scope.js';
import { ident } from '../repo/tables.js';

/** A division the actor may change: it exists and lies inside the actor's scope, else "not found". */
async function writable(deps: IdentityDeps, actor: Actor, code: string) {
  const d = await repo.findDivision(ident(deps.db), code);
  if (!d || !divisionInScope(code, scopeFilter(actor))) throw new AppError('NOT_FOUND');
  return d;
}

export async function createDivision(
  deps: IdentityDeps,
  meta: RequestMeta,
  actor: Actor,
  input: { code: string; name: string; parentCode: string },
  idem?: Idempotency,
): Promise<Division> {
  const level = divisionLevel(input.code);
  const parent = await writable(deps, actor, input.parentCode);
  if (!level || level !== parent.level + 1 || parentDivisionCode(input.code) !== parent.code) {
    throw new AppError('INVALID_DIVISION_CODE', { reason: 'code does not sit directly under the parent' });
  }
  return mutate(
    deps.db,
    meta,
    async (tx) => {
      await repo.insertDivision(ident(tx), { code: input.code, name: input.name, level, parent_code: parent.code });
      const created = (await repo.findDivision(ident(tx), input.code))!;
      return {
        result: presentDivision(created),
        audit: {
          action: 'identity.division.create',
          resourceType: 'division',
          resourceId: input.code,
          divisionCode: input.code,
          details: { name: input.name },
        },
        events: [{ topic: IDENTITY_EVENTS.divisionCreated, key: input.code, payload: { code: input.code, name: input.name } }],
      };
    },
    idem,
  );
}

export async function updateDivision(
  deps: IdentityDeps,
  meta: RequestMeta,
  actor: Actor,
  code: string,
  input: { name?: string | undefined; newCode?: string | undefined; version: number },
): Promise<Division> {
  const before = await writable(deps, actor, code);
  if (input.newCode && input.newCode !== code) {
    // a new code must keep the division at the same level under the same parent
    if (divisionLevel(input.newCode) !== before.level || parentDivisionCode(input.newCode) !== before.parent_code) {
      throw new AppError('INVALID_DIVISION_CODE', { reason: 'new code must stay under the same parent' });
    }
  }
  const target = input.newCode ?? code;
  return mutate(deps.db, meta, async (tx) => {
    const patch: { name?: string; code?: string } = {};
    if (input.name) patch.name = input.name;
    if (input.newCode && input.newCode !== code) patch.code = input.newCode;
    if (!(await repo.updateDivision(ident(tx), code, input.version, patch))) throw new AppError('CONFLICT');
    const after = (await repo.findDivision(ident(tx), target))!;
    return {
      result: presentDivision(after),
      audit: {
        action: 'identity.division.update',
        resourceType: 'division',
        resourceId: code,
        divisionCode: target,
        details: { before: { code, name: before.name }, after: { code: target, name: after.name } },
      },
      events: [{ topic: IDENTITY_EVENTS.divisionUpdated, key: target, payload: { oldCode: code, code: target, name: after.name } }],
    };
  });
}

export async function deleteDivision(deps: IdentityDeps, meta: RequestMeta, actor: Actor, code: string, version: number): Promise<void> {
  const before = await writable(deps, actor, code);
  await mutate(deps.db, meta, async (tx) => {
    if (await repo.divisionInUse(ident(tx), code)) throw new AppError('IN_USE');
    if (!(await repo.deleteDivision(ident(tx), code, version))) throw new AppError('CONFLICT');
    return {
      result: undefined,
      audit: { action: 'identity.division.delete', resourceType: 'division', resourceId: code, details: { name: before.name } },
      events: [{ topic: IDENTITY_EVENTS.divisionDeleted, key: code, payload: { code } }],
    };
  });
}

export async function listDivisions(
  deps: IdentityDeps,
  query: { parent?: string | undefined; q?: string | undefined },
): Promise<Division[]> {
  const q = ident(deps.db);
  const rows = query.q ? await repo.searchDivisions(q, query.q) : await repo.listChildren(q, query.parent ?? null);
  return rows.map(presentDivision);
}

export async function getDivision(deps: IdentityDeps, code: string): Promise<Division> {
  const d = await repo.findDivision(ident(deps.db), code);
  if (!d) throw new AppError('NOT_FOUND');
  return presentDivision(d);
}
