import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OAuth2Server, type MutableToken } from 'oauth2-mock-server';
import { createFieldCipher, migrate, newId, PLATFORM_MIGRATIONS, sm3Hex, type RequestMeta } from '@yiwang/platform';
import { createTestDatabase, testEngines, type TestDatabase } from '@yiwang/platform/testing';
import { DEFAULT_IDENTITY_CONFIG, IDENTITY_MIGRATIONS, PrincipalCache, type IdentityDeps, type OidcConfig } from '../index.js';
import { insertAccount } from '../repo/accounts.js';
import { ident } from '../repo/tables.js';
import { finishOidcLogin, startOidcLogin } from './oidc-login.js';

const CLIENT_ID = 'yiwang-web';
const REDIRECT_URI = 'http://localhost:5173/api/identity/oidc/callback';
const meta: RequestMeta = { actor: { id: null, name: null, kind: 'anonymous' }, requestId: 'oidc-test', ip: '127.0.0.1' };

const provider = new OAuth2Server();
let issuer = '';

beforeAll(async () => {
  await provider.issuer.keys.generate('RS256');
  await provider.start(0, '127.0.0.1');
  issuer = provider.issuer.url!;
});
afterAll(() => provider.stop());

/**
 * Claims for the next ID token. The token endpoint signs the access token first and the ID token
 * second (both fire beforeTokenSigning), so a plain `once` would decorate the wrong one.
 */
function nextIdToken(claims: Record<string, unknown>) {
  const hook = (token: MutableToken) => {
    if (token.payload.aud !== CLIENT_ID) return;
    Object.assign(token.payload, claims);
    provider.service.off('beforeTokenSigning', hook);
  };
  provider.service.on('beforeTokenSigning', hook);
}

/** What the browser does between the two calls: the mock provider signs in at once and redirects back. */
async function authorize(url: URL): Promise<URL> {
  const res = await fetch(url, { redirect: 'manual' });
  expect(res.status).toBe(302);
  return new URL(res.headers.get('location')!);
}

async function signIn(deps: IdentityDeps, claims: Record<string, unknown>) {
  const callback = await authorize(await startOidcLogin(deps));
  nextIdToken(claims);
  return { callback, session: () => finishOidcLogin(deps, meta, callback, '127.0.0.1', 'vitest') };
}

describe.each(testEngines())('OIDC sign-in (%s)', (engine) => {
  let database: TestDatabase;
  let deps: IdentityDeps;
  const clerkId = newId();
  const disabledId = newId();

  const oidcConfig = (): OidcConfig => ({
    issuer,
    clientId: CLIENT_ID,
    clientSecret: 'test-secret',
    redirectUri: REDIRECT_URI,
    usernameClaim: 'preferred_username',
    label: '统一身份认证',
    allowInsecure: true,
  });

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    await migrate(database, [
      { module: 'platform', dir: PLATFORM_MIGRATIONS },
      { module: 'identity', dir: IDENTITY_MIGRATIONS },
    ]);
    deps = {
      db: database.db,
      cipher: createFieldCipher(randomBytes(16).toString('hex')),
      config: { ...DEFAULT_IDENTITY_CONFIG, oidc: oidcConfig() },
      principals: new PrincipalCache(),
    };
    const q = ident(database.db);
    const staff = {
      kind: 'staff' as const,
      password_hash: null,
      roles: ['window_clerk'],
      data_scope: 'unit' as const,
      department_id: null,
    };
    await insertAccount(q, { ...staff, id: clerkId, username: 'wang.clerk', display_name: '王窗口' });
    await insertAccount(q, { ...staff, id: disabledId, username: 'gone.clerk', display_name: '离职' });
    await q.updateTable('identity.account').set({ status: 'disabled' }).where('id', '=', disabledId).execute();
  });
  afterAll(() => database?.drop());

  const auditRows = (action: string) =>
    database.db.selectFrom('platform.audit_log').select(['actor_id', 'resource_id', 'details']).where('action', '=', action).execute();

  it('sends the browser to the provider with PKCE, state and nonce', async () => {
    const url = await startOidcLogin(deps);
    expect(url.origin).toBe(new URL(issuer).origin);
    expect(url.searchParams.get('scope')).toBe('openid profile');
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
    expect(url.searchParams.get('redirect_uri')).toBe(REDIRECT_URI);
    const stored = await ident(database.db)
      .selectFrom('identity.oidc_state')
      .selectAll()
      .where('state', '=', url.searchParams.get('state')!)
      .executeTakeFirst();
    expect(stored?.nonce).toBe(url.searchParams.get('nonce'));
  });

  it('links by username on first sign-in, opens a session and audits it', async () => {
    const { session } = await signIn(deps, { sub: 'sso-1001', preferred_username: 'Wang.Clerk' });
    const s = await session();
    expect(s.accountId).toBe(clerkId);
    const row = await ident(database.db).selectFrom('identity.session').selectAll().where('id', '=', sm3Hex(s.token)).executeTakeFirst();
    expect(row?.account_id).toBe(clerkId);
    expect(row?.user_agent).toBe('vitest');
    const link = await ident(database.db).selectFrom('identity.oidc_link').selectAll().where('subject', '=', 'sso-1001').executeTakeFirst();
    expect(link).toMatchObject({ issuer, account_id: clerkId });
    const audits = await auditRows('identity.login.oidc');
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ actor_id: clerkId, resource_id: clerkId });
    expect((await auditRows('identity.login.succeeded')).map((a) => a.resource_id)).toContain(clerkId);
  });

  it('signs in a linked subject even when its username claim has changed', async () => {
    const { session } = await signIn(deps, { sub: 'sso-1001', preferred_username: 'renamed-at-provider' });
    expect((await session()).accountId).toBe(clerkId);
  });

  it('refuses a provider user with no matching account', async () => {
    const { session } = await signIn(deps, { sub: 'sso-404', preferred_username: 'nobody' });
    await expect(session()).rejects.toMatchObject({ code: 'OIDC_FAILED', details: { reason: 'no linked account' } });
    expect((await auditRows('identity.login.oidc_failed')).length).toBeGreaterThan(0);
  });

  it('refuses a disabled account', async () => {
    const { session } = await signIn(deps, { sub: 'sso-2002', preferred_username: 'gone.clerk' });
    await expect(session()).rejects.toMatchObject({ code: 'OIDC_FAILED' });
  });

  it('does not link a second subject to an already linked account', async () => {
    const { session } = await signIn(deps, { sub: 'sso-impostor', preferred_username: 'wang.clerk' });
    await expect(session()).rejects.toMatchObject({ code: 'OIDC_FAILED', details: { reason: 'no linked account' } });
  });

  it('accepts each state once', async () => {
    const { callback, session } = await signIn(deps, { sub: 'sso-1001' });
    await session();
    await expect(finishOidcLogin(deps, meta, callback, null, null)).rejects.toMatchObject({ code: 'OIDC_FAILED' });
  });

  it('refuses a tampered or missing state', async () => {
    const callback = await authorize(await startOidcLogin(deps));
    const forged = new URL(callback);
    forged.searchParams.set('state', `${callback.searchParams.get('state')}x`);
    await expect(finishOidcLogin(deps, meta, forged, null, null)).rejects.toMatchObject({ code: 'OIDC_FAILED' });
    forged.searchParams.delete('state');
    await expect(finishOidcLogin(deps, meta, forged, null, null)).rejects.toMatchObject({ code: 'OIDC_FAILED' });
  });

  it('turns a provider error and a bad code into OIDC_FAILED', async () => {
    const state = (await startOidcLogin(deps)).searchParams.get('state')!;
    const denied = new URL(`${REDIRECT_URI}?error=access_denied&state=${state}`);
    await expect(finishOidcLogin(deps, meta, denied, null, null)).rejects.toMatchObject({
      code: 'OIDC_FAILED',
      details: { reason: 'token' },
    });

    const callback = await authorize(await startOidcLogin(deps));
    callback.searchParams.set('code', 'not-a-code-the-provider-issued');
    await expect(finishOidcLogin(deps, meta, callback, null, null)).rejects.toMatchObject({
      code: 'OIDC_FAILED',
      details: { reason: 'token' },
    });
  });

  it('expires states after ten minutes', async () => {
    const callback = await authorize(await startOidcLogin(deps));
    await database.db
      .updateTable('identity.oidc_state')
      .set({ created_at: new Date(Date.now() - 11 * 60_000) })
      .where('state', '=', callback.searchParams.get('state')!)
      .execute();
    await expect(finishOidcLogin(deps, meta, callback, null, null)).rejects.toMatchObject({ code: 'OIDC_FAILED' });
  });

  it('answers OIDC_NOT_CONFIGURED without a provider, and OIDC_FAILED when it is unreachable', async () => {
    const off = { ...deps, config: { ...deps.config, oidc: null } };
    await expect(startOidcLogin(off)).rejects.toMatchObject({ code: 'OIDC_NOT_CONFIGURED' });
    const down = { ...deps, config: { ...deps.config, oidc: { ...oidcConfig(), issuer: 'http://127.0.0.1:9/' } } };
    await expect(startOidcLogin(down)).rejects.toMatchObject({ code: 'OIDC_FAILED', details: { reason: 'discovery' } });
  });
});
