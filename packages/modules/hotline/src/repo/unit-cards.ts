import { sql } from 'kysely';
import type { Q } from './tables.js';

/** States in which a unit holds an order and owes the answer. */
const HOLDING = ['dispatched', 'in_progress', 'suspended'];

export interface LateOrderRow {
  id: string;
  order_no: string;
  unit_id: string;
  due_at: Date;
  /** null while the unit still holds the order unanswered */
  answered_at: Date | null;
  open: boolean;
}

/**
 * The orders that can make a card yellow or red: due in [since, now) and answered late or not yet, plus
 * older ones the unit still holds unanswered. Two index-friendly halves: (unit_id, due_at) for the
 * period, (unit_id, state) for the open backlog, so a year of orders is never scanned.
 */
export async function lateOrders(q: Q, unitIds: readonly string[], since: Date, now: Date): Promise<LateOrderRow[]> {
  if (unitIds.length === 0) return [];
  const answered = sql`COALESCE((snapshot->'reply'->>'at')::timestamptz, (snapshot->>'closedAt')::timestamptz)`;
  const open = sql`(state = ANY(${HOLDING}::text[]) AND snapshot->>'reply' IS NULL)`;
  const r = await sql<LateOrderRow>`
    SELECT id, order_no, unit_id, due_at, answered_at, open FROM (
      SELECT id, order_no, unit_id, due_at, ${answered} AS answered_at, ${open} AS open
      FROM hotline.work_order
      WHERE unit_id = ANY(${unitIds}::uuid[]) AND due_at >= ${since} AND due_at < ${now}
      UNION ALL
      SELECT id, order_no, unit_id, due_at, ${answered} AS answered_at, ${open} AS open
      FROM hotline.work_order
      WHERE unit_id = ANY(${unitIds}::uuid[]) AND state = ANY(${HOLDING}::text[]) AND due_at < ${since}
    ) o
    WHERE open OR answered_at > due_at
    ORDER BY unit_id, due_at, id`.execute(q);
  return r.rows.map((row) => ({
    ...row,
    due_at: new Date(row.due_at),
    answered_at: row.open ? null : row.answered_at && new Date(row.answered_at),
  }));
}

/** Of the given units, those with an order due since `since` (one index probe each). */
export async function unitsWithOrdersDueSince(q: Q, unitIds: readonly string[], since: Date): Promise<Set<string>> {
  if (unitIds.length === 0) return new Set();
  const r = await sql<{ id: string }>`
    SELECT u.id FROM unnest(${unitIds}::uuid[]) AS u(id)
    WHERE EXISTS (SELECT 1 FROM hotline.work_order w WHERE w.unit_id = u.id AND w.due_at >= ${since})`.execute(q);
  return new Set(r.rows.map((x) => x.id));
}
