import { sql } from 'kysely';
import type { ScopeFilter } from '@yiwang/platform';
import { departmentInScope, likePrefix } from './scope.js';
import type { AccountRow, Q } from './tables.js';

export interface StaffScopeRow {
  id: string;
  data_scope: AccountRow['data_scope'];
  department_id: string | null;
  division_code: string | null;
}

/** Active staff holding `role`, optionally only those of one department. */
export function activeStaffWithRole(q: Q, role: string, departmentId?: string): Promise<StaffScopeRow[]> {
  let query = q
    .selectFrom('identity.account as a')
    .leftJoin('identity.department as dep', 'dep.id', 'a.department_id')
    .select(['a.id', 'a.data_scope', 'a.department_id', 'dep.division_code'])
    .where('a.kind', '=', 'staff')
    .where('a.status', '=', 'active')
    .where(sql<boolean>`${role} = ANY(a.roles)`);
  if (departmentId !== undefined) query = query.where('a.department_id', '=', departmentId);
  return query.orderBy('a.id').execute() as Promise<StaffScopeRow[]>;
}

export async function activeAccountKind(q: Q, id: string): Promise<AccountRow['kind'] | null> {
  const row = await q.selectFrom('identity.account').select('kind').where('id', '=', id).where('status', '=', 'active').executeTakeFirst();
  return row?.kind ?? null;
}

/** Departments inside a data scope (and under a division when given), unpaged: a city has a few hundred. */
export function departmentsInScope(q: Q, scope: ScopeFilter, divisionPrefix?: string) {
  let query = q
    .selectFrom('identity.department')
    .select(['id', 'name', 'division_code'])
    .where((eb) => departmentInScope(eb, scope));
  if (divisionPrefix !== undefined) query = query.where('division_code', 'like', likePrefix(divisionPrefix));
  return query.orderBy('division_code').orderBy('name').execute();
}
