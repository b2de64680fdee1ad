import type { WeeklyReport, WeeklyReportQuery } from '@yiwang/contracts';
import { addCalendarDays, AppError, type Actor } from '@yiwang/platform';
import { parseIsoWeek } from '../domain/analytics-period.js';
import type { HotlineDeps } from '../deps.js';
import { hasRepeatCallerFlag } from '../repo/analytics-facts.js';
import { categoryCounts, overview, toMeasures } from '../repo/analytics-query.js';
import { cellsFor, lookupNames, resolveSource } from './analytics-source.js';
import { buildAlerts } from './get-alerts.js';
import { buildDashboard, presentTotals } from './get-dashboard.js';

const TOP_ISSUES = 10;

/**
 * 周报 (H6): one ISO week's figures with the week before for 环比, the busiest matters (leaf categories)
 * and the weak signals as of the week's last day. The web page turns it into prose and a printable page.
 */
export async function getWeeklyReport(deps: Pick<HotlineDeps, 'db'>, actor: Actor, q: WeeklyReportQuery): Promise<WeeklyReport> {
  const week = parseIsoWeek(q.week);
  if (!week) throw new AppError('INVALID_WEEK');
  const source = resolveSource(actor, q.divisionCode, undefined);
  const prevFrom = addCalendarDays(week.from, -7);
  const prevTo = addCalendarDays(week.to, -7);
  const repeatFlag = await hasRepeatCallerFlag(deps.db);
  const leaf = (from: string, to: string) => cellsFor(source, from, to, ['w', 'd'], ['all'], repeatFlag, 'totals', 'f');
  const [current, previous, now, before, alerts] = await Promise.all([
    buildDashboard(deps.db, source, week.from, week.to, 'day'),
    overview(deps.db, cellsFor(source, prevFrom, prevTo, ['w', 'd'], ['all'], repeatFlag), 6),
    categoryCounts(deps.db, leaf(week.from, week.to)),
    categoryCounts(deps.db, leaf(prevFrom, prevTo)),
    buildAlerts(deps.db, source, week.to),
  ]);
  const scopeCode = source.divisionPrefix === null ? null : source.divisionPrefix.padEnd(12, '0');
  const names = await lookupNames(deps.db, { divisions: scopeCode ? [scopeCode] : [] });
  const topIssues = [...now.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, TOP_ISSUES)
    .map(([code, count]) => ({ categoryCode: code, categoryName: names.category(code), count, previousCount: before.get(code) ?? 0 }));
  return {
    week: q.week,
    from: week.from,
    to: week.to,
    divisionPrefix: source.divisionPrefix,
    divisionName: scopeCode ? names.division(scopeCode) : null,
    current,
    previous: presentTotals(toMeasures(previous.totals, repeatFlag)),
    topIssues,
    alerts,
    generatedAt: new Date().toISOString(),
  };
}
