import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '@yiwang/platform/testing';
import { AUTHENTICATED, PUBLIC } from '@yiwang/platform';
import { collectRoutes } from '../src/http/security.js';
import { createTestApp, json, type TestApp } from './harness.js';
import { fingerprint, isErrorShape, isMutation, samplePath } from './support/requests.js';

/**
 * The reviewed list of routes anyone may call. Adding a public route means adding it here, in a
 * change someone reviews; every other /api/ route must answer an anonymous caller with 401.
 */
const PUBLIC_API = new Set([
  'POST /api/identity/login',
  'POST /api/identity/token',
  'POST /api/identity/register/citizen',
  'POST /api/identity/register/enterprise',
  'GET /api/identity/auth-options',
  'GET /api/identity/oidc/login',
  'GET /api/identity/oidc/callback',
  'GET /api/openapi.json',
  // sensors and partner systems: their intake-source API key is checked before the body is read
  'POST /api/hotline/intake/events',
  // citizens read the published 办事指南 before they sign in (issue 3)
  'GET /api/services/public/items',
  'GET /api/services/public/items/:id',
  'GET /api/services/public/versions/:id',
  'GET /api/services/public/departments',
]);
const PUBLIC_PREFIXES = ['/api/docs'];
/** outside /api: probes and metrics, which operators scrape without a session */
const PUBLIC_OPS = new Set(['/healthz', '/readyz', '/metrics']);
/** Open311 GeoReport v2: public reads without personal data, POST with an intake-source api_key (open311/*.int.test.ts) */
const PUBLIC_OUTSIDE_PREFIXES = ['/open311/v2/'];

const key = (r: { method: string; url: string }) => `${r.method === 'HEAD' ? 'GET' : r.method} ${r.url}`;
const reviewedPublic = (r: { method: string; url: string }) => PUBLIC_API.has(key(r)) || PUBLIC_PREFIXES.some((p) => r.url.startsWith(p));

describe.each(testEngines())('route policies on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(engine);
  });
  afterAll(() => t?.close());

  const apiRoutes = () => t.routes.filter((r) => r.url.startsWith('/api/'));
  const protectedRoutes = () => apiRoutes().filter((r) => !reviewedPublic(r));

  it('gives every registered route a declared policy', () => {
    expect(t.routes.length).toBeGreaterThan(30);
    const missing = t.routes.filter((r) => !r.policy).map(key);
    expect(missing).toEqual([]);
  });

  it('keeps public access to the reviewed allow-list', () => {
    const publicApi = apiRoutes().filter((r) => r.policy && 'public' in r.policy);
    expect(publicApi.filter((r) => !reviewedPublic(r)).map(key)).toEqual([]);
    // the allow-list names real routes, so a renamed public route cannot leave a stale entry behind
    const registered = new Set(apiRoutes().map(key));
    expect([...PUBLIC_API].filter((k) => !registered.has(k))).toEqual([]);
    const outside = t.routes.filter((r) => !r.url.startsWith('/api/'));
    expect(outside.filter((r) => !PUBLIC_OPS.has(r.url) && !PUBLIC_OUTSIDE_PREFIXES.some((p) => r.url.startsWith(p))).map(key)).toEqual([]);
    for (const r of outside) expect(r.policy, key(r)).toHaveProperty('public', true);
    // reviewed-public routes really are declared public, not merely absent from the other check
    for (const r of apiRoutes().filter(reviewedPublic)) expect(r.policy, key(r)).toHaveProperty('public', true);
  });

  it('answers an anonymous call to every other /api/ route with 401 UNAUTHENTICATED and writes nothing', async () => {
    const routes = protectedRoutes();
    expect(routes.length).toBeGreaterThan(20);
    const before = await fingerprint(t);
    for (const r of routes) {
      const res = await t.app.inject({
        method: r.method as never,
        url: samplePath(r.url),
        ...(isMutation(r.method)
          ? { payload: { name: '匿名测试', divisionCode: '445202000000', kind: 'department', version: 1, complete: true } }
          : {}),
      });
      expect(res.statusCode, key(r)).toBe(401);
      if (r.method !== 'HEAD') {
        expect(json(res), key(r)).toMatchObject({ code: 'UNAUTHENTICATED' });
        expect(isErrorShape(json(res)), key(r)).toBe(true);
      }
    }
    expect(await fingerprint(t)).toBe(before);
  });

  it('answers forged or malformed credentials on every protected route with 401 and writes nothing', async () => {
    const before = await fingerprint(t);
    const forged: Array<[Record<string, string>, string]> = [
      [{ authorization: `Bearer ${'A'.repeat(43)}` }, 'INVALID_TOKEN'],
      [{ authorization: 'Basic YWRtaW46SmlleWFuZzIwMjY=' }, 'INVALID_TOKEN'],
      [{ cookie: `yw_session=${'B'.repeat(43)}`, 'x-csrf-token': 'x'.repeat(43) }, 'SESSION_EXPIRED'],
      [{ cookie: "yw_session='; DROP TABLE identity.account;--" }, 'SESSION_EXPIRED'],
    ];
    for (const r of protectedRoutes()) {
      for (const [headers, code] of forged) {
        const res = await t.app.inject({
          method: r.method as never,
          url: samplePath(r.url),
          headers,
          ...(isMutation(r.method) ? { payload: {} } : {}),
        });
        expect(res.statusCode, `${key(r)} ${JSON.stringify(headers)}`).toBe(401);
        if (r.method !== 'HEAD') expect(json(res).code, key(r)).toBe(code);
      }
    }
    expect(await fingerprint(t)).toBe(before);
  });

  it('lists every route the OpenAPI document describes, so the enumeration is the live router', async () => {
    const doc = json(await t.app.inject({ method: 'GET', url: '/api/openapi.json' }));
    const seen = new Set(t.routes.map((r) => `${r.method} ${r.url}`));
    const documented = Object.entries(doc.paths as Record<string, Record<string, unknown>>).flatMap(([p, ops]) =>
      Object.keys(ops).map((m) => `${m.toUpperCase()} ${p.replace(/\{(\w+)\}/g, ':$1')}`),
    );
    expect(documented.length).toBeGreaterThan(20);
    expect(documented.filter((d) => !seen.has(d))).toEqual([]);
  });
});

describe('route collection', () => {
  // the list is built by an onRoute hook, not a snapshot: a route added tomorrow is enumerated
  // (and so tested above) without touching this file, and one without a policy cannot be added
  it('picks up routes as they are registered and refuses one without a policy', async () => {
    const app = Fastify();
    const routes = collectRoutes(app);
    app.get('/api/new-module/things', { config: { policy: AUTHENTICATED } }, async () => []);
    app.post('/api/new-module/open', { config: { policy: PUBLIC('test') } }, async () => ({}));
    expect(routes.map((r) => `${r.method} ${r.url}`)).toEqual(
      expect.arrayContaining(['GET /api/new-module/things', 'POST /api/new-module/open']),
    );
    expect(() => app.get('/api/new-module/unguarded', async () => [])).toThrow(/declares no policy/);
    await app.close();
  });
});
