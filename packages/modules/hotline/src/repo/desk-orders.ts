import { sql } from 'kysely';
import type { ScopeFilter } from '@yiwang/platform';
import { orderInScope } from './orders.js';
import type { CategoryCorrectionRow, Q } from './tables.js';

/** Queries behind duplicate suggestions, repeat callers and the desk's extra order columns (H1, H2). */
export interface OrderBrief {
  id: string;
  order_no: string;
  title: string | null;
  body: string;
  state: string;
  created_at: Date;
}

const briefCols = ['id', 'order_no', 'title', 'body', 'state', 'created_at'] as const;
const CLOSED = ['closed', 'merged', 'answered_directly'];

/** Open orders of an area since a moment, newest first; the similarity is judged in code. */
export function duplicateCandidates(
  q: Q,
  scope: ScopeFilter,
  f: { areaPrefix: string; since: Date; excludeId?: string; limit: number },
): Promise<OrderBrief[]> {
  let query = q
    .selectFrom('hotline.work_order')
    .select(briefCols)
    .where('division_code', 'like', `${f.areaPrefix}%`)
    .where('created_at', '>=', f.since)
    .where('state', 'not in', CLOSED)
    .where((eb) => orderInScope(eb, scope));
  if (f.excludeId) query = query.where('id', '!=', f.excludeId);
  return query.orderBy('created_at', 'desc').limit(f.limit).execute() as Promise<OrderBrief[]>;
}

/** Orders by the same caller (blind index of the phone) since a moment, newest first, and how many there are. */
export async function callerHistory(
  q: Q,
  scope: ScopeFilter,
  f: { phoneIndex: string; since: Date; excludeId?: string; limit: number },
): Promise<{ count: number; recent: OrderBrief[] }> {
  let query = q
    .selectFrom('hotline.work_order')
    .where('caller_phone_index', '=', f.phoneIndex)
    .where('created_at', '>=', f.since)
    .where((eb) => orderInScope(eb, scope));
  if (f.excludeId) query = query.where('id', '!=', f.excludeId);
  const [recent, n] = await Promise.all([
    query.select(briefCols).orderBy('created_at', 'desc').limit(f.limit).execute() as Promise<OrderBrief[]>,
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { count: Number(n.n), recent };
}

/** The current state of orders named by id, as far as the scope lets the viewer see them. */
export function orderBriefs(q: Q, scope: ScopeFilter, ids: readonly string[]): Promise<OrderBrief[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return q
    .selectFrom('hotline.work_order')
    .select(briefCols)
    .where('id', 'in', [...ids])
    .where((eb) => orderInScope(eb, scope))
    .execute() as Promise<OrderBrief[]>;
}

/** The order's category, triage flag and dispatch explanation, written next to a workflow update in one transaction. */
export async function updateOrderDesk(q: Q, id: string, patch: { category_code?: string; triage?: boolean; routing?: unknown }) {
  const { routing, ...rest } = patch;
  await q
    .updateTable('hotline.work_order')
    .set({ ...rest, ...(routing === undefined ? {} : { routing: JSON.stringify(routing) }) })
    .where('id', '=', id)
    .execute();
}

/**
 * Takes the row lock of an order that gets a timeline line without a workflow change (a merge
 * target), so its line numbers cannot race another action; its version stays as it was.
 */
export async function lockOrder(q: Q, id: string): Promise<void> {
  await q
    .updateTable('hotline.work_order')
    .set({ updated_at: sql`now()` })
    .where('id', '=', id)
    .execute();
}

export async function insertCorrection(q: Q, c: Omit<CategoryCorrectionRow, 'id' | 'at'>) {
  await q.insertInto('hotline.category_correction').values(c).execute();
}
