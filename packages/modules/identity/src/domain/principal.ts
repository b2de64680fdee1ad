import { permissionsOf, type Me, type Role } from '@yiwang/contracts';
import type { Actor } from '@yiwang/platform';
import type { PrincipalRow } from '../repo/accounts.js';

export function toActor(p: PrincipalRow, via: Actor['via'], sessionId: string | null, csrfToken: string | null): Actor {
  return {
    id: p.id,
    kind: p.kind,
    username: p.username,
    displayName: p.display_name,
    roles: p.roles,
    permissions: new Set(permissionsOf(p.roles as Role[])),
    dataScope: p.data_scope,
    departmentId: p.department_id,
    divisionCode: p.division_code,
    via,
    sessionId,
    csrfToken,
  };
}

export function presentMe(a: Actor, names: { departmentName: string | null; divisionName: string | null }): Me {
  return {
    id: a.id,
    kind: a.kind,
    username: a.username,
    displayName: a.displayName,
    roles: a.roles as Me['roles'],
    permissions: [...a.permissions].sort() as Me['permissions'],
    dataScope: a.dataScope,
    department: a.departmentId && names.departmentName ? { id: a.departmentId, name: names.departmentName } : null,
    divisionCode: a.divisionCode,
    divisionName: names.divisionName,
    csrfToken: a.csrfToken,
  };
}
