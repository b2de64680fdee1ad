import { sql, type Kysely } from 'kysely';
import { orderConditions, type FactFilter } from './analytics-facts.js';

/** The orders behind an alert: the few rows a leader clicks through to, always inside the caller's filter. */
export interface AlertOrderRow {
  id: string;
  order_no: string;
  title: string | null;
  created_at: Date;
}

/** Orders of one weak-signal cell: a town ('' = no location) × a full category ('' = not classified). */
export async function ordersOfCell(
  db: Kysely<any>,
  f: FactFilter,
  cell: { town: string; category: string },
  limit: number,
): Promise<{ rows: AlertOrderRow[]; total: number }> {
  const r = await sql<AlertOrderRow & { total: number }>`
    SELECT w.id, w.order_no, w.title, w.created_at, count(*) OVER () AS total
    FROM hotline.work_order w
    WHERE ${orderConditions(f)}
      AND coalesce(left(w.division_code, 9), '') = ${cell.town}
      AND coalesce(w.category_code, '') = ${cell.category}
    ORDER BY w.created_at DESC, w.id LIMIT ${limit}`.execute(db);
  return { rows: r.rows, total: Number(r.rows[0]?.total ?? 0) };
}

export interface ClusterCandidate extends AlertOrderRow {
  town: string;
  category: string;
  text: string;
}

/**
 * Orders that may repeat one another: requests for action (求助, 投诉, 举报, 建议) — consultations are
 * expected to repeat and praise is no problem. The text is cut to its start, where a problem is stated.
 */
export async function clusterCandidates(db: Kysely<any>, f: FactFilter, textChars = 160): Promise<ClusterCandidate[]> {
  const r = await sql<ClusterCandidate>`
    SELECT w.id, w.order_no, w.title, w.created_at, coalesce(left(w.division_code, 9), '') AS town,
      coalesce(w.category_code, '') AS category, left(concat_ws(' ', w.title, w.body), ${textChars}) AS text
    FROM hotline.work_order w
    WHERE ${orderConditions(f)} AND w.type NOT IN ('consultation', 'praise')
    ORDER BY w.created_at DESC, w.id`.execute(db);
  return r.rows;
}
