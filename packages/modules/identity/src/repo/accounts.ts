import { sql } from 'kysely';
import { textArray, type ScopeFilter } from '@yiwang/platform';
import { departmentInScope } from './scope.js';
import type { AccountRow, Q } from './tables.js';

/** The columns an authenticated request needs, in one indexed join. */
export interface PrincipalRow {
  id: string;
  kind: AccountRow['kind'];
  username: string;
  display_name: string;
  roles: string[];
  data_scope: AccountRow['data_scope'];
  department_id: string | null;
  department_name: string | null;
  division_code: string | null;
  division_name: string | null;
  status: 'active' | 'disabled';
}

export const principalSelect = (q: Q) =>
  q
    .selectFrom('identity.account as a')
    .leftJoin('identity.department as dep', 'dep.id', 'a.department_id')
    .leftJoin('identity.division as div', 'div.code', 'dep.division_code')
    .select([
      'a.id',
      'a.kind',
      'a.username',
      'a.display_name',
      'a.roles',
      'a.data_scope',
      'a.department_id',
      'dep.name as department_name',
      'dep.division_code',
      'div.name as division_name',
      'a.status',
    ]);

export function findPrincipal(q: Q, id: string): Promise<PrincipalRow | undefined> {
  return principalSelect(q).where('a.id', '=', id).executeTakeFirst() as Promise<PrincipalRow | undefined>;
}

export function findAccountByUsername(q: Q, username: string) {
  return q
    .selectFrom('identity.account')
    .selectAll()
    .where(sql`lower(username)`, '=', username.toLowerCase())
    .executeTakeFirst();
}

export function findAccount(q: Q, id: string) {
  return q.selectFrom('identity.account').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertAccount(
  q: Q,
  a: Pick<AccountRow, 'id' | 'kind' | 'username' | 'display_name' | 'password_hash' | 'roles' | 'data_scope' | 'department_id'>,
) {
  await q
    .insertInto('identity.account')
    .values({ ...a, roles: textArray(a.roles), password_changed_at: sql`now()` as unknown as Date })
    .execute();
}

export async function recordLoginFailure(q: Q, id: string, maxFailures: number, lockMinutes: number) {
  await sql`UPDATE identity.account SET
      failed_logins = CASE WHEN failed_logins + 1 >= ${maxFailures} THEN 0 ELSE failed_logins + 1 END,
      locked_until = CASE WHEN failed_logins + 1 >= ${maxFailures} THEN now() + make_interval(mins => ${lockMinutes}) ELSE locked_until END
    WHERE id = ${id}`.execute(q);
}

export async function recordLoginSuccess(q: Q, id: string) {
  await q.updateTable('identity.account').set({ failed_logins: 0, locked_until: null }).where('id', '=', id).execute();
}

export async function setPassword(q: Q, id: string, hash: string) {
  await q
    .updateTable('identity.account')
    .set({ password_hash: hash, password_changed_at: sql`now()`, failed_logins: 0, locked_until: null, version: sql`version + 1` })
    .where('id', '=', id)
    .execute();
}

/** what the staff pages show of an account, joined with its department */
const STAFF_COLUMNS = [
  'identity.account.id',
  'identity.account.username',
  'identity.account.display_name',
  'identity.account.roles',
  'identity.account.data_scope',
  'identity.account.department_id',
  'identity.department.name as department_name',
  'identity.department.division_code',
  'identity.account.status',
  'identity.account.locked_until',
  'identity.account.version',
] as const;

export interface StaffFilter {
  q?: string | undefined;
  departmentId?: string | undefined;
  page: number;
  pageSize: number;
}

/** Staff accounts whose department lies in the caller's scope. */
export async function listStaff(q: Q, scope: ScopeFilter, f: StaffFilter) {
  let query = q
    .selectFrom('identity.account')
    .innerJoin('identity.department', 'identity.department.id', 'identity.account.department_id')
    .where('identity.account.kind', '=', 'staff')
    .where((eb) => departmentInScope(eb, scope));
  if (f.departmentId) query = query.where('identity.account.department_id', '=', f.departmentId);
  if (f.q) {
    const like = `%${f.q.replace(/[\\%_]/g, '\\$&')}%`;
    query = query.where((eb) => eb.or([eb('identity.account.username', 'like', like), eb('identity.account.display_name', 'like', like)]));
  }
  const rows = await query
    .select([...STAFF_COLUMNS, sql<number>`count(*) OVER ()`.as('total')])
    .orderBy('identity.account.username')
    .limit(f.pageSize)
    .offset((f.page - 1) * f.pageSize)
    .execute();
  return { rows, total: Number(rows[0]?.total ?? 0) };
}

export function findStaffInScope(q: Q, scope: ScopeFilter, id: string) {
  return q
    .selectFrom('identity.account')
    .innerJoin('identity.department', 'identity.department.id', 'identity.account.department_id')
    .where('identity.account.id', '=', id)
    .where('identity.account.kind', '=', 'staff')
    .where((eb) => departmentInScope(eb, scope))
    .select(STAFF_COLUMNS)
    .executeTakeFirst();
}

export async function updateStaff(
  q: Q,
  id: string,
  version: number,
  patch: { display_name?: string; roles?: string[]; data_scope?: AccountRow['data_scope']; status?: 'active' | 'disabled' },
) {
  const { roles, ...rest } = patch;
  const r = await q
    .updateTable('identity.account')
    .set({
      ...rest,
      ...(roles ? { roles: textArray(roles) } : {}),
      version: sql`version + 1`,
      updated_at: sql`now()`,
    })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}
