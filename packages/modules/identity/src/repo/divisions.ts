import { sql } from 'kysely';
import type { DivisionRow, Q } from './tables.js';

export type DivisionWithChildren = Omit<DivisionRow, 'version' | 'updated_at'> & { version: number; has_children: boolean };

const withChildren = (q: Q) =>
  q
    .selectFrom('identity.division as d')
    .select([
      'd.code',
      'd.name',
      'd.level',
      'd.parent_code',
      'd.version',
      sql<boolean>`EXISTS (SELECT 1 FROM identity.division c WHERE c.parent_code = d.code)`.as('has_children'),
    ]);

export function listChildren(q: Q, parent: string | null): Promise<DivisionWithChildren[]> {
  const base = withChildren(q);
  return (parent === null ? base.where('d.parent_code', 'is', null) : base.where('d.parent_code', '=', parent)).orderBy('d.code').execute();
}

/** By name fragment, or by code prefix when the text is digits (clerks often know the code). */
export function searchDivisions(q: Q, text: string, limit = 50): Promise<DivisionWithChildren[]> {
  const escaped = text.replace(/[\\%_]/g, '\\$&');
  return withChildren(q)
    .where((eb) => (/^[0-9]+$/.test(text) ? eb('d.code', 'like', `${escaped}%`) : eb('d.name', 'like', `%${escaped}%`)))
    .orderBy('d.code')
    .limit(limit)
    .execute();
}

/** The division and everything under it, shallowest first (significant-prefix match on the 12-digit code). */
export function listDivisionTree(q: Q, prefix: string) {
  return q
    .selectFrom('identity.division')
    .select(['code', 'name', 'level', 'parent_code'])
    .where('code', 'like', `${prefix}%`)
    .orderBy('level')
    .orderBy('code')
    .execute();
}

export function findDivision(q: Q, code: string): Promise<DivisionWithChildren | undefined> {
  return withChildren(q).where('d.code', '=', code).executeTakeFirst();
}

export async function insertDivision(q: Q, d: { code: string; name: string; level: number; parent_code: string | null }) {
  await q.insertInto('identity.division').values(d).execute();
}

/** Optimistic update: returns false when the version moved on (someone else saved first). */
export async function updateDivision(q: Q, code: string, version: number, patch: { name?: string; code?: string }): Promise<boolean> {
  const r = await q
    .updateTable('identity.division')
    .set({ ...patch, version: sql`version + 1`, updated_at: sql`now()` })
    .where('code', '=', code)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function deleteDivision(q: Q, code: string, version: number): Promise<boolean> {
  const r = await q.deleteFrom('identity.division').where('code', '=', code).where('version', '=', version).executeTakeFirst();
  return Number(r.numDeletedRows) === 1;
}

export async function divisionInUse(q: Q, code: string): Promise<boolean> {
  const r = await sql<{ used: boolean }>`SELECT EXISTS (SELECT 1 FROM identity.division WHERE parent_code = ${code})
    OR EXISTS (SELECT 1 FROM identity.department WHERE division_code = ${code}) AS used`.execute(q);
  return r.rows[0]?.used ?? false;
}

export async function countDivisions(q: Q): Promise<number> {
  const r = await q
    .selectFrom('identity.division')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}
