import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { ScopeFilter } from '@yiwang/platform';
import type { HotlineDb, OrderEventRow, Q, WorkOrderRow } from './tables.js';

type DeskColumns = 'caller_phone_index' | 'repeat_calls' | 'relations';
export type OrderRow = Omit<WorkOrderRow, 'version' | 'created_at' | 'updated_at' | DeskColumns> & {
  version: number;
  created_at: Date;
  updated_at: Date;
  caller_phone_index: string | null;
  repeat_calls: number;
  relations: unknown;
};
/** A new order's row; the desk columns (repeat caller, duplicate suggestions) default to none. */
export type NewOrderRow = Omit<OrderRow, 'version' | 'created_at' | 'updated_at' | DeskColumns> & Partial<Pick<OrderRow, DeskColumns>>;

const escapeLike = (s: string) => s.replace(/[\\%_]/g, '\\$&');

/**
 * The data scope inside the query: a unit sees the orders assigned to it or co-handled by it, a
 * division the orders placed in its area, so a list, a count and a lookup by id agree.
 */
export function orderInScope(eb: ExpressionBuilder<HotlineDb, 'hotline.work_order'>, scope: ScopeFilter): Expression<SqlBool> {
  switch (scope.kind) {
    case 'all':
      return sql<boolean>`true`;
    case 'division':
      return eb('hotline.work_order.division_code', 'like', `${escapeLike(scope.prefix)}%`);
    case 'unit':
      return eb.or([
        eb('hotline.work_order.unit_id', '=', scope.departmentId),
        sql<boolean>`${scope.departmentId}::uuid = ANY(hotline.work_order.co_units)`,
      ]);
    case 'none':
      return sql<boolean>`false`;
  }
}

/** The next number of the Shanghai day, e.g. 12345-20261122-000123; the upsert serialises concurrent intakes. */
export async function nextOrderNo(q: Q, day: string): Promise<string> {
  const row = await q
    .insertInto('hotline.order_sequence')
    .values({ day, last: 1 })
    .onConflict((oc) => oc.column('day').doUpdateSet({ last: sql`hotline.order_sequence.last + 1` }))
    .returning('last')
    .executeTakeFirstOrThrow();
  return `12345-${day.replace(/-/g, '')}-${String(row.last).padStart(6, '0')}`;
}

export async function insertOrder(q: Q, row: NewOrderRow) {
  await q
    .insertInto('hotline.work_order')
    .values({
      ...row,
      co_units: sql`${row.co_units}::uuid[]` as unknown as string[],
      snapshot: JSON.stringify(row.snapshot),
      classification: row.classification === null ? null : JSON.stringify(row.classification),
      routing: row.routing === null ? null : JSON.stringify(row.routing),
      relations: row.relations === undefined || row.relations === null ? null : JSON.stringify(row.relations),
    })
    .execute();
}

export function findOrder(q: Q, scope: ScopeFilter, id: string): Promise<OrderRow | undefined> {
  return q
    .selectFrom('hotline.work_order')
    .selectAll()
    .where('id', '=', id)
    .where((eb) => orderInScope(eb, scope))
    .executeTakeFirst() as Promise<OrderRow | undefined>;
}

export interface OrderFilter {
  state?: string | undefined;
  type?: string | undefined;
  unitId?: string | undefined;
  triage?: boolean | undefined;
  q?: string | undefined;
  categoryCode?: string | undefined;
  channel?: string | undefined;
  overdue?: boolean | undefined;
  createdFrom?: string | undefined;
  createdTo?: string | undefined;
  page: number;
  pageSize: number;
}

/** States in which nobody has answered the caller yet: a due instant behind them makes the order overdue. */
const UNANSWERED_STATES = ['registered', 'dispatched', 'returned', 'in_progress', 'suspended', 'reopened'];

/** The instant a Shanghai civil date begins. */
const shanghaiMidnight = (date: string, days = 0) => new Date(new Date(`${date}T00:00:00+08:00`).getTime() + days * 86_400_000);

export async function listOrders(q: Q, scope: ScopeFilter, f: OrderFilter) {
  let query = q.selectFrom('hotline.work_order').where((eb) => orderInScope(eb, scope));
  if (f.state) query = query.where('state', '=', f.state);
  if (f.type) query = query.where('type', '=', f.type);
  if (f.unitId) query = query.where('unit_id', '=', f.unitId);
  if (f.triage !== undefined) query = query.where('triage', '=', f.triage);
  if (f.categoryCode) {
    const code = f.categoryCode;
    query = query.where((eb) => eb.or([eb('category_code', '=', code), eb('category_code', 'like', `${escapeLike(code)}.%`)]));
  }
  if (f.channel) query = query.where('channel', '=', f.channel);
  if (f.overdue !== undefined) {
    const late = sql<boolean>`(due_at < now() AND state IN (${sql.join(UNANSWERED_STATES)}))`;
    query = query.where(f.overdue ? late : sql<boolean>`NOT coalesce(${late}, false)`);
  }
  if (f.createdFrom) query = query.where('created_at', '>=', shanghaiMidnight(f.createdFrom));
  if (f.createdTo) query = query.where('created_at', '<', shanghaiMidnight(f.createdTo, 1));
  if (f.q) {
    const like = `%${escapeLike(f.q)}%`;
    query = query.where((eb) => eb.or([eb('order_no', 'like', like), eb('title', 'like', like), eb('body', 'like', like)]));
  }
  const [rows, count] = await Promise.all([
    query
      .selectAll()
      .orderBy('created_at', 'desc')
      .orderBy('id')
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize)
      .execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows: rows as OrderRow[], total: Number(count.n) };
}

/** Optimistic lock: false when someone else changed the order since `version`. */
export async function updateOrderWorkflow(
  q: Q,
  id: string,
  version: number,
  patch: Pick<OrderRow, 'state' | 'unit_id' | 'co_units' | 'due_at' | 'warn_at' | 'snapshot'>,
): Promise<boolean> {
  const r = await q
    .updateTable('hotline.work_order')
    .set({
      ...patch,
      co_units: sql`${patch.co_units}::uuid[]` as unknown as string[],
      snapshot: JSON.stringify(patch.snapshot),
      version: sql`version + 1`,
      updated_at: sql`now()`,
    })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function insertEvent(q: Q, e: OrderEventRow) {
  await q
    .insertInto('hotline.order_event')
    .values({ ...e, details: e.details === null ? null : JSON.stringify(e.details) })
    .execute();
}

export async function lastEventSeq(q: Q, orderId: string): Promise<number> {
  const r = await q
    .selectFrom('hotline.order_event')
    .select((eb) => eb.fn.max('seq').as('m'))
    .where('order_id', '=', orderId)
    .executeTakeFirst();
  return Number(r?.m ?? 0);
}

export function listEvents(q: Q, orderId: string): Promise<OrderEventRow[]> {
  return q.selectFrom('hotline.order_event').selectAll().where('order_id', '=', orderId).orderBy('seq').execute();
}
