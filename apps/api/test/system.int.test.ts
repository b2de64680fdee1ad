import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sealAll } from '@yiwang/platform';
import { testEngines } from '@yiwang/platform/testing';
import { createTestApp, json, type Session, type TestApp } from './harness.js';

describe.each(testEngines())('calendar, audit and operations routes on %s', (engine) => {
  let t: TestApp;
  let admin: Session;
  beforeAll(async () => {
    t = await createTestApp(engine);
    admin = await t.login('zsj.admin');
  });
  afterAll(() => t?.close());
  const get = (url: string, s: Session = admin) => t.app.inject({ method: 'GET', url, headers: s.headers });
  const put = (url: string, payload: object, s: Session = admin) => t.app.inject({ method: 'PUT', url, headers: s.headers, payload });

  it('lists the official years 2004–2026 and the 2025 调休 days', async () => {
    const years = json(await get('/api/system/calendar/years'));
    expect(years.map((y: any) => y.year)).toEqual(Array.from({ length: 23 }, (_, i) => 2004 + i));
    expect(years.every((y: any) => y.complete && y.holidays > 0)).toBe(true);
    const days = json(await get('/api/system/calendar/days?year=2025'));
    expect(days).toContainEqual(expect.objectContaining({ date: '2025-01-26', kind: 'workday' }));
    expect(days).toContainEqual(expect.objectContaining({ date: '2025-10-08', kind: 'holiday' }));
  });

  it('computes working-day deadlines across 春节 and 国庆', async () => {
    expect(json(await get('/api/system/calendar/add?start=2025-01-24&days=5')).due).toBe('2025-02-07');
    expect(json(await get('/api/system/calendar/add?start=2025-09-30&days=1')).due).toBe('2025-10-09');
  });

  it('fails loudly for a year without data until an admin publishes it', async () => {
    const missing = await get('/api/system/calendar/add?start=2026-12-20&days=20');
    expect(missing.statusCode).toBe(422);
    expect(json(missing).code).toBe('CALENDAR_YEAR_MISSING');
    expect((await put('/api/system/calendar/days/2027-01-01', { kind: 'holiday', name: '元旦' })).statusCode).toBe(200);
    expect((await put('/api/system/calendar/years/2027', { complete: true })).statusCode).toBe(200);
    const due = json(await get('/api/system/calendar/add?start=2026-12-31&days=1'));
    expect(due.due).toBe('2027-01-04');
  });

  it('lets an admin add a 调休 workday and reverts it with kind normal', async () => {
    expect((await put('/api/system/calendar/days/2026-12-26', { kind: 'workday', name: '测试调休' })).statusCode).toBe(200);
    expect(json(await get('/api/system/calendar/add?start=2026-12-25&days=1')).due).toBe('2026-12-26');
    expect((await put('/api/system/calendar/days/2026-12-26', { kind: 'normal' })).statusCode).toBe(200);
    expect(json(await get('/api/system/calendar/add?start=2026-12-25&days=1')).due).toBe('2026-12-28');
    const bad = await put('/api/system/calendar/days/2026-02-30', { kind: 'holiday' });
    expect(bad.statusCode).toBe(400);
  });

  it('shows the audit log and verifies the sealed chain', async () => {
    await sealAll(t.rt.database.db, { privateKey: t.rt.keyring.sm2PrivateKey, publicKey: t.rt.keyring.sm2PublicKey });
    const list = json(await get('/api/system/audit?action=system.calendar&pageSize=10'));
    expect(list.items.length).toBeGreaterThan(0);
    expect(list.items[0]).toMatchObject({ actorName: '陈政数', sealed: true });
    const v = await t.app.inject({ method: 'POST', url: '/api/system/audit/verify', headers: admin.headers });
    expect(json(v)).toMatchObject({ ok: true, firstBad: null });
    expect(json(v).checked).toBeGreaterThan(3);
  });

  it('answers health, readiness, metrics and OpenAPI 3.1', async () => {
    expect(json(await t.app.inject({ method: 'GET', url: '/healthz' }))).toEqual({ status: 'ok' });
    expect(json(await t.app.inject({ method: 'GET', url: '/readyz' })).status).toBe('ready');
    const metrics = await t.app.inject({ method: 'GET', url: '/metrics' });
    expect(metrics.body).toContain('yiwang_http_request_duration_seconds');
    const spec = json(await t.app.inject({ method: 'GET', url: '/api/openapi.json' }));
    expect(spec.openapi).toBe('3.1.0');
    expect(Object.keys(spec.paths)).toEqual(expect.arrayContaining(['/api/identity/departments', '/api/system/audit/verify']));
  });

  it('sends security headers and a request id on every answer', async () => {
    const r = await t.app.inject({ method: 'GET', url: '/api/identity/me', headers: { 'x-request-id': 'client-req-12345' } });
    expect(r.statusCode).toBe(401);
    expect(r.headers['x-request-id']).toBe('client-req-12345');
    expect(json(r).requestId).toBe('client-req-12345');
    expect(r.headers['x-content-type-options']).toBe('nosniff');
    expect(String(r.headers['content-security-policy'])).toContain("default-src 'self'");
    const unknown = await t.app.inject({ method: 'GET', url: '/api/nope' });
    expect(json(unknown).code).toBe('ROUTE_NOT_FOUND');
  });
});
