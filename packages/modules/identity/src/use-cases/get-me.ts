import type { Me } from '@yiwang/contracts';
import type { Actor } from '@yiwang/platform';
import type { IdentityDeps } from '../deps.js';
import { presentMe } from '../domain/principal.js';
import { findPrincipal } from '../repo/accounts.js';
import { ident } from '../repo/tables.js';

export async function getMe(deps: IdentityDeps, actor: Actor): Promise<Me> {
  const p = await findPrincipal(ident(deps.db), actor.id);
  return presentMe(actor, { departmentName: p?.department_name ?? null, divisionName: p?.division_name ?? null });
}
