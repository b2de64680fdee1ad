import type { DataScope } from '@yiwang/contracts';
import { divisionPrefix } from '../validation/index.js';
import type { RequestMeta } from '../tx/context.js';

/** The authenticated caller as every use-case sees it; built by the identity module. */
export interface Actor {
  id: string;
  kind: 'staff' | 'citizen' | 'enterprise';
  username: string;
  displayName: string;
  roles: string[];
  permissions: ReadonlySet<string>;
  dataScope: DataScope;
  departmentId: string | null;
  divisionCode: string | null;
  /** how the request authenticated; only cookie sessions need the CSRF header */
  via: 'session' | 'token';
  sessionId: string | null;
  csrfToken: string | null;
}

/** A data scope as a query filter; repositories turn it into WHERE clauses. */
export type ScopeFilter =
  { kind: 'all' } | { kind: 'division'; prefix: string } | { kind: 'unit'; departmentId: string } | { kind: 'none' };

export function scopeFilter(actor: Actor): ScopeFilter {
  if (actor.dataScope === 'all') return { kind: 'all' };
  if (actor.dataScope === 'division' && actor.divisionCode)
    return { kind: 'division', prefix: divisionPrefix(actor.divisionCode) ?? actor.divisionCode };
  if (actor.departmentId) return { kind: 'unit', departmentId: actor.departmentId };
  return { kind: 'none' };
}

export const can = (actor: Actor | null, permission: string): boolean => !!actor && actor.permissions.has(permission);

export function actorMeta(actor: Actor | null, requestId?: string, ip?: string): RequestMeta {
  return {
    actor: actor ? { id: actor.id, name: actor.displayName, kind: actor.kind } : { id: null, name: null, kind: 'anonymous' },
    requestId,
    ip,
  };
}
