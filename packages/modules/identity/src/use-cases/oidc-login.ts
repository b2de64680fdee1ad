import * as oidc from 'openid-client';
import { AppError, auditRead, isAppError, mutate, type RequestMeta } from '@yiwang/platform';
import type { IdentityDeps, OidcConfig } from '../deps.js';
import { findAccount, findAccountByUsername } from '../repo/accounts.js';
import { ident, type Q } from '../repo/tables.js';
import { accountLinkedAtIssuer, insertOidcLink, linkedAccountId, saveOidcState, takeOidcState } from '../repo/oidc.js';
import { openSession } from './login.js';

const STATE_TTL_MINUTES = 10;
const DISCOVERY_TIMEOUT_SECONDS = 10;
const SCOPE = 'openid profile';

// One discovery per provider and process, made on first use; a failed one is forgotten so the next login retries.
const discovered = new Map<string, Promise<oidc.Configuration>>();

function providerConfiguration(c: OidcConfig): Promise<oidc.Configuration> {
  const key = JSON.stringify([c.issuer, c.clientId, c.allowInsecure]);
  let pending = discovered.get(key);
  if (!pending) {
    pending = oidc.discovery(new URL(c.issuer), c.clientId, c.clientSecret || undefined, c.clientSecret ? undefined : oidc.None(), {
      timeout: DISCOVERY_TIMEOUT_SECONDS,
      // openid-client marks this deprecated only to flag it; config refuses http issuers unless told to
      ...(c.allowInsecure ? { execute: [oidc.allowInsecureRequests] } : {}),
    });
    const mine = pending;
    discovered.set(key, mine);
    mine.catch(() => {
      if (discovered.get(key) === mine) discovered.delete(key);
    });
  }
  return pending;
}

function oidcConfig(deps: IdentityDeps): OidcConfig {
  if (!deps.config.oidc) throw new AppError('OIDC_NOT_CONFIGURED');
  return deps.config.oidc;
}

/** Provider and protocol failures (network, bad signature, wrong nonce, error= callbacks) are the caller's 401, never a 500. */
async function atProvider<T>(step: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if (isAppError(err)) throw err;
    const e = err as { code?: unknown; error?: unknown; name?: unknown };
    const error = typeof e.error === 'string' ? e.error : typeof e.code === 'string' ? e.code : String(e.name ?? 'Error');
    throw new AppError('OIDC_FAILED', { reason: step, error: error.slice(0, 100) });
  }
}

/** Starts the authorization-code flow with PKCE; the caller's browser is sent to the returned URL. */
export async function startOidcLogin(deps: IdentityDeps): Promise<URL> {
  const c = oidcConfig(deps);
  const config = await atProvider('discovery', () => providerConfiguration(c));
  const state = oidc.randomState();
  const nonce = oidc.randomNonce();
  const verifier = oidc.randomPKCECodeVerifier();
  await saveOidcState(ident(deps.db), { state, nonce, code_verifier: verifier }, STATE_TTL_MINUTES);
  return oidc.buildAuthorizationUrl(config, {
    redirect_uri: c.redirectUri,
    scope: SCOPE,
    state,
    nonce,
    code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
  });
}

/** Each state is good for one callback within its lifetime; a replayed or forged one finds no row. */
async function takeState(q: Q, state: string | null) {
  if (!state || state.length > 200) return undefined;
  return takeOidcState(q, state, STATE_TTL_MINUTES);
}

type Account = NonNullable<Awaited<ReturnType<typeof findAccount>>>;
type Resolved = { account: Account; newLink: boolean };

/**
 * The account an external identity signs in as: its link, or else an active account whose username
 * equals the configured claim. An account already linked to another subject of this issuer is not
 * linked again, so a provider user who picks someone's username cannot take their account.
 */
async function resolveAccount(
  q: Q,
  c: OidcConfig,
  issuer: string,
  subject: string,
  claims: Record<string, unknown>,
): Promise<Resolved | string> {
  const linked = await linkedAccountId(q, issuer, subject);
  if (linked) {
    const account = await findAccount(q, linked);
    return account && account.status === 'active' ? { account, newLink: false } : 'account disabled';
  }
  const username = claims[c.usernameClaim || 'preferred_username'];
  if (typeof username !== 'string' || !username) return 'no linked account';
  const account = await findAccountByUsername(q, username);
  if (!account || account.status !== 'active') return 'no linked account';
  return (await accountLinkedAtIssuer(q, issuer, account.id)) ? 'no linked account' : { account, newLink: true };
}

/** Completes the flow from the provider's redirect: checks state, nonce and PKCE, then opens a session. */
export async function finishOidcLogin(
  deps: IdentityDeps,
  meta: RequestMeta,
  callbackUrl: URL,
  ip: string | null,
  userAgent: string | null,
) {
  const c = oidcConfig(deps);
  const q = ident(deps.db);
  const pending = await takeState(q, callbackUrl.searchParams.get('state'));
  if (!pending) throw new AppError('OIDC_FAILED', { reason: 'unknown or expired state' });

  const config = await atProvider('discovery', () => providerConfiguration(c));
  // the token request must repeat the registered redirect_uri exactly, whatever host the callback reached
  const current = new URL(c.redirectUri);
  current.search = callbackUrl.search;
  const claims = await atProvider('token', async () => {
    const tokens = await oidc.authorizationCodeGrant(config, current, {
      pkceCodeVerifier: pending.code_verifier,
      expectedNonce: pending.nonce,
      expectedState: callbackUrl.searchParams.get('state')!,
      idTokenExpected: true,
    });
    return tokens.claims()!;
  });

  const resolved = await resolveAccount(q, c, claims.iss, claims.sub, claims);
  if (typeof resolved === 'string') {
    await auditRead(deps.db, meta, {
      action: 'identity.login.oidc_failed',
      resourceType: 'account',
      details: { issuer: claims.iss, subject: claims.sub.slice(0, 200), reason: resolved },
    });
    throw new AppError('OIDC_FAILED', { reason: resolved });
  }

  const { account, newLink } = resolved;
  const asAccount: RequestMeta = { ...meta, actor: { id: account.id, name: account.display_name, kind: account.kind } };
  const audit = {
    action: 'identity.login.oidc',
    resourceType: 'account',
    resourceId: account.id,
    details: { issuer: claims.iss, subject: claims.sub, linked: newLink },
  };
  if (newLink) {
    await mutate(deps.db, asAccount, async (tx) => {
      await insertOidcLink(ident(tx), { issuer: claims.iss, subject: claims.sub, account_id: account.id });
      return { result: null, audit };
    });
  } else {
    await auditRead(deps.db, asAccount, audit);
  }
  return { accountId: account.id, ...(await openSession(deps, meta, account.id, { ip, userAgent })) };
}
