import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sm3Hex } from '@yiwang/platform';
import { testEngines } from '@yiwang/platform/testing';
import { countRows, createTestApp, json, publishCalendarThrough, type Session, type TestApp } from './harness.js';
import { createSource, event, image, JPEG, PNG, postEvent } from './support/intake.js';

describe.each(testEngines())('sensor and partner events with evidence on %s', (engine) => {
  let t: TestApp;
  let supervisor: Session;
  let key: string;
  let sourceId: string;
  const dept: Record<string, string> = {};
  beforeAll(async () => {
    t = await createTestApp(engine);
    await publishCalendarThrough(t, new Date().getFullYear() + 1);
    supervisor = await t.login('supervisor');
    const created = await createSource(t, await t.login('zsj.admin'), { name: '城管视频智能识别平台', kind: 'video_ai' });
    key = created.apiKey;
    sourceId = created.source.id;
    const rows = await t.rt.database.db.selectFrom('identity.department').select(['id', 'code']).execute();
    for (const r of rows as Array<{ id: string; code: string }>) dept[r.code] = r.id;
  });
  afterAll(() => t?.close());

  const get = (url: string, s: Session) => t.app.inject({ method: 'GET', url, headers: s.headers });
  const ok = (res: { statusCode: number; body: string }) => {
    expect(res.statusCode, res.body).toBe(200);
    return json(res as never);
  };
  const written = async () =>
    Promise.all(['hotline.work_order', 'hotline.attachment', 'platform.audit_log', 'platform.outbox'].map((x) => countRows(t, x)));

  it('takes an event into the call pipeline with its source, channel, coordinates and evidence', async () => {
    const body = event({ evidence: [image(JPEG), image(PNG, 'image/png'), { url: 'https://video.example.gov.cn/snap/88.jpg' }] });
    const res = ok(await postEvent(t, key, body));
    expect(res).toMatchObject({ state: 'dispatched', categoryCode: 'urban.vendors', triage: false, attachments: 3, retried: false });
    expect(res.orderNo).toMatch(/^12345-\d{8}-\d{6}$/);

    const o = ok(await get(`/api/hotline/orders/${res.orderId}`, supervisor));
    expect(o).toMatchObject({ channel: 'video_ai', type: 'report', title: '占道经营', lat: 23.431, lng: 115.842, unitId: dept['JY-CGJ'] });
    expect(o.routing.why).toContain('揭阳市城市管理和综合执法局');
    expect(o.dueAt).not.toBeNull();
    expect(o.attachments).toEqual([
      {
        id: expect.any(String),
        type: 'image/jpeg',
        size: JPEG.length,
        url: `/api/hotline/orders/${o.id}/attachments/${o.attachments[0].id}`,
      },
      {
        id: expect.any(String),
        type: 'image/png',
        size: PNG.length,
        url: `/api/hotline/orders/${o.id}/attachments/${o.attachments[1].id}`,
      },
      { id: expect.any(String), type: 'link', size: null, url: 'https://video.example.gov.cn/snap/88.jpg' },
    ]);
    const stored = await t.rt.database.db
      .selectFrom('hotline.work_order')
      .select(['source_id', 'external_id', 'intake'])
      .where('id', '=', o.id)
      .executeTakeFirstOrThrow();
    expect(stored).toEqual({ source_id: sourceId, external_id: body.externalId, intake: { eventType: '占道经营', occurredAt: null } });
    const topics = await t.rt.database.db.selectFrom('platform.outbox').select('topic').where('key', '=', o.id).execute();
    expect(topics.map((x: { topic: string }) => x.topic)).toEqual(
      expect.arrayContaining(['hotline.order.registered', 'hotline.order.dispatched']),
    );
  });

  it('serves the evidence bytes with their checksums to whoever sees the order, audited, and 404 to anyone else', async () => {
    const res = ok(await postEvent(t, key, event({ evidence: [image(JPEG)] })));
    const o = ok(await get(`/api/hotline/orders/${res.orderId}`, supervisor));
    const url = o.attachments[0].url as string;
    const handler = await t.login('cgj.handler');
    const audits = await countRows(t, 'platform.audit_log');
    const file = await get(url, handler);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('image/jpeg');
    expect(file.rawPayload.equals(JPEG)).toBe(true);
    expect(file.headers.etag).toBe(`"${sm3Hex(JPEG)}"`);
    expect(file.headers['repr-digest']).toBe(`sha-256=:${createHash('sha256').update(JPEG).digest('base64')}:`);
    expect(file.headers['x-content-type-options']).toBe('nosniff');
    expect(await countRows(t, 'platform.audit_log')).toBe(audits + 1);

    // another unit, a wrong order id with the right attachment id, an unknown attachment: all plain 404s, nothing logged
    const other = await t.login('sjj.approver');
    const market = await t.app.inject({
      method: 'POST',
      url: '/api/hotline/orders',
      headers: (await t.login('hotline.agent')).headers,
      payload: { channel: 'phone', type: 'complaint', body: '食品问题', categoryCode: 'market.food_safety' },
    });
    const logged = await countRows(t, 'platform.audit_log');
    expect((await get(url, other)).statusCode).toBe(404);
    const wrongOrder = `/api/hotline/orders/${json(market).id}/attachments/${o.attachments[0].id}`;
    expect(json(await get(wrongOrder, supervisor)).code).toBe('NOT_FOUND');
    expect((await get(`/api/hotline/orders/${o.id}/attachments/${crypto.randomUUID()}`, supervisor)).statusCode).toBe(404);
    expect(await countRows(t, 'platform.audit_log')).toBe(logged);
    expect((await get(url, handler)).statusCode).toBe(200);
    expect((await get(`/api/hotline/orders/${o.id}/attachments/not-a-uuid`, supervisor)).statusCode).toBe(400);
  });

  it('answers a retry of the same externalId with the first order and writes nothing more, also when sent at once', async () => {
    const body = event({ evidence: [image(JPEG)] });
    const first = ok(await postEvent(t, key, body));
    const before = await written();
    const again = ok(await postEvent(t, key, { ...body, description: '重发时文字略有不同' }));
    expect(again).toEqual({ ...first, retried: true });
    expect(await written()).toEqual(before);

    const burst = event();
    const answers = (await Promise.all([1, 2, 3, 4].map(() => postEvent(t, key, burst)))).map((r) => ok(r));
    expect(new Set(answers.map((a) => a.orderId)).size).toBe(1);
    expect(answers.filter((a) => !a.retried)).toHaveLength(1);
    expect(await countRows(t, 'hotline.work_order')).toBe(before[0]! + 1);

    // the same externalId from another source is another event
    const other = await createSource(t, await t.login('zsj.admin'), { name: '网格员 App', kind: 'grid' });
    const theirs = ok(await postEvent(t, other.apiKey, burst));
    expect(theirs.orderId).not.toBe(answers[0].orderId);
  });

  it('saves an event without a category in the triage queue: nothing is lost to classification', async () => {
    const { categoryCode: _c, ...uncategorised } = event({ description: '路口有一处不明物体' });
    const res = ok(await postEvent(t, key, uncategorised));
    expect(res).toMatchObject({ state: 'registered', triage: true, categoryCode: null });
    const queue = ok(await get('/api/hotline/orders?triage=true&pageSize=200', await t.login('hotline.agent')));
    expect(queue.items.map((x: { id: string }) => x.id)).toContain(res.orderId);
  });

  it('refuses bad evidence, broken coordinates and other bad input with a 4xx, writing nothing', async () => {
    const before = await written();
    const big = Buffer.concat([JPEG, Buffer.alloc(2 * 1024 * 1024)]);
    const gif = Buffer.from('GIF89a........');
    const cases: Array<[Record<string, unknown>, number, string]> = [
      [{ evidence: [image(PNG, 'image/jpeg')] }, 415, 'EVIDENCE_TYPE_UNSUPPORTED'],
      [{ evidence: [image(gif)] }, 415, 'EVIDENCE_TYPE_UNSUPPORTED'],
      [{ evidence: [image(JPEG), image(big)] }, 413, 'EVIDENCE_TOO_LARGE'],
      [{ evidence: [{ contentType: 'image/jpeg', dataBase64: '$$$$' }] }, 400, 'EVIDENCE_INVALID'],
      [{ evidence: [{ contentType: 'image/gif', dataBase64: gif.toString('base64') }] }, 400, 'VALIDATION_FAILED'],
      [{ evidence: Array.from({ length: 6 }, () => image(JPEG)) }, 400, 'VALIDATION_FAILED'],
      [{ evidence: [{ url: 'file:///etc/passwd' }] }, 400, 'VALIDATION_FAILED'],
      [{ evidence: [{ url: 'http://admin:pw@10.0.0.1/x.jpg' }] }, 400, 'VALIDATION_FAILED'],
      [{ lat: 91 }, 400, 'VALIDATION_FAILED'],
      [{ lng: 'east' }, 400, 'VALIDATION_FAILED'],
      [{ lat: undefined }, 400, 'VALIDATION_FAILED'],
      [{ description: '' }, 400, 'VALIDATION_FAILED'],
      [{ description: '   ' }, 400, 'VALIDATION_FAILED'],
      [{ description: '长'.repeat(50_000) }, 400, 'VALIDATION_FAILED'],
      [{ externalId: '' }, 400, 'VALIDATION_FAILED'],
      [{ categoryCode: 'urban.unicorns' }, 400, 'VALIDATION_FAILED'],
      [{ divisionCode: '445299999999' }, 400, 'INVALID_DIVISION_CODE'],
      [{ occurredAt: new Date(Date.now() + 86_400_000).toISOString() }, 400, 'OCCURRED_IN_FUTURE'],
      [{ occurredAt: 'yesterday' }, 400, 'VALIDATION_FAILED'],
      [{ channel: 'phone' }, 400, 'VALIDATION_FAILED'],
    ];
    for (const [patch, status, code] of cases) {
      const res = await postEvent(t, key, event(patch));
      const label = JSON.stringify(patch).slice(0, 80);
      expect(res.statusCode, label).toBe(status);
      expect(json(res).code, label).toBe(code);
    }
    expect(await written()).toEqual(before);
  });

  it('records when the event occurred and lets the sender set type and urgency', async () => {
    const occurredAt = new Date(Date.now() - 3_600_000).toISOString();
    const res = ok(await postEvent(t, key, event({ occurredAt, orderType: 'help', urgency: 'urgent', title: '井盖缺失' })));
    const o = ok(await get(`/api/hotline/orders/${res.orderId}`, supervisor));
    expect(o).toMatchObject({ type: 'help', urgency: 'urgent', title: '井盖缺失' });
    const row = await t.rt.database.db.selectFrom('hotline.work_order').select('intake').where('id', '=', o.id).executeTakeFirstOrThrow();
    expect(row.intake).toEqual({ eventType: '占道经营', occurredAt });
  });
});
