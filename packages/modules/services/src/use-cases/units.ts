import type { Kysely } from 'kysely';
import { activeUnitNames, unitsOfKinds } from '@yiwang/identity';
import { scopeFilter, type Actor } from '@yiwang/platform';

/** Kinds of unit that implement service items (villages' stations and the hotline do not). */
const IMPLEMENTING_KINDS = ['bureau', 'department', 'service_center', 'street_office'] as const;

export interface Unit {
  id: string;
  name: string;
  divisionCode: string;
}

/** An active implementing unit, through identity's read API; null for unknown or retired ones. */
export async function unitOf(db: Kysely<any>, id: string): Promise<Unit | null> {
  const names = await activeUnitNames(db, [id]);
  const name = names.get(id);
  if (name === undefined) return null;
  const unit = (await unitsOfKinds(db, IMPLEMENTING_KINDS)).find((u) => u.id === id);
  return unit ? { id, name, divisionCode: unit.divisionCode } : null;
}

export const unitNames = (db: Kysely<any>, ids: readonly string[]): Promise<Map<string, string>> => activeUnitNames(db, [...new Set(ids)]);

/** The caller's data scope applied to a unit: 'unit' only its own, 'division' its area and below. */
export function unitInScope(actor: Actor, unit: Unit): boolean {
  const scope = scopeFilter(actor);
  if (scope.kind === 'all') return true;
  if (scope.kind === 'division') return unit.divisionCode.startsWith(scope.prefix);
  if (scope.kind === 'unit') return unit.id === scope.departmentId;
  return false;
}
