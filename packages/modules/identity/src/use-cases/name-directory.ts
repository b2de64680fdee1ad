import type { Kysely } from 'kysely';
import { departmentNamesById, divisionNamesByCode } from '../repo/names.js';
import { ident } from '../repo/tables.js';

/**
 * Read API for reports of other modules (the hotline dashboard, weekly report): display names of divisions
 * and departments, retired ones included. Unscoped: the caller has already scoped the figures it names.
 */
export function divisionNames(db: Kysely<any>, codes: readonly string[]): Promise<Map<string, string>> {
  return divisionNamesByCode(ident(db), [...new Set(codes)]);
}

export function departmentNames(db: Kysely<any>, ids: readonly string[]): Promise<Map<string, string>> {
  return departmentNamesById(ident(db), [...new Set(ids)]);
}
