import { sql, type Kysely, type RawBuilder, type Transaction } from 'kysely';
import { addCalendarDays } from '@yiwang/platform';
import { HEAT_CELL_DEGREES, ROLLUP_HEAT_CELL_DEGREES } from '../domain/heat-grid.js';

/**
 * Each work order's contribution to the analytics measures, in SQL: the one definition shared by the
 * rollup refresh and by questions answered straight from the orders, so the two can never disagree.
 * The measures are documented on `Measures` (domain/analytics-rates.ts).
 */
type Db = Kysely<any> | Transaction<any>;

/** The number of the caller's earlier orders in the 30 days before this one (desk intake); > 0 is a repeat call. */
export const REPEAT_CALLER_COLUMN = 'repeat_calls';

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
  const repeat = repeatFlag ? sql`(${sql.ref(`w.${REPEAT_CALLER_COLUMN}`)} > 0)::int` : sql`NULL::int`;
  const closed = sql`w.state = 'closed'`;
  const answered = sql`(${closed} AND r.reply_at IS NOT NULL)`;
  const cb = sql`coalesce(cb.n, 0)`;
  const cell = (size: number) => sql`CASE WHEN w.lat IS NULL OR w.lng IS NULL THEN NULL
        ELSE floor(w.lat / ${sql.lit(size)}::float8)::bigint::text || ':' || floor(w.lng / ${sql.lit(size)}::float8)::bigint::text END`;
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
      ${cell(HEAT_CELL_DEGREES)} AS cell_f,
      ${cell(ROLLUP_HEAT_CELL_DEGREES)} AS cell_c,
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

/** Columns a grouping set may key on: areas cut to city / county / town, categories to first level or full. */
const KEYS = ['div_city', 'div_county', 'div_town', 'cat_top', 'cat_leaf', 'channel', 'type', 'unit', 'cell_c', 'cell_f'] as const;
type Key = (typeof KEYS)[number];
interface GroupingSet {
  level: 'c' | 'f';
  dim: Dim;
  keys: Key[];
}
const breakdowns = (level: 'c' | 'f', area: Key, category: Key, cell: Key): GroupingSet[] => [
  { level, dim: 'channel', keys: [area, category, 'channel'] },
  { level, dim: 'type', keys: [area, category, 'type'] },
  { level, dim: 'unit', keys: [area, category, 'unit'] },
  { level, dim: 'cell', keys: [area, category, cell] },
];

/**
 * What each rollup row is keyed by. The 'all' rows carry the full detail a level answers for (county ×
 * first-level category; town × full category); the breakdowns by channel, type, unit and heat cell are
 * kept one step coarser (city; county), which is all the questions routed to that level need, and
 * keeps the table a fraction of the size of the orders. Questions finer than that go to the orders.
 */
export const ROLLUP_SETS: GroupingSet[] = [
  { level: 'c', dim: 'all', keys: ['div_county', 'cat_top'] },
  ...breakdowns('c', 'div_city', 'cat_top', 'cell_c'),
  { level: 'f', dim: 'all', keys: ['div_town', 'cat_leaf'] },
  ...breakdowns('f', 'div_county', 'cat_leaf', 'cell_c'),
];
/** Straight from the orders (a town, a village, a unit): every row at town × full category, heat on the fine grid. */
export const ORDER_SETS: GroupingSet[] = [
  { level: 'f', dim: 'all', keys: ['div_town', 'cat_leaf'] },
  ...breakdowns('f', 'div_town', 'cat_leaf', 'cell_f'),
];

/**
 * The facts summed per grouping set and day, in one pass: exactly the day rows of hotline.analytics_cell.
 * Areas are padded back to 12-digit codes; orders without coordinates have no cell, undispatched ones no unit.
 */
export function groupedFacts(f: FactFilter, repeatFlag: boolean, sets: readonly GroupingSet[]): RawBuilder<unknown> {
  // only keys some set groups by may appear in the select list, GROUPING() and HAVING
  const used = KEYS.filter((k) => sets.some((s) => s.keys.includes(k)));
  const ref = (k: Key) => sql.ref(`f.${k}`);
  const among = (keys: readonly Key[]) => keys.filter((k) => used.includes(k));
  // GROUPING(used keys): bit i (from the left) is 1 when key i is not grouped by the row's set
  const mask = (set: GroupingSet) => used.reduce((m, k, i) => m | (set.keys.includes(k) ? 0 : 1 << (used.length - 1 - i)), 0);
  const which = (pick: (s: GroupingSet) => string) =>
    sql`CASE GROUPING(${sql.join(used.map(ref))}) ${sql.join(
      sets.map((s) => sql`WHEN ${sql.lit(mask(s))} THEN ${sql.lit(pick(s))}`),
      sql` `,
    )} END`;
  const first = (keys: Key[], fallback: string) => sql`coalesce(${sql.join([...among(keys).map(ref), sql.lit(fallback)])})`;
  const cells = among(['cell_c', 'cell_f']);
  const noCell = cells.length ? sql`AND NOT (${which((s) => (s.dim === 'cell' ? 'y' : 'n'))} = 'y' AND ${first(cells, '')} = '')` : sql``;
  const noUnit = used.includes('unit') ? sql`AND NOT (${which((s) => (s.dim === 'unit' ? 'y' : 'n'))} = 'y' AND f.unit = '')` : sql``;
  return sql`WITH f AS MATERIALIZED (
      SELECT o.*,
        CASE WHEN o.division = '' THEN '' ELSE rpad(left(o.division, 4), 12, '0') END AS div_city,
        CASE WHEN o.division = '' THEN '' ELSE rpad(left(o.division, 6), 12, '0') END AS div_county,
        CASE WHEN o.division = '' THEN '' ELSE rpad(left(o.division, 9), 12, '0') END AS div_town,
        split_part(o.category, '.', 1) AS cat_top,
        o.category AS cat_leaf
      FROM (${orderFacts(f, repeatFlag)}) o)
    SELECT ${which((s) => s.level)} AS level, ${which((s) => s.dim)} AS dim, 'd' AS grain, f.day AS period,
      ${first(['div_town', 'div_county', 'div_city'], '')} AS division, ${first(['cat_leaf', 'cat_top'], '')} AS category,
      ${first(['channel', 'type', 'unit', 'cell_c', 'cell_f'], '')} AS key,
      ${sums}
    FROM f
    GROUP BY GROUPING SETS (${sql.join(sets.map((s) => sql`(f.day, ${sql.join(s.keys.map(ref))})`))})
    HAVING true ${noCell} ${noUnit}`;
}
