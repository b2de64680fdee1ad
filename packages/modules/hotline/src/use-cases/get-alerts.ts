import { sql, type Kysely } from 'kysely';
import type { AlertsQuery, ClusterAlert, SurgeAlert, WeakSignalReport } from '@yiwang/contracts';
import { addCalendarDays, AppError, isIsoDate, todayInShanghai, type Actor } from '@yiwang/platform';
import type { AnalyticsSource } from '../domain/analytics-scope.js';
import { DEFAULT_CLUSTER_OPTIONS, singleLinkClusters, type ClusterOptions } from '../domain/complaint-clusters.js';
import { DEFAULT_SURGE_OPTIONS, detectSurges, type SurgeOptions } from '../domain/weak-signals.js';
import type { HotlineDeps } from '../deps.js';
import { hasRepeatCallerFlag } from '../repo/analytics-facts.js';
import { clusterCandidates, ordersOfCell, type AlertOrderRow } from '../repo/analytics-orders.js';
import { windowCounts } from '../repo/analytics-query.js';
import { cellsFor, lookupNames, orderFilter, resolveSource } from './analytics-source.js';

/**
 * Weak-signal alerts, computed on demand rather than stored by a daily job: the counts come from the fine
 * rollup (nine weeks of town × category rows, a single indexed read), so a fresh answer costs little, always
 * reflects the caller's scope and filters, and there is no second copy of the orders to keep in sync.
 */
const MAX_ALERTS = 20;
const MAX_ORDERS = 50;

const present = (o: AlertOrderRow) => ({ id: o.id, orderNo: o.order_no, title: o.title, createdAt: new Date(o.created_at).toISOString() });

export async function getAlerts(deps: Pick<HotlineDeps, 'db'>, actor: Actor, q: AlertsQuery): Promise<WeakSignalReport> {
  const to = q.to ?? todayInShanghai();
  if (!isIsoDate(to)) throw new AppError('INVALID_PERIOD');
  return buildAlerts(deps.db, resolveSource(actor, q.divisionCode, q.categoryPrefix), to);
}

/** Surges and near-duplicate clusters in the window that ends on `to`. */
export async function buildAlerts(
  db: Kysely<any>,
  source: AnalyticsSource,
  to: string,
  surgeOpts: SurgeOptions = DEFAULT_SURGE_OPTIONS,
  clusterOpts: ClusterOptions = DEFAULT_CLUSTER_OPTIONS,
): Promise<WeakSignalReport> {
  const windowFrom = addCalendarDays(to, 1 - surgeOpts.windowDays);
  const baselineFrom = addCalendarDays(windowFrom, -surgeOpts.baselineDays);
  const baselineTo = addCalendarDays(windowFrom, -1);
  const repeatFlag = await hasRepeatCallerFlag(db);
  // window and baseline planned apart, so no week row straddles the two
  const base = cellsFor(source, baselineFrom, baselineTo, ['w', 'd'], ['all'], repeatFlag, 'totals', 'f');
  const win = cellsFor(source, windowFrom, to, ['w', 'd'], ['all'], repeatFlag, 'totals', 'f');
  const src = source.kind === 'orders' ? cellsFor(source, baselineFrom, to, ['d'], ['all'], repeatFlag) : sql`${base} UNION ALL ${win}`;
  const counts = source.kind === 'empty' ? [] : await windowCounts(db, src, windowFrom);
  const { tested, surges } = detectSurges(
    counts.map((c) => ({ key: { category: c.category, division: c.division }, window: c.window, baseline: c.baseline })),
    surgeOpts,
  );
  const inWindow = orderFilter(source, windowFrom, to);
  const candidates = source.kind === 'empty' ? [] : await clusterCandidates(db, inWindow);
  const blocks = new Map<string, typeof candidates>();
  for (const c of candidates) {
    const key = `${c.town}|${c.category}`;
    const block = blocks.get(key);
    if (block) block.push(c);
    else blocks.set(key, [c]);
  }
  const byId = new Map(candidates.map((c) => [c.id, c]));
  const clusters = [...blocks.values()]
    .flatMap((items) => singleLinkClusters(items, clusterOpts))
    .sort((a, b) => b.ids.length - a.ids.length || b.minSimilarity - a.minSimilarity)
    .slice(0, MAX_ALERTS);

  const top = surges.slice(0, MAX_ALERTS);
  const towns = [...top.map((s) => s.key.division), ...clusters.map((c) => padTown(byId.get(c.ids[0]!)!.town))];
  const names = await lookupNames(db, { divisions: towns });
  const surgeAlerts: SurgeAlert[] = [];
  for (const s of top) {
    const town = s.key.division.slice(0, 9);
    const orders = await ordersOfCell(db, inWindow, { town, category: s.key.category }, MAX_ORDERS);
    surgeAlerts.push({
      categoryCode: s.key.category,
      categoryName: names.category(s.key.category),
      divisionCode: s.key.division,
      divisionName: names.division(s.key.division),
      orders: orders.rows.map(present),
      orderCount: orders.total,
      count: s.window,
      baselineCount: s.baseline,
      expected: s.expected,
      ratio: s.ratio,
      pValue: s.pValue,
      qValue: s.qValue,
    });
  }
  const clusterAlerts: ClusterAlert[] = clusters.map((c) => {
    const members = c.ids.map((id) => byId.get(id)!);
    const first = members[0]!;
    return {
      categoryCode: first.category,
      categoryName: names.category(first.category),
      divisionCode: padTown(first.town),
      divisionName: names.division(padTown(first.town)),
      orders: members.slice(0, MAX_ORDERS).map(present),
      orderCount: members.length,
      minSimilarity: c.minSimilarity,
      sampleText: first.text,
    };
  });
  return {
    window: { from: windowFrom, to },
    baseline: { from: baselineFrom, to: baselineTo },
    method: {
      test: 'conditional binomial (two Poisson rates), one-sided; Benjamini–Hochberg across cells',
      alpha: surgeOpts.alpha,
      minCount: surgeOpts.minCount,
      minRatio: surgeOpts.minRatio,
      cellsTested: tested,
      similarityThreshold: clusterOpts.threshold,
      minClusterSize: clusterOpts.minSize,
    },
    surges: surgeAlerts,
    clusters: clusterAlerts,
  };
}

const padTown = (town: string) => (town === '' ? '' : town.padEnd(12, '0'));
