import { sql } from 'kysely';
import { textArray } from '@yiwang/platform';
import { escapeLike } from './items.js';
import type { ItemVersionTable, Q } from './tables.js';

export type VersionRow = ItemVersionTable;
/** what the public sees: a live version with its item's kind and parent */
export type LiveRow = VersionRow & { kind: string; parent_id: string | null };

/** Items whose live version the public may read: a revision in progress keeps the live one public. */
const OFFERED = ['published', 'draft', 'review'];

export async function insertVersion(q: Q, v: VersionRow): Promise<void> {
  await q
    .insertInto('services.item_version')
    .values({
      ...v,
      targets: textArray(v.targets),
      content: JSON.stringify(v.content),
      overrides: v.overrides === null ? null : JSON.stringify(v.overrides),
    })
    .execute();
}

export function findVersion(q: Q, id: string): Promise<VersionRow | undefined> {
  return q.selectFrom('services.item_version').selectAll().where('id', '=', id).executeTakeFirst();
}

export function listVersions(q: Q, itemId: string): Promise<VersionRow[]> {
  return q.selectFrom('services.item_version').selectAll().where('item_id', '=', itemId).orderBy('version_no', 'desc').execute();
}

export function latestVersion(q: Q, itemId: string): Promise<VersionRow | undefined> {
  return q
    .selectFrom('services.item_version')
    .selectAll()
    .where('item_id', '=', itemId)
    .orderBy('version_no', 'desc')
    .limit(1)
    .executeTakeFirst();
}

const live = (q: Q) =>
  q.selectFrom('services.item as i').innerJoin('services.item_version as v', 'v.id', 'i.live_version_id').where('i.state', 'in', OFFERED);

export function findLive(q: Q, itemId: string): Promise<LiveRow | undefined> {
  return live(q).selectAll('v').select(['i.kind', 'i.parent_id']).where('i.id', '=', itemId).executeTakeFirst() as Promise<
    LiveRow | undefined
  >;
}

/** Live versions of several items (variants of a guide, parents), by item id. */
export async function liveOf(q: Q, itemIds: readonly string[]): Promise<LiveRow[]> {
  if (itemIds.length === 0) return [];
  return live(q).selectAll('v').select(['i.kind', 'i.parent_id']).where('i.id', 'in', itemIds).orderBy('v.code').execute() as Promise<
    LiveRow[]
  >;
}

export function liveVariants(q: Q, parentId: string): Promise<LiveRow[]> {
  return live(q)
    .selectAll('v')
    .select(['i.kind', 'i.parent_id'])
    .where('i.parent_id', '=', parentId)
    .orderBy('v.code')
    .execute() as Promise<LiveRow[]>;
}

export interface PublicFilter {
  q?: string | undefined;
  departmentId?: string | undefined;
  type?: string | undefined;
  target?: string | undefined;
  divisionCode?: string | undefined;
  page: number;
  pageSize: number;
}

export async function listLive(q: Q, f: PublicFilter): Promise<{ rows: LiveRow[]; total: number }> {
  let query = live(q);
  if (f.departmentId) query = query.where('v.department_id', '=', f.departmentId);
  if (f.type) query = query.where('v.type', '=', f.type);
  if (f.divisionCode) query = query.where('v.division_code', '=', f.divisionCode);
  if (f.target) query = query.where(sql<boolean>`${f.target} = ANY(v.targets)`);
  if (f.q) {
    const like = `%${escapeLike(f.q)}%`;
    const code = `${escapeLike(f.q.toUpperCase())}%`;
    query = query.where((eb) => eb.or([eb('v.name', 'like', like), eb('v.code', 'like', code)]));
  }
  const [rows, count] = await Promise.all([
    query
      .selectAll('v')
      .select(['i.kind', 'i.parent_id'])
      .orderBy('v.code')
      .orderBy('v.id')
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize)
      .execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows: rows as LiveRow[], total: Number(count.n) };
}

/** Departments offering live items, with how many: the filter of the public catalog. */
export function liveDepartments(q: Q) {
  return live(q)
    .select(['v.department_id', 'v.department_name', 'v.division_code'])
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .groupBy(['v.department_id', 'v.department_name', 'v.division_code'])
    .orderBy('v.division_code')
    .orderBy('v.department_name')
    .execute();
}
