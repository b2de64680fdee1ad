import { mutate, type Actor, type RequestMeta } from '@yiwang/platform';
import type { IdentityDeps } from '../deps.js';
import { deleteSession } from '../repo/sessions.js';
import { ident } from '../repo/tables.js';

export async function logout(deps: IdentityDeps, meta: RequestMeta, actor: Actor): Promise<void> {
  if (!actor.sessionId) return;
  const sid = actor.sessionId;
  deps.principals.delete(`s:${sid}`);
  await mutate(deps.db, meta, async (tx) => {
    await deleteSession(ident(tx), sid);
    return { result: undefined, audit: { action: 'identity.session.logout', resourceType: 'account', resourceId: actor.id } };
  });
}
