import { sql, type Kysely, type Transaction } from 'kysely';
import { DIMS, groupedFacts, MEASURE_COLUMNS, ROLLUP_SETS } from './analytics-facts.js';

/** Writes of hotline.analytics_cell: day rows from the orders, week and month rows from the day rows. */
type Db = Kysely<any> | Transaction<any>;

// one refresher at a time across processes: two would delete each other's rows half-way
const REFRESH_LOCK = 7_310_405;
const LEVELS = sql`level IN ('c', 'f') AND dim IN (${sql.join(DIMS.map((d) => sql.lit(d)))})`;
// rows written in index order: a county's rows of one period then sit on a few pages, not one page per row
const CLUSTERED = sql`ORDER BY 1, 2, 3, 4, 5, 6, 7`;
const columns = sql.join(
  [...['level', 'dim', 'grain', 'period', 'division', 'category', 'key'], ...MEASURE_COLUMNS].map((c) => sql.ref(c)),
);

/** Takes the refresh lock and sizes the transaction for one big aggregation (JIT compiling costs more than it saves here). */
export async function lockRefresh(tx: Transaction<any>): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(${REFRESH_LOCK})`.execute(tx);
  await sql`SELECT set_config('work_mem', '64MB', true), set_config('jit', 'off', true)`.execute(tx);
}

/** Recomputes the day rows of [from, to] from the orders registered on those days. */
export async function replaceDays(tx: Transaction<any>, from: string, to: string, repeatFlag: boolean): Promise<void> {
  await sql`DELETE FROM hotline.analytics_cell WHERE ${LEVELS} AND grain = 'd' AND period BETWEEN ${from}::date AND ${to}::date`.execute(
    tx,
  );
  await sql`INSERT INTO hotline.analytics_cell (${columns})
    SELECT * FROM (${groupedFacts({ from, to }, repeatFlag, ROLLUP_SETS)}) g ${CLUSTERED}`.execute(tx);
}

/**
 * The incremental form of replaceDays + replaceSums: recomputes the day rows of [from, to] and moves the
 * week and month rows by exactly what the days changed (new − old), instead of summing
 * a whole month of day rows again. Rows left empty are removed, so the result equals a full rebuild.
 */
export async function replaceDaysAndShift(tx: Transaction<any>, from: string, to: string, repeatFlag: boolean): Promise<void> {
  const negated = sql.join(MEASURE_COLUMNS.map((c) => sql`-${sql.ref(c)}`));
  const shift = (grain: 'w' | 'm') => {
    const unit = sql.lit(grain === 'w' ? 'week' : 'month');
    const merged = MEASURE_COLUMNS.map((c) => {
      const [cur, add] = [sql.ref(`hotline.analytics_cell.${c}`), sql.ref(`excluded.${c}`)];
      return c === 'repeat_callers'
        ? sql`${sql.ref(c)} = CASE WHEN ${cur} IS NULL AND ${add} IS NULL THEN NULL ELSE coalesce(${cur}, 0) + coalesce(${add}, 0) END`
        : sql`${sql.ref(c)} = ${cur} + ${add}`;
    });
    return sql`INSERT INTO hotline.analytics_cell (${columns})
      SELECT level, dim, ${sql.lit(grain)}, date_trunc(${unit}, period::timestamp)::date, division, category, key,
        ${sql.join(MEASURE_COLUMNS.map((c) => sql`sum(${sql.ref(c)})`))}
      FROM analytics_delta GROUP BY 1, 2, 3, 4, 5, 6, 7
      ON CONFLICT (level, dim, grain, period, division, category, key) DO UPDATE SET ${sql.join(merged)}`;
  };
  // the old day rows count negative, the new ones positive: their sum is what each week and month gains
  await sql`CREATE TEMP TABLE analytics_delta ON COMMIT DROP AS SELECT * FROM hotline.analytics_cell WHERE false`.execute(tx);
  await sql`WITH gone AS (
      DELETE FROM hotline.analytics_cell WHERE ${LEVELS} AND grain = 'd' AND period BETWEEN ${from}::date AND ${to}::date RETURNING *)
    INSERT INTO analytics_delta SELECT level, dim, grain, period, division, category, key, ${negated} FROM gone`.execute(tx);
  await sql`WITH added AS (
      INSERT INTO hotline.analytics_cell (${columns})
      SELECT * FROM (${groupedFacts({ from, to }, repeatFlag, ROLLUP_SETS)}) g ${CLUSTERED} RETURNING *)
    INSERT INTO analytics_delta SELECT * FROM added`.execute(tx);
  await sql`${shift('w')}`.execute(tx);
  await sql`${shift('m')}`.execute(tx);
  // a week or month whose orders all moved away (or that never had any) holds nothing any more
  await sql`DELETE FROM hotline.analytics_cell WHERE ${LEVELS} AND grain IN ('w', 'm') AND received = 0
    AND period BETWEEN least(date_trunc('week', ${from}::date::timestamp), date_trunc('month', ${from}::date::timestamp))::date AND ${to}::date`.execute(
    tx,
  );
}

/**
 * Rebuilds the week ('w', keyed by Monday) or month ('m', keyed by the 1st) rows whose key lies in
 * [firstKey, lastKey], as sums of the day rows they cover.
 */
export async function replaceSums(tx: Transaction<any>, grain: 'w' | 'm', firstKey: string, lastKey: string): Promise<void> {
  const unit = grain === 'w' ? sql.lit('week') : sql.lit('month');
  const span = grain === 'w' ? sql`interval '7 days'` : sql`interval '1 month'`;
  await sql`DELETE FROM hotline.analytics_cell WHERE ${LEVELS} AND grain = ${sql.lit(grain)} AND period BETWEEN ${firstKey}::date AND ${lastKey}::date`.execute(
    tx,
  );
  await sql`INSERT INTO hotline.analytics_cell (${columns})
    SELECT level, dim, ${sql.lit(grain)}, date_trunc(${unit}, period::timestamp)::date, division, category, key,
      ${sql.join(MEASURE_COLUMNS.map((c) => sql`sum(${sql.ref(c)})`))}
    FROM hotline.analytics_cell
    WHERE ${LEVELS} AND grain = 'd' AND period >= ${firstKey}::date AND period < (${lastKey}::date + ${span})::date
    GROUP BY 1, 2, 3, 4, 5, 6, 7 ${CLUSTERED}`.execute(tx);
}

/** Registration days (Shanghai) of the orders changed at or after `since`; every day with orders when null. */
export async function changedDays(db: Db, since: Date | null): Promise<string[]> {
  const r = await sql<{ day: string }>`SELECT DISTINCT (created_at AT TIME ZONE 'Asia/Shanghai')::date::text AS day
    FROM hotline.work_order ${since === null ? sql`` : sql`WHERE updated_at >= ${since}`} ORDER BY 1`.execute(db);
  return r.rows.map((x) => x.day);
}

export async function orderDaySpan(db: Db): Promise<{ from: string; to: string } | null> {
  const r = await sql<{ first: string | null; last: string | null }>`SELECT
      (min(created_at) AT TIME ZONE 'Asia/Shanghai')::date::text AS first,
      (max(created_at) AT TIME ZONE 'Asia/Shanghai')::date::text AS last
    FROM hotline.work_order`.execute(db);
  const row = r.rows[0];
  return row?.first && row.last ? { from: row.first, to: row.last } : null;
}

export async function databaseNow(db: Db): Promise<Date> {
  const r = await sql<{ now: Date }>`SELECT now() AS now`.execute(db);
  return new Date(r.rows[0]!.now);
}

export interface RefreshState {
  watermark: Date;
  refreshedAt: Date;
}

export async function readRefreshState(db: Db): Promise<RefreshState | null> {
  const r = await sql<{ watermark: Date; refreshed_at: Date }>`SELECT watermark, refreshed_at FROM hotline.analytics_state`.execute(db);
  const row = r.rows[0];
  return row ? { watermark: new Date(row.watermark), refreshedAt: new Date(row.refreshed_at) } : null;
}

/** Moves the watermark forward only: a slow bulk rebuild must not undo a later incremental run. */
export async function saveRefreshState(db: Db, watermark: Date): Promise<void> {
  await sql`INSERT INTO hotline.analytics_state (id, watermark, refreshed_at) VALUES (true, ${watermark}, now())
    ON CONFLICT (id) DO UPDATE SET watermark = greatest(hotline.analytics_state.watermark, excluded.watermark), refreshed_at = now()`.execute(
    db,
  );
}

/** A booked or running job of the queue (the refresh job books its own next run). */
export async function hasLiveJob(db: Db, queue: string): Promise<boolean> {
  const r = await sql`SELECT 1 FROM platform.job WHERE queue = ${queue} AND state IN ('pending', 'running') LIMIT 1`.execute(db);
  return r.rows.length > 0;
}
