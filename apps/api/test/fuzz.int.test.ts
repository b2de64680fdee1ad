import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { InjectOptions } from 'fastify';
import { testEngines } from '@yiwang/platform/testing';
import { createTestApp, type Session, type TestApp } from './harness.js';
import {
  BODY_METHODS,
  hostileRead,
  noiseHeaders,
  poisons,
  safeEncode,
  type RouteInfo,
  type Shape,
  type Who,
} from './support/fuzz-poisons.js';
import { fingerprint, isErrorShape, PARAM_SAMPLES } from './support/requests.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 3000);

describe.each(testEngines())('API edge fuzz on %s', (engine) => {
  let t: TestApp;
  const s: Partial<Record<Who, Session>> = {};
  const rejections: unknown[] = [];
  const onRejection = (e: unknown) => rejections.push(e);

  beforeAll(async () => {
    t = await createTestApp(engine);
    s.admin = await t.login('admin');
    s.bearer = await t.token('admin');
    s.citizen = await t.login('zhangsan');
    process.on('unhandledRejection', onRejection);
  });
  afterAll(async () => {
    process.off('unhandledRejection', onRejection);
    await t?.close();
  });

  async function routeInfos(): Promise<RouteInfo[]> {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    return t.routes
      .filter((r) => r.url.startsWith('/api/'))
      .map((r) => {
        const op = doc.paths[r.url.replace(/:(\w+)/g, '{$1}')]?.[(r.method === 'HEAD' ? 'GET' : r.method).toLowerCase()] ?? {};
        const parameters: Array<{ in: string; name: string; schema: Record<string, any> }> = op.parameters ?? [];
        return {
          method: r.method,
          url: r.url,
          protected: !!r.policy && !('public' in r.policy),
          params: [...r.url.matchAll(/:(\w+)|\*/g)].map((m) => m[1] ?? '*'),
          query: parameters.filter((p) => p.in === 'query').map((p) => ({ name: p.name, schema: p.schema })),
          body: op.requestBody?.content?.['application/json']?.schema ?? null,
        };
      });
  }

  function build(r: RouteInfo, shape: Shape, who: Who, noise: Record<string, string>, ip: string): InjectOptions {
    const id = shape.who ?? who;
    const session = id === 'anonymous' ? {} : { ...s[id]!.headers };
    const headers: Record<string, string | string[]> = { ...noise, ...session, ...(shape.headers ?? {}) };
    if (headers.cookie && session.cookie && noise.cookie) headers.cookie = `${noise.cookie}; ${session.cookie}`;
    if (headers['x-csrf-token'] === 'citizen') headers['x-csrf-token'] = s.citizen!.headers['x-csrf-token']!;
    for (const k of Object.keys(headers)) if (headers[k] === undefined) delete headers[k];
    const path = r.url.replace(/:(\w+)|\*/g, (m, n?: string) => safeEncode(shape.params?.[n ?? '*'] ?? PARAM_SAMPLES[n ?? '*']!()));
    const qs = new URLSearchParams(
      Object.entries(shape.query ?? {}).flatMap(([k, v]) => [v].flat().map((x) => [k, x] as [string, string])),
    ).toString();
    const opts: InjectOptions = { method: r.method as never, url: qs ? `${path}?${qs}` : path, headers, remoteAddress: ip };
    if (BODY_METHODS.has(r.method) && (shape.raw !== undefined || shape.body !== undefined)) {
      opts.payload = shape.raw ?? JSON.stringify(shape.body);
      headers['content-type'] = shape.type ?? 'application/json';
    }
    return opts;
  }

  it(`answers ${RUNS} malformed requests across every /api/ route with a 4xx in the one error shape and writes nothing`, async () => {
    const routes = await routeInfos();
    const plans = routes.map((r) => ({ r, poisons: poisons(r), read: r.method === 'GET' || r.method === 'HEAD' }));
    const unguarded = plans.filter((p) => !p.poisons.length && !p.read).map((p) => `${p.r.method} ${p.r.url}`);
    expect(unguarded, 'a mutation route no poison applies to').toEqual([]);
    const before = await fingerprint(t);
    const seen = new Map<string, number>();

    // the documentation's static files are many routes but little surface: visit them less
    const plan = fc.oneof(...plans.map((p) => ({ weight: p.r.url.startsWith('/api/docs') ? 1 : 5, arbitrary: fc.constant(p) })));
    const request = plan.chain(({ r, poisons: ps, read }) => {
      const modes = [
        ...ps.map(([m, a]) => ({ weight: 2, arbitrary: a.map((shape) => ({ mode: m, shape, poisoned: true })) })),
        ...(read ? [{ weight: 1, arbitrary: hostileRead(r).map((shape) => ({ mode: 'read', shape, poisoned: false })) }] : []),
      ];
      return fc.record({
        r: fc.constant(r),
        pick: fc.oneof(...modes),
        who: fc.constantFrom<Who>('admin', 'bearer', 'citizen', 'anonymous'),
        noise: noiseHeaders,
        ip: fc.ipV4(),
      });
    });

    await fc.assert(
      fc.asyncProperty(request, async ({ r, pick, who, noise, ip }) => {
        const opts = build(r, pick.shape, who, noise as Record<string, string>, ip);
        const res = await t.app.inject(opts);
        const where = `[${pick.mode}] ${opts.method} ${String(opts.url).slice(0, 200)} → ${res.statusCode} ${res.body.slice(0, 300)}`;
        seen.set(pick.mode, (seen.get(pick.mode) ?? 0) + 1);
        if (res.statusCode >= 500) throw new Error(`server error: ${where}`);
        if (pick.poisoned && (res.statusCode < 400 || res.statusCode >= 500)) throw new Error(`accepted a malformed request: ${where}`);
        if (res.statusCode >= 400 && r.method !== 'HEAD') {
          if (!String(res.headers['content-type']).startsWith('application/json')) throw new Error(`error is not JSON: ${where}`);
          const body = res.json();
          if (!isErrorShape(body) || body.requestId !== res.headers['x-request-id']) throw new Error(`error shape: ${where}`);
        }
      }),
      { numRuns: RUNS, ...(process.env.FUZZ_SEED ? { seed: Number(process.env.FUZZ_SEED) } : {}) },
    );

    expect(await fingerprint(t)).toBe(before);
    expect(rejections).toEqual([]);
    for (const mode of [
      'anonymous',
      'forged-auth',
      'csrf',
      'json-syntax',
      'media-type',
      'too-large',
      'unknown-field',
      'not-object',
      'deep',
      'bad-param',
      'unknown-query',
      'bad-query-value',
      'business',
      'read',
    ]) {
      expect(seen.get(mode) ?? 0, `requests of kind ${mode}`).toBeGreaterThan(0);
    }
    // the admin session survived thousands of hostile requests made with it
    expect((await t.app.inject({ method: 'GET', url: '/api/identity/me', headers: s.admin!.headers })).statusCode).toBe(200);
  }, 240_000);
});
