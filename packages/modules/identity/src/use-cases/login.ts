import { AppError, auditRead, mutate, newSecret, sm3Hex, type RequestMeta } from '@yiwang/platform';
import type { IdentityDeps } from '../deps.js';
import { verifyPassword } from '../domain/password.js';
import { findAccount, findAccountByUsername, recordLoginFailure, recordLoginSuccess } from '../repo/accounts.js';
import { insertSession } from '../repo/sessions.js';
import { ident } from '../repo/tables.js';

export interface LoginInput {
  username: string;
  password: string;
  ip: string | null;
  userAgent: string | null;
}

/** Checks the password and lockout; returns the account id. Failures are counted and audited. */
export async function checkCredentials(deps: IdentityDeps, meta: RequestMeta, username: string, password: string): Promise<string> {
  const q = ident(deps.db);
  const acc = await findAccountByUsername(q, username);
  if (acc?.locked_until && acc.locked_until.getTime() > Date.now()) {
    await auditRead(deps.db, meta, { action: 'identity.login.locked', resourceType: 'account', resourceId: acc.id });
    throw new AppError('ACCOUNT_LOCKED', { until: acc.locked_until.toISOString() });
  }
  const ok = await verifyPassword(acc?.password_hash, password);
  if (!acc || !ok) {
    if (acc) await recordLoginFailure(q, acc.id, deps.config.maxFailedLogins, deps.config.lockMinutes);
    await auditRead(deps.db, meta, {
      action: 'identity.login.failed',
      resourceType: 'account',
      resourceId: acc?.id ?? null,
      details: { username: username.slice(0, 64) },
    });
    throw new AppError('INVALID_CREDENTIALS');
  }
  if (acc.status !== 'active') throw new AppError('ACCOUNT_DISABLED');
  if (acc.failed_logins > 0) await recordLoginSuccess(q, acc.id);
  return acc.id;
}

/** Opens a cookie session; returns the cookie value (shown once, stored only as its SM3 hash). */
export async function openSession(deps: IdentityDeps, meta: RequestMeta, accountId: string, input: Pick<LoginInput, 'ip' | 'userAgent'>) {
  const token = newSecret();
  const expires = new Date(Date.now() + deps.config.sessionTtlHours * 3600_000);
  const acc = await findAccount(ident(deps.db), accountId);
  const asAccount: RequestMeta = { ...meta, actor: { id: accountId, name: acc?.display_name ?? null, kind: acc?.kind ?? meta.actor.kind } };
  // the session row and its audit record commit together
  await mutate(deps.db, asAccount, async (tx) => {
    await insertSession(ident(tx), {
      id: sm3Hex(token),
      account_id: accountId,
      csrf_token: newSecret(24),
      expires_at: expires,
      ip: input.ip,
      user_agent: input.userAgent?.slice(0, 300) ?? null,
    });
    return { result: undefined, audit: { action: 'identity.login.succeeded', resourceType: 'account', resourceId: accountId } };
  });
  return { token, expires };
}

export async function login(deps: IdentityDeps, meta: RequestMeta, input: LoginInput) {
  const id = await checkCredentials(deps, meta, input.username, input.password);
  return { accountId: id, ...(await openSession(deps, meta, id, input)) };
}
