import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { PeriodPiece, Granularity } from '../domain/analytics-period.js';
import { emptyMeasures, type Measures } from '../domain/analytics-rates.js';
import {
  categoryMatches,
  divisionMatches,
  groupedFacts,
  MEASURE_COLUMNS,
  ORDER_SETS,
  type Dim,
  type FactFilter,
} from './analytics-facts.js';

/**
 * Reads of the analytics: every question is asked of a "cell source" — rows shaped like
 * hotline.analytics_cell (period, division, category, dim, key, measures) — which is either the rollup
 * table cut to a level and a period plan, or the same rows computed on the spot from the orders.
 */
export type CellSource = RawBuilder<unknown>;

export function rollupCells(
  level: 'c' | 'f',
  pieces: readonly PeriodPiece[],
  dims: readonly Dim[],
  divisionPrefix: string | null,
  categoryPrefix: string | null,
): CellSource {
  const filters: Array<RawBuilder<boolean>> = [];
  if (divisionPrefix) filters.push(divisionMatches(sql.ref('division'), divisionPrefix));
  if (categoryPrefix) filters.push(categoryMatches(sql.ref('category'), categoryPrefix));
  const extra = filters.length ? sql` AND ${sql.join(filters, sql` AND `)}` : sql``;
  const cols = sql.join(['period', 'division', 'category', 'dim', 'key', ...MEASURE_COLUMNS].map((c) => sql.ref(c)));
  // one index range per piece of the period plan
  const parts = pieces.map(
    (p) => sql`SELECT ${cols} FROM hotline.analytics_cell
      WHERE level = ${sql.lit(level)} AND dim IN (${sql.join(dims.map((d) => sql.lit(d)))}) AND grain = ${sql.lit(p.grain)}
        AND period BETWEEN ${p.from}::date AND ${p.to}::date${extra}`,
  );
  if (parts.length === 0) return sql`SELECT ${cols} FROM hotline.analytics_cell WHERE false`;
  return sql.join(parts, sql` UNION ALL `);
}

/** The same rows straight from the orders (town × full category), for questions finer than any rollup. */
export function orderCells(f: FactFilter, repeatFlag: boolean, dims: readonly Dim[]): CellSource {
  return groupedFacts(
    f,
    repeatFlag,
    ORDER_SETS.filter((s) => dims.includes(s.dim)),
  );
}

/**
 * Runs a read with JIT compilation off: these aggregates over a few thousand rows are costed high enough
 * to trigger it, and compiling takes longer (≈100 ms) than the query itself.
 */
async function read<R>(db: Kysely<any>, query: RawBuilder<R>): Promise<R[]> {
  return db.transaction().execute(async (tx) => {
    await sql`SELECT set_config('jit', 'off', true)`.execute(tx);
    return (await query.execute(tx)).rows;
  });
}

const sums = sql.join(MEASURE_COLUMNS.map((c) => sql`sum(${sql.ref(c)}) AS ${sql.ref(c)}`));

type MeasureRow = Record<(typeof MEASURE_COLUMNS)[number], number | null>;

/** Summed columns → Measures; repeat callers stay null unless orders carry the flag. */
export function toMeasures(r: Partial<MeasureRow> | undefined, repeatFlag: boolean): Measures {
  const n = (v: number | null | undefined) => Number(v ?? 0);
  if (!r) return emptyMeasures(repeatFlag);
  return {
    received: n(r.received),
    closed: n(r.closed),
    onTime: n(r.on_time),
    onTimeBase: n(r.on_time_base),
    callbacks: n(r.callbacks),
    satisfied: n(r.satisfied),
    answered: n(r.answered),
    calledBack: n(r.called_back),
    dispatched: n(r.dispatched),
    returned: n(r.returned),
    repeatCallers: repeatFlag ? n(r.repeat_callers) : null,
    handlingSeconds: n(r.handling_seconds),
  };
}

export interface Overview {
  totals: Partial<MeasureRow> | undefined;
  byCategory: Array<{ key: string; count: number }>;
  byDivision: Array<{ key: string; count: number }>;
}

/** Totals, first-level categories and divisions (cut to `digits`) in one pass over the 'all' rows. */
export async function overview(db: Kysely<any>, src: CellSource, digits: 6 | 9): Promise<Overview> {
  const cat = sql`split_part(category, '.', 1)`;
  const div = sql`CASE WHEN division = '' THEN '' ELSE left(division, ${sql.lit(digits)}) END`;
  const rows = await read(
    db,
    sql<MeasureRow & { g_cat: number; g_div: number; cat: string | null; div: string | null }>`
    SELECT GROUPING(${cat}) AS g_cat, GROUPING(${div}) AS g_div, ${cat} AS cat, ${div} AS div, ${sums}
    FROM (${src}) c WHERE dim = 'all'
    GROUP BY GROUPING SETS ((), (${cat}), (${div}))`,
  );
  const count = (x: MeasureRow) => Number(x.received ?? 0);
  return {
    totals: rows.find((x) => x.g_cat === 1 && x.g_div === 1),
    byCategory: rows.filter((x) => x.g_cat === 0).map((x) => ({ key: x.cat ?? '', count: count(x) })),
    byDivision: rows.filter((x) => x.g_div === 0).map((x) => ({ key: x.div ?? '', count: count(x) })),
  };
}

export async function series(db: Kysely<any>, src: CellSource, granularity: Granularity) {
  const bucket = granularity === 'day' ? sql`period` : sql`date_trunc(${sql.lit(granularity)}, period::timestamp)::date`;
  const rows = await read(
    db,
    sql<{ bucket: string; received: number; closed: number }>`
    SELECT ${bucket}::text AS bucket, sum(received) AS received, sum(closed) AS closed
    FROM (${src}) c WHERE dim = 'all' GROUP BY 1 ORDER BY 1`,
  );
  return rows.map((x) => ({ bucket: x.bucket, received: Number(x.received), closed: Number(x.closed) }));
}

/** Every key of the channel, type, unit and cell breakdowns with its summed measures. */
export async function breakdowns(db: Kysely<any>, src: CellSource) {
  const rows = await read(
    db,
    sql<MeasureRow & { dim: Dim; key: string }>`
    SELECT dim, key, ${sums} FROM (${src}) c WHERE dim IN ('channel', 'type', 'unit', 'cell') GROUP BY dim, key`,
  );
  return rows;
}

/** Orders per (category, division) in the window and in the baseline before it (the weak-signal cells). */
export async function windowCounts(db: Kysely<any>, src: CellSource, windowFrom: string) {
  const rows = await read(
    db,
    sql<{ category: string; division: string; window: number; baseline: number }>`
    SELECT category, division,
      coalesce(sum(received) FILTER (WHERE period >= ${windowFrom}::date), 0) AS window,
      coalesce(sum(received) FILTER (WHERE period < ${windowFrom}::date), 0) AS baseline
    FROM (${src}) c WHERE dim = 'all' GROUP BY category, division`,
  );
  return rows.map((x) => ({ category: x.category, division: x.division, window: Number(x.window), baseline: Number(x.baseline) }));
}

export async function categoryNames(db: Kysely<any>): Promise<Map<string, string>> {
  const { rows } = await sql<{ code: string; name: string }>`SELECT code, name FROM hotline.category`.execute(db);
  return new Map(rows.map((x) => [x.code, x.name]));
}

/** Orders per category at the source's depth (full codes on the fine level), busiest first. */
export async function categoryCounts(db: Kysely<any>, src: CellSource): Promise<Map<string, number>> {
  const rows = await read(
    db,
    sql<{ category: string; n: number }>`
    SELECT category, sum(received) AS n FROM (${src}) c WHERE dim = 'all' GROUP BY category ORDER BY 2 DESC, 1`,
  );
  return new Map(rows.map((x) => [x.category, Number(x.n)]));
}
