import type { Kysely } from 'kysely';
import { departmentNames, divisionNames } from '@yiwang/identity';
import { AppError, divisionPrefix, scopeFilter, type Actor } from '@yiwang/platform';
import { planPeriod, type Grain } from '../domain/analytics-period.js';
import { chooseSource, type AnalyticsSource } from '../domain/analytics-scope.js';
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
 * Rows for [from, to]: from the rollup (at the source's level unless `level` forces one, in the coarsest
 * grains `grains` allows), or computed from the orders; nothing for an empty source.
 */
export function cellsFor(
  source: AnalyticsSource,
  from: string,
  to: string,
  grains: readonly Grain[],
  dims: readonly Dim[],
  repeatFlag: boolean,
  level?: 'c' | 'f',
): CellSource {
  if (source.kind === 'orders') return orderCells(orderFilter(source, from, to), repeatFlag);
  const pieces = source.kind === 'empty' ? [] : planPeriod(from, to, grains);
  return rollupCells(level ?? (source.kind === 'rollup' ? source.level : 'f'), pieces, dims, source.divisionPrefix, source.categoryPrefix);
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
