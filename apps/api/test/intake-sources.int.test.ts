import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { testEngines } from '@yiwang/platform/testing';
import { countRows, createTestApp, json, publishCalendarThrough, type Session, type TestApp } from './harness.js';
import { createSource, event, postEvent } from './support/intake.js';

describe.each(testEngines())('intake sources and their API keys on %s', (engine) => {
  let t: TestApp;
  let admin: Session;
  beforeAll(async () => {
    t = await createTestApp(engine);
    await publishCalendarThrough(t, new Date().getFullYear() + 1);
    admin = await t.login('zsj.admin');
  });
  afterAll(() => t?.close());

  const call = (method: string, url: string, payload: unknown, s: Session = admin, extra: Record<string, string> = {}) =>
    t.app.inject({ method: method as never, url, headers: { ...s.headers, ...extra }, payload: payload as object });
  const ok = (res: { statusCode: number; body: string }) => {
    expect(res.statusCode, res.body).toBe(200);
    return json(res as never);
  };

  it('shows a new key once, stores only its HMAC, and the key then works for events', async () => {
    const created = await createSource(t, admin, { name: '河婆街道网格中心', kind: 'grid', defaultDivisionCode: '445222001000' });
    expect(created.apiKey).toMatch(/^yw_[0-9a-f]{12}_[A-Za-z0-9_-]{43}$/);
    expect(created.source).toMatchObject({ name: '河婆街道网格中心', kind: 'grid', active: true, keyRevoked: false, version: 1 });
    expect(created.apiKey.startsWith(`${created.source.keyPrefix}_`)).toBe(true);

    const listed = ok(await call('GET', '/api/hotline/sources', undefined));
    const row = listed.find((s: { id: string }) => s.id === created.source.id);
    expect(row).toEqual(created.source);
    expect(JSON.stringify(listed)).not.toContain(created.apiKey.slice(16));

    // neither the row, the audit trail, the outbox nor the idempotency store holds the secret
    const secret = created.apiKey.slice(created.source.keyPrefix.length + 1);
    const dump = await sql<{ t: string }>`SELECT
        (SELECT string_agg(s::text, '') FROM hotline.intake_source s) ||
        (SELECT string_agg(a.details::text, '') FROM platform.audit_log a) ||
        (SELECT coalesce(string_agg(o.payload::text, ''), '') FROM platform.outbox o) ||
        (SELECT coalesce(string_agg(i.result::text, ''), '') FROM platform.idempotency_key i) AS t`.execute(t.rt.database.db);
    expect(dump.rows[0]!.t).not.toContain(secret);
    const stored = await t.rt.database.db
      .selectFrom('hotline.intake_source')
      .select(['key_hash'])
      .where('id', '=', created.source.id)
      .executeTakeFirstOrThrow();
    expect(stored.key_hash).toMatch(/^[0-9a-f]{64}$/);

    const res = await postEvent(t, created.apiKey, event({ divisionCode: undefined }));
    expect(res.statusCode, res.body).toBe(200);
    const order = ok(await call('GET', `/api/hotline/orders/${json(res).orderId}`, undefined, await t.login('supervisor')));
    // the source's default division placed the event, and the grid channel came from the source's kind
    expect(order).toMatchObject({ channel: 'grid', divisionCode: '445222001000' });
    const audit = await t.rt.database.db
      .selectFrom('platform.audit_log')
      .select(['actor_id', 'actor_kind', 'actor_name'])
      .where('resource_id', '=', order.id)
      .executeTakeFirstOrThrow();
    expect(audit).toEqual({ actor_id: created.source.id, actor_kind: 'intake_source', actor_name: '河婆街道网格中心' });
  });

  it('answers a create replayed with its Idempotency-Key with the same source and no key', async () => {
    const body = { name: '城管视频智能识别平台', kind: 'video_ai' };
    const first = ok(await call('POST', '/api/hotline/sources', body, admin, { 'idempotency-key': 'src-video-1' }));
    const again = ok(await call('POST', '/api/hotline/sources', body, admin, { 'idempotency-key': 'src-video-1' }));
    expect(first.apiKey).toMatch(/^yw_/);
    expect(again).toEqual({ source: first.source, apiKey: null });
  });

  it('refuses a taken name, an unknown division and a caller without the permission, writing nothing', async () => {
    await createSource(t, admin, { name: '无人机巡查队', kind: 'drone' });
    const agent = await t.login('hotline.agent');
    const before = [await countRows(t, 'hotline.intake_source'), await countRows(t, 'platform.audit_log')];
    expect(json(await call('POST', '/api/hotline/sources', { name: '无人机巡查队', kind: 'iot' })).code).toBe('DUPLICATE');
    const badDivision = await call('POST', '/api/hotline/sources', {
      name: '某物联平台',
      kind: 'iot',
      defaultDivisionCode: '445299999999',
    });
    expect(json(badDivision).code).toBe('INVALID_DIVISION_CODE');
    expect(json(await call('POST', '/api/hotline/sources', { name: '某物联平台', kind: 'satellite' })).code).toBe('VALIDATION_FAILED');
    expect(json(await call('POST', '/api/hotline/sources', { name: '  ', kind: 'iot' })).code).toBe('VALIDATION_FAILED');
    expect((await call('POST', '/api/hotline/sources', { name: '越权', kind: 'iot' }, agent)).statusCode).toBe(403);
    expect((await call('GET', '/api/hotline/sources', undefined, agent)).statusCode).toBe(404);
    expect([await countRows(t, 'hotline.intake_source'), await countRows(t, 'platform.audit_log')]).toEqual(before);
  });

  it('rotates a key: the old one stops at once, the new one works, a stale version is a conflict', async () => {
    const { source, apiKey } = await createSource(t, admin, { name: '积水监测物联网', kind: 'iot' });
    const rotated = ok(await call('POST', `/api/hotline/sources/${source.id}/rotate`, { version: source.version }));
    expect(rotated.apiKey).not.toBe(apiKey);
    expect(rotated.source).toMatchObject({ version: source.version + 1, keyRevoked: false });
    expect(rotated.source.keyPrefix).not.toBe(source.keyPrefix);
    expect(json(await postEvent(t, apiKey, event())).code).toBe('API_KEY_INVALID');
    expect((await postEvent(t, rotated.apiKey, event())).statusCode).toBe(200);
    const stale = await call('POST', `/api/hotline/sources/${source.id}/rotate`, { version: source.version });
    expect(json(stale).code).toBe('CONFLICT');
    expect((await postEvent(t, rotated.apiKey, event())).statusCode).toBe(200);
  });

  it('revokes a key (401 API_KEY_REVOKED), disables a source (403) and brings both back', async () => {
    const { source, apiKey } = await createSource(t, admin, { name: '合作平台甲', kind: 'partner' });
    const revoked = ok(await call('POST', `/api/hotline/sources/${source.id}/revoke`, { version: source.version }));
    expect(revoked).toMatchObject({ keyRevoked: true, version: 2 });
    const n = await countRows(t, 'hotline.work_order');
    const refused = await postEvent(t, apiKey, event());
    expect(refused.statusCode).toBe(401);
    expect(json(refused).code).toBe('API_KEY_REVOKED');
    const back = ok(await call('POST', `/api/hotline/sources/${source.id}/rotate`, { version: 2 }));
    expect(back.source.keyRevoked).toBe(false);

    const off = ok(await call('PATCH', `/api/hotline/sources/${source.id}`, { active: false, version: back.source.version }));
    expect(off).toMatchObject({ active: false });
    const disabled = await postEvent(t, back.apiKey, event());
    expect(disabled.statusCode).toBe(403);
    expect(json(disabled).code).toBe('SOURCE_INACTIVE');
    expect(await countRows(t, 'hotline.work_order')).toBe(n);
    const on = ok(await call('PATCH', `/api/hotline/sources/${source.id}`, { active: true, name: '合作平台乙', version: off.version }));
    expect(on).toMatchObject({ active: true, name: '合作平台乙' });
    const accepted = await postEvent(t, back.apiKey, event());
    // a partner system's reports arrive on the web channel
    expect(ok(await call('GET', `/api/hotline/orders/${json(accepted).orderId}`, undefined, await t.login('supervisor'))).channel).toBe(
      'web',
    );
    const actions = await t.rt.database.db
      .selectFrom('platform.audit_log')
      .select('action')
      .where('resource_id', '=', source.id)
      .orderBy('id')
      .execute();
    expect(actions.map((a: { action: string }) => a.action)).toEqual([
      'hotline.intake_source.create',
      'hotline.intake_source.revoke_key',
      'hotline.intake_source.rotate_key',
      'hotline.intake_source.update',
      'hotline.intake_source.update',
    ]);
  });

  it('answers missing, malformed, forged and wrong-secret keys with 401 before reading the body, writing nothing', async () => {
    const { apiKey, source } = await createSource(t, admin, { name: '无人机二队', kind: 'drone' });
    const before = [await countRows(t, 'hotline.work_order'), await countRows(t, 'platform.audit_log')];
    const forgedSecret = `${source.keyPrefix}_${randomBytes(32).toString('base64url')}`;
    const unknownPrefix = `yw_${randomBytes(6).toString('hex')}_${apiKey.slice(-43)}`;
    const cases: Array<[string | undefined, string]> = [
      [undefined, 'API_KEY_MISSING'],
      ['', 'API_KEY_MISSING'],
      ['Bearer abc', 'API_KEY_INVALID'],
      [apiKey.toUpperCase(), 'API_KEY_INVALID'],
      [forgedSecret, 'API_KEY_INVALID'],
      [unknownPrefix, 'API_KEY_INVALID'],
      [`${apiKey} `, 'API_KEY_INVALID'],
    ];
    for (const [key, code] of cases) {
      const res = await postEvent(t, key, event());
      expect(res.statusCode, String(key)).toBe(401);
      expect(json(res).code, String(key)).toBe(code);
    }
    // a session cookie is no substitute for a key, and a bad body still gets the 401 first
    const withSession = await t.app.inject({ method: 'POST', url: '/api/hotline/intake/events', headers: admin.headers, payload: event() });
    expect(json(withSession).code).toBe('API_KEY_MISSING');
    const junk = await t.app.inject({
      method: 'POST',
      url: '/api/hotline/intake/events',
      headers: { 'x-api-key': forgedSecret, 'content-type': 'application/json' },
      payload: '{"not json',
    });
    expect(json(junk).code).toBe('API_KEY_INVALID');
    expect([await countRows(t, 'hotline.work_order'), await countRows(t, 'platform.audit_log')]).toEqual(before);
  });
});
