import { AppError } from '@yiwang/platform';
import type { Actor } from '@yiwang/platform';
import { STAFF_ROLES, type DataScope } from '@yiwang/contracts';

const SCOPE_RANK: Record<DataScope, number> = { unit: 0, division: 1, all: 2 };
const ADMIN_ROLES = new Set(['system_admin', 'bureau_admin']);

/**
 * Nobody hands out more than they hold: a scope wider than their own, or an admin role when
 * they are not the system administrator. Citizen/enterprise roles never go to staff accounts.
 */
export function assertCanGrant(actor: Actor, roles: readonly string[] | undefined, scope: DataScope | undefined): void {
  if (scope && SCOPE_RANK[scope] > SCOPE_RANK[actor.dataScope]) throw new AppError('FORBIDDEN', { reason: 'scope' });
  for (const r of roles ?? []) {
    if (!(STAFF_ROLES as readonly string[]).includes(r)) throw new AppError('VALIDATION_FAILED', { field: 'roles', role: r });
    if (ADMIN_ROLES.has(r) && !actor.roles.includes('system_admin')) throw new AppError('FORBIDDEN', { reason: 'role', role: r });
  }
}
