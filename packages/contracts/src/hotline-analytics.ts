import { Type, type Static } from 'typebox';
import { DivisionCode, IsoDate, literalUnion } from './common.js';

/**
 * API shapes of the hotline's analytics (issue 4, H6): the leader dashboard, weak-signal alerts and the
 * weekly report. Every figure describes the orders *registered* in the period (a cohort), in Asia/Shanghai
 * days, so a figure for a past week only changes when one of that week's orders changes.
 */
const closed = { additionalProperties: false } as const;
const CategoryPrefix = Type.String({ pattern: '^[a-z0-9_]+(\\.[a-z0-9_]+)*$', maxLength: 80 });
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);
/** a share between 0 and 1; null when its denominator is 0 */
const Rate = Nullable(Type.Number());

export const ANALYTICS_GRANULARITIES = ['day', 'week', 'month'] as const;
export type AnalyticsGranularity = (typeof ANALYTICS_GRANULARITIES)[number];

export const DashboardQuery = Type.Object(
  {
    from: IsoDate,
    to: IsoDate,
    divisionCode: Type.Optional(DivisionCode),
    categoryPrefix: Type.Optional(CategoryPrefix),
    granularity: Type.Optional(literalUnion(ANALYTICS_GRANULARITIES)),
  },
  closed,
);
export type DashboardQuery = Static<typeof DashboardQuery>;

/**
 * Counts and the rates built from them. Numerators and denominators are sent too, so a reader can check a rate
 * and the web app can add periods up without averaging averages.
 */
export const AnalyticsTotals = Type.Object({
  received: Type.Integer(),
  closed: Type.Integer(),
  /** closed orders with a deadline whose final answer came by the due time */
  onTime: Type.Integer(),
  /** closed orders with a deadline + open orders already past it */
  onTimeBase: Type.Integer(),
  /** 按时办结率 = onTime ÷ onTimeBase */
  onTimeRate: Rate,
  /** 回访 lines on the orders' timelines (an order called back twice counts twice) */
  callbacks: Type.Integer(),
  /** callbacks answered 满意 or 基本满意 */
  satisfied: Type.Integer(),
  /** 满意率 = satisfied ÷ callbacks */
  satisfactionRate: Rate,
  /** closed orders that had an answer (a unit's reply or a direct answer): the ones owed a 回访 */
  answered: Type.Integer(),
  calledBack: Type.Integer(),
  /** 回访率 = calledBack ÷ answered */
  callbackRate: Rate,
  /** orders that went to a handling unit */
  dispatched: Type.Integer(),
  /** orders returned (退单) at least once */
  returned: Type.Integer(),
  /** 退单率 = returned ÷ dispatched */
  returnRate: Rate,
  /** orders flagged as a repeat caller; null while intake does not flag them yet */
  repeatCallers: Nullable(Type.Integer()),
  /** 重复来电率 = repeatCallers ÷ received */
  repeatCallerRate: Rate,
  /** average hours from registration to the final answer, over closed answered orders (calendar hours) */
  avgHandlingHours: Nullable(Type.Number()),
});
export type AnalyticsTotals = Static<typeof AnalyticsTotals>;

export const AnalyticsCount = Type.Object({ key: Type.String(), name: Type.String(), count: Type.Integer() });
export type AnalyticsCount = Static<typeof AnalyticsCount>;

export const AnalyticsSeriesPoint = Type.Object({
  /** first day of the bucket (a day, an ISO week's Monday, a month's 1st) */
  bucket: IsoDate,
  received: Type.Integer(),
  closed: Type.Integer(),
});

export const UnitRankingRow = Type.Object({
  unitId: Type.String(),
  name: Type.String(),
  received: Type.Integer(),
  closed: Type.Integer(),
  onTimeRate: Rate,
  satisfactionRate: Rate,
  returnRate: Rate,
});
export type UnitRankingRow = Static<typeof UnitRankingRow>;

export const HeatPoint = Type.Object({ lat: Type.Number(), lng: Type.Number(), count: Type.Integer() });

export const HotlineDashboard = Type.Object({
  from: IsoDate,
  to: IsoDate,
  granularity: literalUnion(ANALYTICS_GRANULARITIES),
  /** the division prefix the figures cover after the caller's scope and the filter; null = the whole city */
  divisionPrefix: Nullable(Type.String()),
  categoryPrefix: Nullable(Type.String()),
  /** when the rollups were last brought up to date; null when answered straight from the orders */
  refreshedAt: Nullable(Type.String()),
  totals: AnalyticsTotals,
  series: Type.Array(AnalyticsSeriesPoint),
  byChannel: Type.Array(AnalyticsCount),
  byType: Type.Array(AnalyticsCount),
  /** first-level categories ('' = not yet classified) */
  byCategory: Type.Array(AnalyticsCount),
  /** county-level divisions, or towns below a county ('' = no location) */
  byDivision: Type.Array(AnalyticsCount),
  divisionLevel: literalUnion(['county', 'town'] as const),
  /** units by volume; rates per unit */
  units: Type.Array(UnitRankingRow),
  /** orders with coordinates counted on a grid of cellDegrees × cellDegrees, at the cell centres */
  heat: Type.Object({ cellDegrees: Type.Number(), points: Type.Array(HeatPoint) }),
});
export type HotlineDashboard = Static<typeof HotlineDashboard>;

export const AlertsQuery = Type.Object(
  {
    /** last day of the 7-day window; default today */
    to: Type.Optional(IsoDate),
    divisionCode: Type.Optional(DivisionCode),
    categoryPrefix: Type.Optional(CategoryPrefix),
  },
  closed,
);
export type AlertsQuery = Static<typeof AlertsQuery>;

export const AlertOrder = Type.Object({
  id: Type.String(),
  orderNo: Type.String(),
  title: Nullable(Type.String()),
  createdAt: Type.String(),
});

const AlertPlace = {
  /** first-level or leaf category code; '' = not classified */
  categoryCode: Type.String(),
  categoryName: Type.String(),
  /** the town (or county for orders placed only at county level); '' = no location */
  divisionCode: Type.String(),
  divisionName: Type.String(),
  /** the orders behind the alert, newest first (at most 50) */
  orders: Type.Array(AlertOrder),
  orderCount: Type.Integer(),
};

/** A category × area count significantly above its own baseline (see docs/analytics.md for the test). */
export const SurgeAlert = Type.Object({
  ...AlertPlace,
  count: Type.Integer(),
  baselineCount: Type.Integer(),
  /** the count the baseline rate predicts for the window */
  expected: Type.Number(),
  /** (count + ½) ÷ (expected + ½): the rise, damped for small numbers */
  ratio: Type.Number(),
  pValue: Type.Number(),
  /** Benjamini–Hochberg adjusted p-value across every cell tested */
  qValue: Type.Number(),
});
export type SurgeAlert = Static<typeof SurgeAlert>;

/** Near-duplicate orders of one area, category and window (single-link at the similarity threshold). */
export const ClusterAlert = Type.Object({
  ...AlertPlace,
  /** the lowest similarity along the links that hold the cluster together */
  minSimilarity: Type.Number(),
  sampleText: Type.String(),
});
export type ClusterAlert = Static<typeof ClusterAlert>;

export const WeakSignalReport = Type.Object({
  window: Type.Object({ from: IsoDate, to: IsoDate }),
  baseline: Type.Object({ from: IsoDate, to: IsoDate }),
  method: Type.Object({
    test: Type.String(),
    alpha: Type.Number(),
    minCount: Type.Integer(),
    minRatio: Type.Number(),
    cellsTested: Type.Integer(),
    similarityThreshold: Type.Number(),
    minClusterSize: Type.Integer(),
  }),
  surges: Type.Array(SurgeAlert),
  clusters: Type.Array(ClusterAlert),
});
export type WeakSignalReport = Static<typeof WeakSignalReport>;

export const WeeklyReportQuery = Type.Object(
  {
    /** ISO 8601 week, e.g. 2026-W21 */
    week: Type.String({ pattern: '^[0-9]{4}-W[0-9]{2}$' }),
    divisionCode: Type.Optional(DivisionCode),
  },
  closed,
);
export type WeeklyReportQuery = Static<typeof WeeklyReportQuery>;

export const TopIssue = Type.Object({
  categoryCode: Type.String(),
  categoryName: Type.String(),
  count: Type.Integer(),
  previousCount: Type.Integer(),
});
export type TopIssue = Static<typeof TopIssue>;

export const WeeklyReport = Type.Object({
  week: Type.String(),
  from: IsoDate,
  to: IsoDate,
  divisionPrefix: Nullable(Type.String()),
  /** the name of the division the report covers; null = the whole city */
  divisionName: Nullable(Type.String()),
  current: HotlineDashboard,
  /** the week before, for the 环比 comparison */
  previous: AnalyticsTotals,
  /** leaf categories with the most orders this week */
  topIssues: Type.Array(TopIssue),
  alerts: WeakSignalReport,
  generatedAt: Type.String(),
});
export type WeeklyReport = Static<typeof WeeklyReport>;
