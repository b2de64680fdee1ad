import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '@yiwang/platform/testing';
import { countRows, createTestApp, json, type Session, type TestApp } from './harness.js';

describe.each(testEngines())('divisions and departments on %s', (engine) => {
  let t: TestApp;
  let admin: Session;
  beforeAll(async () => {
    t = await createTestApp(engine);
    admin = await t.login('zsj.admin');
  });
  afterAll(() => t?.close());
  const get = (url: string, s: Session = admin) => t.app.inject({ method: 'GET', url, headers: s.headers });
  const send = (
    method: 'POST' | 'PATCH' | 'DELETE',
    url: string,
    payload?: unknown,
    s: Session = admin,
    extra: Record<string, string> = {},
  ) => t.app.inject({ method, url, headers: { ...s.headers, ...extra }, ...(payload === undefined ? {} : { payload: payload as object }) });

  it('seeds 揭阳市 with real codes down to village', async () => {
    const root = json(await get('/api/identity/divisions'));
    expect(root).toEqual([expect.objectContaining({ code: '440000000000', name: '广东省', level: 1, hasChildren: true })]);
    const counties = json(await get('/api/identity/divisions?parent=445200000000')).map((d: any) => d.name);
    expect(counties).toEqual(expect.arrayContaining(['榕城区', '揭东区', '揭西县', '惠来县', '普宁市']));
    const towns = json(await get('/api/identity/divisions?parent=445202000000'));
    expect(towns.length).toBeGreaterThan(5);
    const villages = json(await get(`/api/identity/divisions?parent=${towns[0].code}`));
    expect(villages[0]).toMatchObject({ level: 5, parentCode: towns[0].code });
    expect(villages[0].code).toMatch(/^445202\d{6}$/);
    const found = json(await get(`/api/identity/divisions?q=${encodeURIComponent('榕城')}`));
    expect(found.some((d: any) => d.code === '445202000000')).toBe(true);
    const byCode = json(await get('/api/identity/divisions?q=445202001'));
    expect(byCode.length).toBeGreaterThan(1);
    expect(byCode.every((d: any) => d.code.startsWith('445202001'))).toBe(true);
  });

  it('creates a division under its parent, refuses a code that does not fit, renames with a version check', async () => {
    const bad = await send('POST', '/api/identity/divisions', { code: '445222999000', name: '错位镇', parentCode: '445202000000' });
    expect(bad.statusCode).toBe(400);
    expect(json(bad).code).toBe('INVALID_DIVISION_CODE');
    const created = await send('POST', '/api/identity/divisions', { code: '445202999000', name: '测试街道', parentCode: '445202000000' });
    expect(created.statusCode).toBe(200);
    expect(json(created)).toMatchObject({ code: '445202999000', level: 4, version: 1 });
    const renamed = await send('PATCH', '/api/identity/divisions/445202999000', {
      name: '新测试街道',
      newCode: '445202998000',
      version: 1,
    });
    expect(json(renamed)).toMatchObject({ code: '445202998000', name: '新测试街道', version: 2 });
    const stale = await send('PATCH', '/api/identity/divisions/445202998000', { name: '再改', version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(json(stale).code).toBe('CONFLICT');
    const inUse = await send('DELETE', '/api/identity/divisions/445202000000?version=1');
    expect(json(inUse).code).toBe('IN_USE');
    const del = await send('DELETE', '/api/identity/divisions/445202998000?version=2');
    expect(del.statusCode).toBe(200);
    expect((await get('/api/identity/divisions/445202998000')).statusCode).toBe(404);
  });

  it('lists departments with paging, division filter and search', async () => {
    const page = json(await get('/api/identity/departments?divisionCode=445202000000&pageSize=5&page=2'));
    expect(page).toMatchObject({ page: 2, pageSize: 5 });
    expect(page.items).toHaveLength(5);
    expect(page.total).toBeGreaterThan(100);
    for (const d of page.items) expect(d.divisionCode.startsWith('445202')).toBe(true);
    const only = json(await get('/api/identity/departments?divisionCode=445202000000&includeSubdivisions=false&pageSize=200'));
    expect(only.items.every((d: any) => d.divisionCode === '445202000000')).toBe(true);
    const q = json(await get(`/api/identity/departments?q=${encodeURIComponent('市场监督')}&pageSize=50`));
    expect(q.items.map((d: any) => d.name)).toContain('揭阳市市场监督管理局');
    const beyond = json(await get('/api/identity/departments?page=999&pageSize=20'));
    expect(beyond.items).toHaveLength(0);
    expect(beyond.total).toBeGreaterThan(400);
  });

  it('creates a department with audit and outbox event in one transaction', async () => {
    const before = { audit: await countRows(t, 'platform.audit_log'), outbox: await countRows(t, 'platform.outbox') };
    const res = await send('POST', '/api/identity/departments', {
      name: '榕城区数据资源中心',
      kind: 'department',
      divisionCode: '445202000000',
    });
    expect(res.statusCode).toBe(200);
    const d = json(res);
    expect(d).toMatchObject({ name: '榕城区数据资源中心', divisionName: '榕城区', version: 1, active: true });
    expect(json(await get(`/api/identity/departments/${d.id}`)).id).toBe(d.id);
    expect(await countRows(t, 'platform.audit_log')).toBe(before.audit + 1);
    expect(await countRows(t, 'platform.outbox')).toBe(before.outbox + 1);
    const ev = await t.rt.database.db.selectFrom('platform.outbox').selectAll().orderBy('id', 'desc').limit(1).executeTakeFirstOrThrow();
    expect(ev).toMatchObject({ topic: 'identity.department.created', key: d.id });
    const dup = await send('POST', '/api/identity/departments', {
      name: '榕城区数据资源中心',
      kind: 'department',
      divisionCode: '445202000000',
    });
    expect(dup.statusCode).toBe(409);
    expect(json(dup).code).toBe('DUPLICATE');
  });

  it('returns the same department for a retried Idempotency-Key and refuses the key for another body', async () => {
    const body = { name: '榕城区幂等测试局', kind: 'department', divisionCode: '445202000000' };
    const a = await send('POST', '/api/identity/departments', body, admin, { 'idempotency-key': 'retry-abc-1' });
    const b = await send('POST', '/api/identity/departments', body, admin, { 'idempotency-key': 'retry-abc-1' });
    expect(a.statusCode).toBe(200);
    expect(json(b).id).toBe(json(a).id);
    const other = await send('POST', '/api/identity/departments', { ...body, name: '别的局' }, admin, { 'idempotency-key': 'retry-abc-1' });
    expect(other.statusCode).toBe(422);
    expect(json(other).code).toBe('IDEMPOTENCY_KEY_REUSED');
  });

  it('lets exactly one of two concurrent edits win; the other gets 409', async () => {
    const d = json(
      await send('POST', '/api/identity/departments', { name: '并发测试局', kind: 'department', divisionCode: '445202000000' }),
    );
    const [x, y] = await Promise.all([
      send('PATCH', `/api/identity/departments/${d.id}`, { name: '并发测试局甲', version: 1 }),
      send('PATCH', `/api/identity/departments/${d.id}`, { name: '并发测试局乙', version: 1 }),
    ]);
    expect([x.statusCode, y.statusCode].sort()).toEqual([200, 409]);
    expect(json(await get(`/api/identity/departments/${d.id}`)).version).toBe(2);
  });

  it('rejects bad input with 4xx and writes nothing', async () => {
    const before = await countRows(t, 'identity.department');
    const cases = [
      { name: 'x', kind: 'department', divisionCode: '445202000000' },
      { name: '好名字', kind: 'bogus', divisionCode: '445202000000' },
      { name: '好名字', kind: 'department', divisionCode: '4452' },
      { name: '好名字', kind: 'department', divisionCode: '445202000000', id: 'injected' },
      { name: "'; DROP TABLE identity.department;--", kind: 'department', divisionCode: '999999000000' },
    ];
    for (const c of cases) {
      const r = await send('POST', '/api/identity/departments', c);
      expect(r.statusCode, JSON.stringify(c)).toBeGreaterThanOrEqual(400);
      expect(r.statusCode).toBeLessThan(500);
    }
    const malformed = await t.app.inject({
      method: 'POST',
      url: '/api/identity/departments',
      headers: { ...admin.headers, 'content-type': 'application/json' },
      payload: '{"name": ',
    });
    expect(json(malformed).code).toBe('MALFORMED_JSON');
    const huge = await t.app.inject({
      method: 'POST',
      url: '/api/identity/departments',
      headers: { ...admin.headers, 'content-type': 'application/json' },
      payload: JSON.stringify({ name: 'x'.repeat(2 * 1024 * 1024) }),
    });
    expect(huge.statusCode).toBe(413);
    expect(await countRows(t, 'identity.department')).toBe(before);
  });
});
