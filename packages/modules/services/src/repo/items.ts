import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import { textArray, type ScopeFilter } from '@yiwang/platform';
import type { ItemTable, Q, ServicesDb } from './tables.js';

export type ItemRow = Omit<ItemTable, 'version' | 'created_at' | 'updated_at'> & {
  version: number;
  created_at: Date;
  updated_at: Date;
  /** version number of the live version (joined) */
  live_version_no: number | null;
};
export type NewItemRow = Omit<ItemTable, 'version' | 'created_at' | 'updated_at'>;

export const escapeLike = (s: string) => s.replace(/[\\%_]/g, '\\$&');

/**
 * The data scope inside the query: a unit sees its own department's items, a division the items
 * implemented in its area, so a list, a count and a lookup by id agree.
 */
export function itemInScope(eb: ExpressionBuilder<ServicesDb, 'services.item'>, scope: ScopeFilter): Expression<SqlBool> {
  switch (scope.kind) {
    case 'all':
      return sql<boolean>`true`;
    case 'division':
      return eb('services.item.division_code', 'like', `${escapeLike(scope.prefix)}%`);
    case 'unit':
      return eb('services.item.department_id', '=', scope.departmentId);
    case 'none':
      return sql<boolean>`false`;
  }
}

const base = (q: Q) =>
  q
    .selectFrom('services.item')
    .leftJoin('services.item_version as lv', 'lv.id', 'services.item.live_version_id')
    .selectAll('services.item')
    .select('lv.version_no as live_version_no');

export async function insertItem(q: Q, row: NewItemRow): Promise<void> {
  await q
    .insertInto('services.item')
    .values({ ...row, targets: textArray(row.targets), draft: row.draft === null ? null : JSON.stringify(row.draft) })
    .execute();
}

export function findItem(q: Q, scope: ScopeFilter, id: string): Promise<ItemRow | undefined> {
  return base(q)
    .where('services.item.id', '=', id)
    .where((eb) => itemInScope(eb, scope))
    .executeTakeFirst() as Promise<ItemRow | undefined>;
}

/** For reads that are not the caller's: a parent, a claimed source, the public guide's item. */
export function findItemById(q: Q, id: string): Promise<ItemRow | undefined> {
  return base(q).where('services.item.id', '=', id).executeTakeFirst() as Promise<ItemRow | undefined>;
}

export interface ItemFilter {
  q?: string | undefined;
  departmentId?: string | undefined;
  type?: string | undefined;
  target?: string | undefined;
  state?: string | undefined;
  kind?: string | undefined;
  page: number;
  pageSize: number;
}

export async function listItems(q: Q, scope: ScopeFilter, f: ItemFilter): Promise<{ rows: ItemRow[]; total: number }> {
  let query = q.selectFrom('services.item').where((eb) => itemInScope(eb, scope));
  if (f.departmentId) query = query.where('services.item.department_id', '=', f.departmentId);
  if (f.type) query = query.where('services.item.type', '=', f.type);
  if (f.state) query = query.where('services.item.state', '=', f.state);
  if (f.kind) query = query.where('services.item.kind', '=', f.kind);
  if (f.target) query = query.where(sql<boolean>`${f.target} = ANY(services.item.targets)`);
  if (f.q) {
    const like = `%${escapeLike(f.q)}%`;
    const code = `${escapeLike(f.q.toUpperCase())}%`;
    query = query.where((eb) => eb.or([eb('services.item.name', 'like', like), eb('services.item.code', 'like', code)]));
  }
  const [rows, count] = await Promise.all([
    query
      .leftJoin('services.item_version as lv', 'lv.id', 'services.item.live_version_id')
      .selectAll('services.item')
      .select('lv.version_no as live_version_no')
      .orderBy('services.item.code')
      .orderBy('services.item.id')
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize)
      .execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows: rows as ItemRow[], total: Number(count.n) };
}

export type ItemPatch = Partial<
  Pick<
    ItemTable,
    | 'code'
    | 'name'
    | 'type'
    | 'targets'
    | 'department_id'
    | 'division_code'
    | 'level'
    | 'state'
    | 'draft'
    | 'live_version_id'
    | 'latest_version_no'
    | 'last_reviewed_at'
    | 'review_note'
  >
>;

/** Optimistic lock: false when someone else changed the item since `version`. */
export async function updateItem(q: Q, id: string, version: number, patch: ItemPatch): Promise<boolean> {
  const { targets, draft, ...rest } = patch;
  const r = await q
    .updateTable('services.item')
    .set({
      ...rest,
      ...(targets ? { targets: textArray(targets) } : {}),
      ...(draft !== undefined ? { draft: draft === null ? null : JSON.stringify(draft) } : {}),
      version: sql`version + 1`,
      updated_at: sql`now()`,
    })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Variants of an item, archived ones last (their numbers stay taken). */
export function listVariants(q: Q, parentId: string): Promise<ItemRow[]> {
  return base(q).where('services.item.parent_id', '=', parentId).orderBy('services.item.code').execute() as Promise<ItemRow[]>;
}

export function findClaim(q: Q, sourceItemId: string, divisionCode: string): Promise<{ id: string } | undefined> {
  return q
    .selectFrom('services.item')
    .select('id')
    .where('source_item_id', '=', sourceItemId)
    .where('division_code', '=', divisionCode)
    .where('state', '<>', 'archived')
    .executeTakeFirst();
}

/** Every item of a department that the catalog still holds (archived ones are gone from the report). */
export function itemsOfDepartment(q: Q, departmentId: string): Promise<ItemRow[]> {
  return base(q)
    .where('services.item.department_id', '=', departmentId)
    .where('services.item.state', '<>', 'archived')
    .orderBy('services.item.code')
    .execute() as Promise<ItemRow[]>;
}

/** Departments with catalog items inside the scope. */
export async function departmentsWithItems(q: Q, scope: ScopeFilter): Promise<Array<{ department_id: string; division_code: string }>> {
  return q
    .selectFrom('services.item')
    .select(['department_id', 'division_code'])
    .where((eb) => itemInScope(eb, scope))
    .where('state', '<>', 'archived')
    .groupBy(['department_id', 'division_code'])
    .execute();
}

export async function itemCount(q: Q): Promise<number> {
  const r = await q
    .selectFrom('services.item')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}
