import type { Kysely } from 'kysely';
import type { AnalyticsCount, AnalyticsTotals, DashboardQuery, HotlineDashboard, UnitRankingRow } from '@yiwang/contracts';
import { addCalendarDays, AppError, type Actor } from '@yiwang/platform';
import { bucketOf, daysInPeriod, isValidPeriod, monthEndOf, seriesGrains, type Granularity } from '../domain/analytics-period.js';
import { totalsOf, type Measures } from '../domain/analytics-rates.js';
import { divisionBreakdownDigits, type AnalyticsSource } from '../domain/analytics-scope.js';
import { heatCellCenter } from '../domain/heat-grid.js';
import { CHANNEL_LABELS, ORDER_TYPE_LABELS, type Channel, type OrderType } from '../domain/order-types.js';
import type { HotlineDeps } from '../deps.js';
import { hasRepeatCallerFlag, type Dim } from '../repo/analytics-facts.js';
import { breakdowns, overview, series, toMeasures } from '../repo/analytics-query.js';
import { readRefreshState } from '../repo/analytics-rollup.js';
import { cellsFor, heatGrid, lookupNames, resolveSource } from './analytics-source.js';

/** The unit ranking lists the busiest units; a leader drills into a county or category for the rest. */
const MAX_UNITS = 100;
const BREAKDOWN_DIMS: Dim[] = ['channel', 'type', 'unit', 'cell'];

/** Day series up to two months, weeks up to a year, months beyond. */
export function defaultGranularity(from: string, to: string): Granularity {
  const days = daysInPeriod(from, to);
  return days <= 62 ? 'day' : days <= 366 ? 'week' : 'month';
}

/** H6 dashboard: GET /api/hotline/analytics/dashboard, within the caller's data scope. */
export async function getDashboard(deps: Pick<HotlineDeps, 'db'>, actor: Actor, q: DashboardQuery): Promise<HotlineDashboard> {
  const granularity = q.granularity ?? defaultGranularity(q.from, q.to);
  if (!isValidPeriod(q.from, q.to, granularity)) throw new AppError('INVALID_PERIOD');
  return buildDashboard(deps.db, resolveSource(actor, q.divisionCode, q.categoryPrefix), q.from, q.to, granularity);
}

export const presentTotals = (m: Measures): AnalyticsTotals => {
  const t = totalsOf(m);
  return {
    received: t.received,
    closed: t.closed,
    onTime: t.onTime,
    onTimeBase: t.onTimeBase,
    onTimeRate: t.onTimeRate,
    callbacks: t.callbacks,
    satisfied: t.satisfied,
    satisfactionRate: t.satisfactionRate,
    answered: t.answered,
    calledBack: t.calledBack,
    callbackRate: t.callbackRate,
    dispatched: t.dispatched,
    returned: t.returned,
    returnRate: t.returnRate,
    repeatCallers: t.repeatCallers,
    repeatCallerRate: t.repeatCallerRate,
    avgHandlingHours: t.avgHandlingHours,
  };
};

/** Every bucket of the period, empty ones included, so a chart's time axis has no gaps. */
function allBuckets(from: string, to: string, granularity: Granularity): string[] {
  const out: string[] = [];
  for (let b = bucketOf(from, granularity); b <= to;) {
    out.push(b);
    b = granularity === 'day' ? addCalendarDays(b, 1) : granularity === 'week' ? addCalendarDays(b, 7) : addCalendarDays(monthEndOf(b), 1);
  }
  return out;
}

const byCountDesc = (a: AnalyticsCount, b: AnalyticsCount) => b.count - a.count || a.key.localeCompare(b.key);

export async function buildDashboard(
  db: Kysely<any>,
  source: AnalyticsSource,
  from: string,
  to: string,
  granularity: Granularity,
): Promise<HotlineDashboard> {
  const repeatFlag = await hasRepeatCallerFlag(db);
  const totals = cellsFor(source, from, to, ['m', 'w', 'd'], ['all'], repeatFlag);
  const parts = cellsFor(source, from, to, ['m', 'w', 'd'], BREAKDOWN_DIMS, repeatFlag, 'breakdowns');
  const grid = heatGrid(source);
  const timeline = cellsFor(source, from, to, seriesGrains(granularity), ['all'], repeatFlag);
  const digits = divisionBreakdownDigits(source);
  const [ov, points, rows, state] = await Promise.all([
    overview(db, totals, digits),
    series(db, timeline, granularity),
    breakdowns(db, parts),
    source.kind === 'rollup' ? readRefreshState(db) : Promise.resolve(null),
  ]);
  const divisions = ov.byDivision.map((d) => ({ ...d, key: d.key === '' ? '' : d.key.padEnd(12, '0') }));
  const unitRows = rows.filter((r) => r.dim === 'unit');
  const names = await lookupNames(db, { divisions: divisions.map((d) => d.key), units: unitRows.map((r) => r.key) });

  const counted = (dim: string, label: (key: string) => string) =>
    rows
      .filter((r) => r.dim === dim)
      .map((r) => ({ key: r.key, name: label(r.key), count: Number(r.received ?? 0) }))
      .sort(byCountDesc);
  const perBucket = new Map(points.map((p) => [p.bucket, p]));
  const units: UnitRankingRow[] = unitRows
    .map((r) => ({ id: r.key, t: totalsOf(toMeasures(r, repeatFlag)) }))
    .sort((a, b) => b.t.received - a.t.received || a.id.localeCompare(b.id))
    .slice(0, MAX_UNITS)
    .map(({ id, t }) => ({
      unitId: id,
      name: names.unit(id),
      received: t.received,
      closed: t.closed,
      onTimeRate: t.onTimeRate,
      satisfactionRate: t.satisfactionRate,
      returnRate: t.returnRate,
    }));
  const heat = rows
    .filter((r) => r.dim === 'cell')
    .flatMap((r) => {
      const c = heatCellCenter(r.key, grid);
      return c ? [{ ...c, count: Number(r.received ?? 0) }] : [];
    })
    .sort((a, b) => b.count - a.count || a.lat - b.lat || a.lng - b.lng);

  return {
    from,
    to,
    granularity,
    divisionPrefix: source.divisionPrefix,
    categoryPrefix: source.categoryPrefix,
    refreshedAt: state ? state.refreshedAt.toISOString() : null,
    totals: presentTotals(toMeasures(ov.totals, repeatFlag)),
    series: allBuckets(from, to, granularity).map((bucket) => perBucket.get(bucket) ?? { bucket, received: 0, closed: 0 }),
    byChannel: counted('channel', (k) => CHANNEL_LABELS[k as Channel]?.zh ?? k),
    byType: counted('type', (k) => ORDER_TYPE_LABELS[k as OrderType]?.zh ?? k),
    byCategory: ov.byCategory.map((c) => ({ key: c.key, name: names.category(c.key), count: c.count })).sort(byCountDesc),
    byDivision: divisions.map((d) => ({ key: d.key, name: names.division(d.key), count: d.count })).sort(byCountDesc),
    divisionLevel: digits === 6 ? 'county' : 'town',
    units,
    heat: { cellDegrees: grid, points: heat },
  };
}
