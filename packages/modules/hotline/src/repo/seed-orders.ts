import { sql } from 'kysely';
import type { OrderRow } from './orders.js';
import type { OrderEventRow, Q } from './tables.js';

/** Bulk writes of the seed loader (seed-builder/load.ts): many rows per statement, nothing else. */

export type SeedOrderRow = Omit<OrderRow, 'created_at' | 'updated_at'> & { created_at: Date; updated_at: Date };

export async function hasAnyOrder(q: Q): Promise<boolean> {
  const row = await q.selectFrom('hotline.work_order').select('id').limit(1).executeTakeFirst();
  return row !== undefined;
}

const ORDER_COLUMNS: ReadonlyArray<[string, string]> = [
  ['id', 'uuid'],
  ['order_no', 'text'],
  ['channel', 'text'],
  ['type', 'text'],
  ['urgency', 'text'],
  ['title', 'text'],
  ['body', 'text'],
  ['category_code', 'text'],
  ['triage', 'boolean'],
  ['deadline_pending', 'boolean'],
  ['division_code', 'text'],
  ['address', 'text'],
  ['lat', 'double precision'],
  ['lng', 'double precision'],
  ['caller_name_enc', 'text'],
  ['caller_name_masked', 'text'],
  ['caller_phone_enc', 'text'],
  ['caller_phone_masked', 'text'],
  ['confidential', 'boolean'],
  ['state', 'text'],
  ['unit_id', 'uuid'],
  ['co_units', 'uuid[]'],
  ['due_at', 'timestamptz'],
  ['warn_at', 'timestamptz'],
  ['snapshot', 'jsonb'],
  ['classification', 'jsonb'],
  ['routing', 'jsonb'],
  ['version', 'int'],
  ['created_at', 'timestamptz'],
  ['updated_at', 'timestamptz'],
  ['created_by', 'uuid'],
  ['caller_phone_index', 'text'],
  ['repeat_calls', 'int'],
  ['relations', 'jsonb'],
];
const EVENT_COLUMNS: ReadonlyArray<[string, string]> = [
  ['order_id', 'uuid'],
  ['seq', 'int'],
  ['at', 'timestamptz'],
  ['action', 'text'],
  ['actor_id', 'uuid'],
  ['actor_role', 'text'],
  ['actor_unit_id', 'uuid'],
  ['from_state', 'text'],
  ['to_state', 'text'],
  ['note', 'text'],
  ['details', 'jsonb'],
  ['internal', 'boolean'],
];

/**
 * `INSERT INTO table (cols) SELECT cols FROM jsonb_to_recordset($1)`: a whole batch as one JSON
 * parameter — one statement whatever the batch size, and cheaper to bind than tens of thousands of
 * VALUES parameters (measured on both engines).
 */
async function insertAsJson(q: Q, table: string, columns: ReadonlyArray<[string, string]>, rows: readonly object[]): Promise<void> {
  if (rows.length === 0) return;
  const names = sql.raw(columns.map(([c]) => c).join(', '));
  const types = sql.raw(columns.map(([c, t]) => `${c} ${t}`).join(', '));
  await sql`INSERT INTO ${sql.table(table)} (${names}) SELECT ${names} FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS x(${types})`.execute(
    q,
  );
}

export const insertOrderRows = (q: Q, rows: readonly SeedOrderRow[]) => insertAsJson(q, 'hotline.work_order', ORDER_COLUMNS, rows);

export const insertEventRows = (q: Q, rows: readonly OrderEventRow[]) => insertAsJson(q, 'hotline.order_event', EVENT_COLUMNS, rows);

/** Seed batches can be rebuilt from their seed, so their commits need not wait for the WAL flush. */
export async function relaxDurability(q: Q): Promise<void> {
  await sql`SET LOCAL synchronous_commit = off`.execute(q);
}

/** Moves each day's order-number counter past the loaded numbers, so live intake continues after them. */
export async function raiseOrderSequences(q: Q, days: ReadonlyArray<{ day: string; last: number }>): Promise<void> {
  if (days.length === 0) return;
  await q
    .insertInto('hotline.order_sequence')
    .values([...days])
    .onConflict((oc) => oc.column('day').doUpdateSet({ last: sql`GREATEST(hotline.order_sequence.last, excluded.last)` }))
    .execute();
}

/** Repeat calls of loaded orders, counted as intake counts them: the same phone's orders in the 30 days before. */
export async function settleRepeatCalls(q: Q): Promise<void> {
  await sql`UPDATE hotline.work_order w SET repeat_calls = (
      SELECT count(*) FROM hotline.work_order p
      WHERE p.caller_phone_index = w.caller_phone_index AND p.created_at < w.created_at
        AND p.created_at >= w.created_at - interval '30 days')
    WHERE w.caller_phone_index IS NOT NULL AND w.repeat_calls = 0`.execute(q);
}
