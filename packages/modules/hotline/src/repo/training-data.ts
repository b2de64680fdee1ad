import { sql } from 'kysely';
import type { Q } from './tables.js';

/**
 * What a person set or confirmed (H2): orders that reached a unit's reply or later keep the category
 * they were handled under; orders still open count through the agent's latest correction.
 */
const LABELED = ['closed', 'replied', 'reviewed'];

export interface LabeledRow {
  title: string | null;
  body: string;
  label: string;
}

export async function labeledOrderCounts(q: Q): Promise<Record<string, number>> {
  const rows = await q
    .selectFrom('hotline.work_order')
    .select(['category_code', (eb) => eb.fn.countAll<number>().as('n')])
    .where('state', 'in', LABELED)
    .where('category_code', 'is not', null)
    .groupBy('category_code')
    .execute();
  return Object.fromEntries(rows.map((r) => [r.category_code as string, Number(r.n)]));
}

/** The latest correction of each order that is not (yet) a labeled order itself, newest first. */
export async function openCorrections(q: Q, limit: number): Promise<LabeledRow[]> {
  const r = await sql<LabeledRow>`SELECT title, body, label FROM (
      SELECT DISTINCT ON (c.order_id) c.id, c.title, c.body, c.chosen_code AS label
      FROM hotline.category_correction c JOIN hotline.work_order o ON o.id = c.order_id
      WHERE NOT (o.state IN ('closed', 'replied', 'reviewed') AND o.category_code IS NOT NULL)
      ORDER BY c.order_id, c.id DESC) latest
    ORDER BY id DESC LIMIT ${limit}`.execute(q);
  return r.rows;
}

/** Up to `cap` of the newest labeled orders of each class. */
export async function labeledOrders(q: Q, classes: readonly string[], cap: number): Promise<LabeledRow[]> {
  if (classes.length === 0 || cap <= 0) return [];
  const r = await sql<LabeledRow>`SELECT title, body, label FROM (
      SELECT title, body, category_code AS label,
        row_number() OVER (PARTITION BY category_code ORDER BY created_at DESC, id) AS rn
      FROM hotline.work_order
      WHERE state IN ('closed', 'replied', 'reviewed') AND category_code = ANY(${sql`${[...classes]}::text[]`})) ranked
    WHERE rn <= ${cap}`.execute(q);
  return r.rows;
}

/** How many open-order corrections each category has (the latest correction per order). */
export async function openCorrectionCounts(q: Q): Promise<Record<string, number>> {
  const r = await sql<{ label: string; n: number }>`SELECT label, count(*) AS n FROM (
      SELECT DISTINCT ON (c.order_id) c.chosen_code AS label
      FROM hotline.category_correction c JOIN hotline.work_order o ON o.id = c.order_id
      WHERE NOT (o.state IN ('closed', 'replied', 'reviewed') AND o.category_code IS NOT NULL)
      ORDER BY c.order_id, c.id DESC) latest
    GROUP BY label`.execute(q);
  return Object.fromEntries(r.rows.map((x) => [x.label, Number(x.n)]));
}
