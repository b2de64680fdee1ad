import { AppError, mutate, type Actor, type RequestMeta } from '@yiwang/platform';
import type { IdentityDeps } from '../deps.js';
import { checkPasswordStrength, hashPassword, verifyPassword } from '../domain/password.js';
import { findAccount, setPassword } from '../repo/accounts.js';
import { revokeAllFor } from '../repo/sessions.js';
import { ident } from '../repo/tables.js';

/** Changing the password ends every other session and token of the account. */
export async function changePassword(deps: IdentityDeps, meta: RequestMeta, actor: Actor, current: string, next: string) {
  checkPasswordStrength(next);
  if (current === next) throw new AppError('PASSWORD_REUSED');
  const acc = await findAccount(ident(deps.db), actor.id);
  if (!acc || !(await verifyPassword(acc.password_hash, current))) throw new AppError('INVALID_CREDENTIALS');
  const hash = await hashPassword(next);
  await mutate(deps.db, meta, async (tx) => {
    await setPassword(ident(tx), actor.id, hash);
    await revokeAllFor(ident(tx), actor.id, actor.sessionId ?? undefined);
    return {
      result: undefined,
      audit: { action: 'identity.account.password_change', resourceType: 'account', resourceId: actor.id },
      events: [{ topic: 'identity.account.password_changed', key: actor.id, payload: { accountId: actor.id } }],
    };
  });
  deps.principals.evictAccount(actor.id);
}
