import { AppError, sm3Hex, type Actor } from '@yiwang/platform';
import type { IdentityDeps } from '../deps.js';
import { toActor } from '../domain/principal.js';
import { findSessionPrincipal, findTokenPrincipal } from '../repo/sessions.js';
import { ident } from '../repo/tables.js';

export const SESSION_COOKIE = 'yw_session';

export interface Credentials {
  cookie?: string | undefined;
  authorization?: string | undefined;
}

/**
 * Resolves the caller from a bearer token or the session cookie. Returns null for an anonymous
 * request; throws for credentials that were presented but are no good (expired, forged, revoked).
 */
export async function authenticate(deps: IdentityDeps, cred: Credentials): Promise<Actor | null> {
  if (cred.authorization) {
    const m = /^Bearer\s+([A-Za-z0-9_-]{20,200})$/.exec(cred.authorization.trim());
    if (!m) throw new AppError('INVALID_TOKEN');
    const key = `t:${sm3Hex(m[1]!)}`;
    const cached = deps.principals.get(key);
    if (cached) return cached;
    const p = await findTokenPrincipal(ident(deps.db), key.slice(2));
    if (!p || p.revoked_at || p.expires_at.getTime() < Date.now() || p.status !== 'active') throw new AppError('INVALID_TOKEN');
    const actor = toActor(p, 'token', null, null);
    deps.principals.set(key, actor);
    return actor;
  }
  if (cred.cookie) {
    if (!/^[A-Za-z0-9_-]{20,200}$/.test(cred.cookie)) throw new AppError('SESSION_EXPIRED');
    const id = sm3Hex(cred.cookie);
    const key = `s:${id}`;
    const cached = deps.principals.get(key);
    if (cached) return cached;
    const p = await findSessionPrincipal(ident(deps.db), id);
    if (!p || p.expires_at.getTime() < Date.now() || p.status !== 'active') throw new AppError('SESSION_EXPIRED');
    const actor = toActor(p, 'session', id, p.csrf_token);
    deps.principals.set(key, actor);
    return actor;
  }
  return null;
}
