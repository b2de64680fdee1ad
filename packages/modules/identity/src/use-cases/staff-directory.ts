import type { Kysely } from 'kysely';
import type { DataScope } from '@yiwang/contracts';
import { divisionPrefix, type ScopeFilter } from '@yiwang/platform';
import * as repo from '../repo/staff-directory.js';
import { ident } from '../repo/tables.js';

/**
 * Read API for modules that address people by role or unit (the hotline's notices) and report per
 * unit (its red/yellow cards). Unscoped lookups: the calling use-case decides who may see what.
 */
export interface StaffScope {
  id: string;
  dataScope: DataScope;
  departmentId: string | null;
  divisionCode: string | null;
}

/** Active staff accounts holding a role, optionally only those of one department. */
export async function activeStaffWithRole(db: Kysely<any>, role: string, departmentId?: string): Promise<StaffScope[]> {
  const rows = await repo.activeStaffWithRole(ident(db), role, departmentId);
  return rows.map((r) => ({ id: r.id, dataScope: r.data_scope, departmentId: r.department_id, divisionCode: r.division_code }));
}

/** 'staff' | 'citizen' | 'enterprise' for an active account; null when it is unknown or disabled. */
export function activeAccountKind(db: Kysely<any>, id: string): Promise<'staff' | 'citizen' | 'enterprise' | null> {
  return repo.activeAccountKind(ident(db), id);
}

/** The departments a data scope covers, optionally only those in a division and below. */
export async function departmentsInScope(
  db: Kysely<any>,
  scope: ScopeFilter,
  divisionCode?: string,
): Promise<Array<{ id: string; name: string; divisionCode: string }>> {
  const prefix = divisionCode === undefined ? undefined : (divisionPrefix(divisionCode) ?? divisionCode);
  const rows = await repo.departmentsInScope(ident(db), scope, prefix);
  return rows.map((r) => ({ id: r.id, name: r.name, divisionCode: r.division_code }));
}
