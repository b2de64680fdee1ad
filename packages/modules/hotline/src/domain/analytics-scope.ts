/**
 * Where an analytics question is answered from (H6). The caller's data scope and the filters narrow the
 * orders; each part of the answer then comes from the coarsest rows that still tell the orders apart
 * (see ROLLUP_SETS in repo/analytics-facts.ts):
 *   - totals, series, categories and areas ('all' rows): the coarse rollup (county × first-level
 *     category) city-wide, the fine rollup (town × full category) for a county, a town or a leaf category;
 *   - breakdowns by channel, type, unit and heat cell: the coarse rollup (city × first-level category)
 *     city-wide, the fine rollup (county × full category) down to a county, the orders below that;
 *   - a village, or a unit's own orders: the orders for everything — few rows, finer than any rollup.
 * Filters outside the caller's scope leave nothing (an empty answer, never someone else's figures).
 */
export type AnalyticsScope =
  { kind: 'all' } | { kind: 'division'; prefix: string } | { kind: 'unit'; departmentId: string } | { kind: 'none' };

export type AnalyticsSource =
  | { kind: 'rollup'; level: 'c' | 'f'; breakdowns: 'c' | 'f' | 'orders'; divisionPrefix: string | null; categoryPrefix: string | null }
  | { kind: 'orders'; unitId: string | null; divisionPrefix: string | null; categoryPrefix: string | null }
  | { kind: 'empty'; divisionPrefix: string | null; categoryPrefix: string | null };

/** The stricter of two "this division and below" prefixes; undefined when they do not overlap. */
export function narrowPrefix(a: string | null, b: string | null): string | null | undefined {
  if (a === null) return b;
  if (b === null) return a;
  if (a.startsWith(b)) return a;
  if (b.startsWith(a)) return b;
  return undefined;
}

export function chooseSource(scope: AnalyticsScope, divisionFilter: string | null, categoryPrefix: string | null): AnalyticsSource {
  if (scope.kind === 'none') return { kind: 'empty', divisionPrefix: divisionFilter, categoryPrefix };
  if (scope.kind === 'unit') return { kind: 'orders', unitId: scope.departmentId, divisionPrefix: divisionFilter, categoryPrefix };
  const prefix = narrowPrefix(scope.kind === 'division' ? scope.prefix : null, divisionFilter);
  if (prefix === undefined) return { kind: 'empty', divisionPrefix: divisionFilter, categoryPrefix };
  const depth = (prefix ?? '').length;
  const deepCategory = categoryPrefix !== null && categoryPrefix.includes('.');
  if (depth <= 4 && !deepCategory) return { kind: 'rollup', level: 'c', breakdowns: 'c', divisionPrefix: prefix, categoryPrefix };
  if (depth <= 9) return { kind: 'rollup', level: 'f', breakdowns: depth <= 6 ? 'f' : 'orders', divisionPrefix: prefix, categoryPrefix };
  return { kind: 'orders', unitId: null, divisionPrefix: prefix, categoryPrefix };
}

/** Digits of the division code the breakdown groups by: counties city-wide, towns inside a county. */
export function divisionBreakdownDigits(source: AnalyticsSource): 6 | 9 {
  return (source.divisionPrefix ?? '').length >= 6 || source.kind === 'orders' ? 9 : 6;
}
