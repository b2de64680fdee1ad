import { sql } from 'kysely';
import { divisionPrefix, type ScopeFilter } from '@yiwang/platform';
import { departmentInScope, likePrefix } from './scope.js';
import type { Q } from './tables.js';

export interface DepartmentView {
  id: string;
  code: string;
  name: string;
  kind: string;
  division_code: string;
  division_name: string;
  parent_id: string | null;
  active: boolean;
  version: number;
}

const view = (q: Q) =>
  q
    .selectFrom('identity.department')
    .innerJoin('identity.division', 'identity.division.code', 'identity.department.division_code')
    .select([
      'identity.department.id',
      'identity.department.code',
      'identity.department.name',
      'identity.department.kind',
      'identity.department.division_code',
      'identity.division.name as division_name',
      'identity.department.parent_id',
      'identity.department.active',
      'identity.department.version',
    ]);

export interface DepartmentFilter {
  divisionCode?: string | undefined;
  includeSubdivisions: boolean;
  q?: string | undefined;
  page: number;
  pageSize: number;
}

/** One round-trip: the page and the total (window count) under the caller's scope. */
export async function listDepartments(q: Q, scope: ScopeFilter, f: DepartmentFilter) {
  let query = view(q).where((eb) => departmentInScope(eb, scope));
  if (f.divisionCode) {
    const prefix = divisionPrefix(f.divisionCode) ?? f.divisionCode;
    query = f.includeSubdivisions
      ? query.where('identity.department.division_code', 'like', likePrefix(prefix))
      : query.where('identity.department.division_code', '=', f.divisionCode);
  }
  if (f.q) query = query.where('identity.department.name', 'like', `%${f.q.replace(/[\\%_]/g, '\\$&')}%`);
  const rows = await query
    .select(sql<number>`count(*) OVER ()`.as('total'))
    .orderBy('identity.department.division_code')
    .orderBy('identity.department.name')
    .limit(f.pageSize)
    .offset((f.page - 1) * f.pageSize)
    .execute();
  let total = rows[0]?.total ?? 0;
  if (rows.length === 0 && f.page > 1) {
    const c = await view(q)
      .clearSelect()
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where((eb) => departmentInScope(eb, scope))
      .executeTakeFirstOrThrow();
    total = Number(c.n);
  }
  return { rows: rows as DepartmentView[], total: Number(total) };
}

export function findDepartment(q: Q, scope: ScopeFilter, id: string): Promise<DepartmentView | undefined> {
  return view(q)
    .where('identity.department.id', '=', id)
    .where((eb) => departmentInScope(eb, scope))
    .executeTakeFirst() as Promise<DepartmentView | undefined>;
}

export async function insertDepartment(
  q: Q,
  d: { id: string; code: string; name: string; kind: string; division_code: string; parent_id: string | null },
) {
  await q.insertInto('identity.department').values(d).execute();
}

export async function updateDepartment(q: Q, id: string, version: number, patch: { name?: string; kind?: string; active?: boolean }) {
  const r = await q
    .updateTable('identity.department')
    .set({ ...patch, version: sql`version + 1`, updated_at: sql`now()` })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function findDepartmentIdByCode(q: Q, code: string): Promise<string | undefined> {
  return (await q.selectFrom('identity.department').select('id').where('code', '=', code).executeTakeFirst())?.id;
}

/** Active departments of the given kinds with their division, for other modules' routing (STYLE rule 4). */
export async function listDepartmentsOfKinds(q: Q, kinds: readonly string[]) {
  if (kinds.length === 0) return [];
  return q
    .selectFrom('identity.department')
    .select(['id', 'kind', 'division_code'])
    .where('kind', 'in', kinds)
    .where('active', '=', true)
    .execute();
}

export async function activeDepartmentNames(q: Q, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await q.selectFrom('identity.department').select(['id', 'name']).where('id', 'in', ids).where('active', '=', true).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

export async function departmentIdsByCodes(q: Q, codes: readonly string[]) {
  if (codes.length === 0) return [];
  return q.selectFrom('identity.department').select(['id', 'code']).where('code', 'in', codes).execute();
}

/** The bureau of the highest division level present (the city's 政务服务和数据管理局). */
export async function findTopBureauId(q: Q): Promise<string | undefined> {
  const r = await q
    .selectFrom('identity.department')
    .innerJoin('identity.division', 'identity.division.code', 'identity.department.division_code')
    .select('identity.department.id')
    .where('identity.department.kind', '=', 'bureau')
    .where('identity.department.active', '=', true)
    .orderBy('identity.division.level')
    .orderBy('identity.department.code')
    .limit(1)
    .executeTakeFirst();
  return r?.id;
}
