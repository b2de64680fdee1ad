import type { Kysely } from 'kysely';
import { departmentNames, divisionNames } from '@yiwang/identity';
import { AppError, divisionPrefix, scopeFilter, type Actor } from '@yiwang/platform';
import { planPeriod, type Grain } from '../domain/analytics-period.js';
import { chooseSource, type AnalyticsSource } from '../domain/analytics-scope.js';
import { HEAT_CELL_DEGREES, ROLLUP_HEAT_CELL_DEGREES } from '../domain/heat-grid.js';
import type { Dim, FactFilter } from '../repo/analytics-facts.js';
import { categoryNames, orderCells, rollupCells, type CellSource } from '../repo/analytics-query.js';

/** Shared by the dashboard, the alerts and the weekly report: what the caller may see, and where it is read from. */

export function resolveSource(actor: Actor, divisionCode: string | undefined, categoryPrefix: string | undefined): AnalyticsSource {
  const filter = divisionCode === undefined ? null : divisionPrefix(divisionCode);
  if (divisionCode !== undefined && filter === null) throw new AppError('INVALID_DIVISION_CODE');
  return chooseSource(scopeFilter(actor), filter, categoryPrefix ?? null);
}

/** The filter on the orders themselves that matches a source (alerts link to orders through it). */
export function orderFilter(source: AnalyticsSource, from: string, to: string): FactFilter {
  return {
    from,
    to,
    divisionPrefix: source.divisionPrefix,
    categoryPrefix: source.categoryPrefix,
    unitId: source.kind === 'orders' ? source.unitId : null,
  };
}

/**
 * Rows for [from, to] of one part of an answer — the 'all' rows (totals, series, categories, areas) or the
 * breakdowns — from the rollup level the source routes that part to (`level` forces one), in the coarsest
 * grains `grains` allows; or computed from the orders; nothing for an empty source.
 */
export function cellsFor(
  source: AnalyticsSource,
  from: string,
  to: string,
  grains: readonly Grain[],
  dims: readonly Dim[],
  repeatFlag: boolean,
  part: 'totals' | 'breakdowns' = 'totals',
  level?: 'c' | 'f',
): CellSource {
  const fromOrders = source.kind === 'orders' || (source.kind === 'rollup' && part === 'breakdowns' && source.breakdowns === 'orders');
  if (fromOrders) return orderCells(orderFilter(source, from, to), repeatFlag, dims);
  const pieces = source.kind === 'empty' ? [] : planPeriod(from, to, grains);
  const routed = source.kind !== 'rollup' ? 'f' : part === 'totals' ? source.level : source.breakdowns === 'c' ? 'c' : 'f';
  return rollupCells(level ?? routed, pieces, dims, source.divisionPrefix, source.categoryPrefix);
}

/** The heat-map grid of the breakdowns: the rollups keep a coarser one than the orders give. */
export function heatGrid(source: AnalyticsSource): number {
  return source.kind === 'rollup' && source.breakdowns !== 'orders' ? ROLLUP_HEAT_CELL_DEGREES : HEAT_CELL_DEGREES;
}

/** Display names of the codes in a report; unknown ones keep their code, '' is left to the client to label. */
export async function lookupNames(db: Kysely<any>, want: { divisions?: string[]; units?: string[] }) {
  const [categories, divisions, units] = await Promise.all([
    categoryNames(db),
    divisionNames(
      db,
      (want.divisions ?? []).filter((c) => c !== ''),
    ),
    departmentNames(
      db,
      (want.units ?? []).filter((u) => u !== ''),
    ),
  ]);
  return {
    category: (code: string) => (code === '' ? '' : (categories.get(code) ?? code)),
    division: (code: string) => (code === '' ? '' : (divisions.get(code) ?? code)),
    unit: (id: string) => units.get(id) ?? id,
  };
}
