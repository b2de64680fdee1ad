import { sql, type Kysely, type RawBuilder, type Transaction } from 'kysely';
import { addCalendarDays } from '@yiwang/platform';
import { HEAT_CELL_DEGREES } from '../domain/heat-grid.js';

/**
 * Each work order's contribution to the analytics measures, in SQL: the one definition shared by the
 * rollup refresh and by questions answered straight from the orders, so the two can never disagree.
 * The measures are documented on `Measures` (domain/analytics-rates.ts).
 */
type Db = Kysely<any> | Transaction<any>;

/** Intake (area A) adds this boolean to work orders; until it exists the repeat-caller figures are null. */
export const REPEAT_CALLER_COLUMN = 'repeat_caller';

export async function hasRepeatCallerFlag(db: Db): Promise<boolean> {
  const r = await sql`SELECT 1 FROM information_schema.columns
    WHERE table_schema = 'hotline' AND table_name = 'work_order' AND column_name = ${REPEAT_CALLER_COLUMN}`.execute(db);
  return r.rows.length > 0;
}

export interface FactFilter {
  /** Shanghai days, both inclusive */
  from: string;
  to: string;
  divisionPrefix?: string | null;
  categoryPrefix?: string | null;
  /** a unit's own orders: the ones it handles or co-handles */
  unitId?: string | null;
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, '\\$&');
export const shanghaiMidnight = (day: string) => `${day}T00:00:00+08:00`;

export function categoryMatches(column: RawBuilder<unknown>, prefix: string): RawBuilder<boolean> {
  return sql<boolean>`(${column} = ${prefix} OR ${column} LIKE ${`${escapeLike(prefix)}.%`})`;
}

export function divisionMatches(column: RawBuilder<unknown>, prefix: string): RawBuilder<boolean> {
  return sql<boolean>`${column} LIKE ${`${escapeLike(prefix)}%`}`;
}

/** The WHERE conditions on `hotline.work_order w` for the orders registered in [from, to] that the filter lets through. */
export function orderConditions(f: FactFilter): RawBuilder<boolean> {
  const where: Array<RawBuilder<boolean>> = [
    sql<boolean>`w.created_at >= ${shanghaiMidnight(f.from)}::timestamptz`,
    sql<boolean>`w.created_at < ${shanghaiMidnight(addCalendarDays(f.to, 1))}::timestamptz`,
  ];
  if (f.divisionPrefix) where.push(divisionMatches(sql.ref('w.division_code'), f.divisionPrefix));
  if (f.categoryPrefix) where.push(categoryMatches(sql.ref('w.category_code'), f.categoryPrefix));
  if (f.unitId) where.push(sql<boolean>`(w.unit_id = ${f.unitId}::uuid OR ${f.unitId}::uuid = ANY(w.co_units))`);
  return sql<boolean>`${sql.join(where, sql` AND `)}`;
}

/** One row per order registered in [from, to] that the filter lets through. */
export function orderFacts(f: FactFilter, repeatFlag: boolean): RawBuilder<unknown> {
  const repeat = repeatFlag ? sql`(${sql.ref(`w.${REPEAT_CALLER_COLUMN}`)} IS TRUE)::int` : sql`NULL::int`;
  const closed = sql`w.state = 'closed'`;
  const answered = sql`(${closed} AND r.reply_at IS NOT NULL)`;
  const cb = sql`coalesce(cb.n, 0)`;
  // NULL (an order without a deadline or an answer) counts as 0, never as a NULL that sum() would skip
  const flag = (expr: RawBuilder<unknown>) => sql`coalesce(${expr}, false)::int`;
  // callbacks of the same orders in one grouped read: a hash join for a month, index lookups for a day
  const callbacks = sql`SELECT e.order_id, count(*)::int AS n,
      count(*) FILTER (WHERE e.details ->> 'result' IN ('satisfied', 'basically_satisfied'))::int AS sat
    FROM hotline.order_event e JOIN hotline.work_order w ON w.id = e.order_id
    WHERE e.action = 'callback' AND ${orderConditions(f)}
    GROUP BY e.order_id`;
  return sql`SELECT
      (w.created_at AT TIME ZONE 'Asia/Shanghai')::date AS day,
      coalesce(w.division_code, '') AS division,
      coalesce(w.category_code, '') AS category,
      w.channel,
      w.type,
      coalesce(w.unit_id::text, '') AS unit,
      CASE WHEN w.lat IS NULL OR w.lng IS NULL THEN NULL
        ELSE floor(w.lat / ${HEAT_CELL_DEGREES}::float8)::bigint::text || ':' || floor(w.lng / ${HEAT_CELL_DEGREES}::float8)::bigint::text
      END AS cell,
      1 AS received,
      ${flag(closed)} AS closed,
      ${flag(sql`${closed} AND w.due_at IS NOT NULL AND coalesce(r.reply_at, r.closed_at) <= w.due_at`)} AS on_time,
      ${flag(sql`(${closed} AND w.due_at IS NOT NULL) OR (w.state NOT IN ('closed', 'merged', 'answered_directly') AND w.due_at < now())`)} AS on_time_base,
      ${cb} AS callbacks,
      coalesce(cb.sat, 0) AS satisfied,
      ${flag(answered)} AS answered,
      ${flag(sql`${answered} AND ${cb} > 0`)} AS called_back,
      ${flag(sql`w.unit_id IS NOT NULL`)} AS dispatched,
      ${flag(sql`coalesce((w.snapshot -> 'counters' ->> 'returns')::int, 0) > 0`)} AS returned,
      ${repeat} AS repeat_callers,
      CASE WHEN ${answered} THEN greatest(0, floor(extract(epoch FROM r.reply_at - w.created_at)))::bigint ELSE 0 END AS handling_seconds
    FROM hotline.work_order w
    CROSS JOIN LATERAL (SELECT
        CASE WHEN jsonb_typeof(w.snapshot -> 'reply') = 'object' THEN (w.snapshot -> 'reply' ->> 'at')::timestamptz END AS reply_at,
        (w.snapshot ->> 'closedAt')::timestamptz AS closed_at) r
    LEFT JOIN (${callbacks}) cb ON cb.order_id = w.id
    WHERE ${orderConditions(f)}`;
}

export const MEASURE_COLUMNS = [
  'received',
  'closed',
  'on_time',
  'on_time_base',
  'callbacks',
  'satisfied',
  'answered',
  'called_back',
  'dispatched',
  'returned',
  'repeat_callers',
  'handling_seconds',
] as const;

export const DIMS = ['all', 'channel', 'type', 'unit', 'cell'] as const;
export type Dim = (typeof DIMS)[number];

const sums = sql.join(MEASURE_COLUMNS.map((c) => sql`sum(${sql.ref(`f.${c}`)}) AS ${sql.ref(c)}`));

/**
 * The facts summed per (level, dim, day, division, category, key): exactly the rows of the day grain of
 * hotline.analytics_cell, in one pass (grouping sets). Division and category are cut to the level's
 * depth — county (6 digits) × first-level category for 'c', town (9 digits) × full category for 'f' —
 * and padded back to 12 digits; orders without coordinates have no cell, undispatched ones no unit.
 */
export function groupedFacts(f: FactFilter, repeatFlag: boolean, levels: ReadonlyArray<'c' | 'f'>): RawBuilder<unknown> {
  const keyed = (l: 'c' | 'f') => {
    const base = sql`f.day, ${sql.ref(`f.div_${l}`)}, ${sql.ref(`f.cat_${l}`)}`;
    return [sql`(${base})`, ...(['channel', 'type', 'unit', 'cell'] as const).map((d) => sql`(${base}, ${sql.ref(`f.${d}`)})`)];
  };
  const grouping = (d: Dim) => sql`GROUPING(${sql.ref(`f.${d}`)}) = 0`;
  const level = levels.length === 2 ? sql`CASE WHEN GROUPING(f.div_c) = 0 THEN 'c' ELSE 'f' END` : sql.lit(levels[0] ?? 'f');
  const pick = (col: 'div' | 'cat') => sql`coalesce(${sql.join(levels.map((l) => sql.ref(`f.${col}_${l}`)))})`;
  return sql`WITH f AS MATERIALIZED (
      SELECT o.*,
        CASE WHEN o.division = '' THEN '' ELSE rpad(left(o.division, 6), 12, '0') END AS div_c,
        CASE WHEN o.division = '' THEN '' ELSE rpad(left(o.division, 9), 12, '0') END AS div_f,
        split_part(o.category, '.', 1) AS cat_c,
        o.category AS cat_f
      FROM (${orderFacts(f, repeatFlag)}) o)
    SELECT ${level} AS level,
      CASE WHEN ${grouping('channel')} THEN 'channel' WHEN ${grouping('type')} THEN 'type'
        WHEN ${grouping('unit')} THEN 'unit' WHEN ${grouping('cell')} THEN 'cell' ELSE 'all' END AS dim,
      'd' AS grain, f.day AS period,
      ${pick('div')} AS division, ${pick('cat')} AS category,
      coalesce(f.channel, f.type, f.unit, f.cell, '') AS key,
      ${sums}
    FROM f
    GROUP BY GROUPING SETS (${sql.join(levels.flatMap(keyed))})
    HAVING NOT (${grouping('cell')} AND f.cell IS NULL) AND NOT (${grouping('unit')} AND f.unit = '')`;
}
