import type { Kysely } from 'kysely';
import * as repo from '../repo/departments.js';
import { divisionPrefix } from '@yiwang/platform';
import { findDivision, listDivisionTree } from '../repo/divisions.js';
import { ident } from '../repo/tables.js';

/**
 * Read API for modules that assign work to departments (the hotline's 属地 fallback, dispatch checks).
 * Unscoped on purpose: routing must see every unit, the caller's own use-case applies its scope.
 */
export async function unitsOfKinds(db: Kysely<any>, kinds: readonly string[]) {
  const rows = await repo.listDepartmentsOfKinds(ident(db), kinds);
  return rows.map((r) => ({ id: r.id, kind: r.kind, divisionCode: r.division_code }));
}

/** Names of the given departments that exist and are active; a missing id is an unknown or retired unit. */
export function activeUnitNames(db: Kysely<any>, ids: readonly string[]): Promise<Map<string, string>> {
  return repo.activeDepartmentNames(ident(db), ids);
}

export async function divisionExists(db: Kysely<any>, code: string): Promise<boolean> {
  return !!(await findDivision(ident(db), code));
}

/** Department ids by their stable codes (seed builders of other modules name units by code). */
export async function departmentIdsByCode(db: Kysely<any>, codes: readonly string[]): Promise<Map<string, string>> {
  const rows = await repo.departmentIdsByCodes(ident(db), codes);
  return new Map(rows.map((r) => [r.code, r.id]));
}

/** A division and all divisions under it (seed builders place synthetic orders in real towns and villages). */
export async function divisionTree(db: Kysely<any>, code: string) {
  const prefix = divisionPrefix(code);
  if (prefix === null) return [];
  const rows = await listDivisionTree(ident(db), prefix);
  return rows.map((r) => ({ code: r.code, name: r.name, level: r.level, parentCode: r.parent_code }));
}
