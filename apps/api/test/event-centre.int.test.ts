import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { testEngines } from '@yiwang/platform/testing';
import { createTestApp, json, publishCalendarThrough, type Session, type TestApp } from './harness.js';
import { createSource, event, postEvent } from './support/intake.js';

describe.each(testEngines())('event centre map and command-view counters on %s', (engine) => {
  let t: TestApp;
  let supervisor: Session;
  let unit: Session;
  const src: Record<string, { id: string; key: string }> = {};
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    t = await createTestApp(engine);
    await publishCalendarThrough(t, new Date().getFullYear() + 1);
    [supervisor, unit] = [await t.login('supervisor'), await t.login('cgj.handler')];
    const admin = await t.login('zsj.admin');
    for (const [name, kind] of [
      ['网格中心', 'grid'],
      ['视频平台', 'video_ai'],
    ] as const) {
      const s = await createSource(t, admin, { name, kind });
      src[kind] = { id: s.source.id, key: s.apiKey };
    }
    ids.vendors = json(await postEvent(t, src.grid!.key, event())).orderId;
    ids.noise = json(await postEvent(t, src.video_ai!.key, event({ categoryCode: 'environment.noise', lat: 23.55, lng: 116.37 }))).orderId;
    ids.food = json(await postEvent(t, src.video_ai!.key, event({ categoryCode: 'market.food_safety', lat: 23.3, lng: 116.16 }))).orderId;
    const call = await t.app.inject({
      method: 'POST',
      url: '/api/hotline/orders',
      headers: (await t.login('hotline.agent')).headers,
      payload: { channel: 'phone', type: 'complaint', body: '来电：路灯不亮', categoryCode: 'urban.roads', lat: 23.52, lng: 116.36 },
    });
    ids.call = json(call).id;
    // one of them is past its deadline, and a closed one stays off the default map
    await sql`UPDATE hotline.work_order SET due_at = now() - interval '1 hour' WHERE id = ${ids.noise}`.execute(t.rt.database.db);
    await sql`UPDATE hotline.work_order SET state = 'closed' WHERE id = ${ids.food}`.execute(t.rt.database.db);
  });
  afterAll(() => t?.close());

  const map = async (s: Session, q = '') => {
    const res = await t.app.inject({ method: 'GET', url: `/api/hotline/events/map${q}`, headers: s.headers });
    expect(res.statusCode, res.body).toBe(200);
    return json(res);
  };
  const idsOf = (m: { points: Array<{ id: string }> }) => m.points.map((p) => p.id).sort();

  it('puts open orders with coordinates on the map, with their source and whether they are overdue', async () => {
    const m = await map(supervisor);
    expect(idsOf(m)).toEqual([ids.vendors, ids.noise, ids.call].sort());
    expect(m).toMatchObject({ total: 3, truncated: false });
    const noise = m.points.find((p: { id: string }) => p.id === ids.noise);
    expect(noise).toMatchObject({
      lat: 23.55,
      lng: 116.37,
      channel: 'video_ai',
      sourceId: src.video_ai!.id,
      sourceName: '视频平台',
      overdue: true,
    });
    expect(m.points.find((p: { id: string }) => p.id === ids.call)).toMatchObject({ channel: 'phone', sourceId: null, overdue: false });
  });

  it('filters by status, state, category (with sub-categories), channel and source', async () => {
    expect(idsOf(await map(supervisor, '?status=closed'))).toEqual([ids.food]);
    expect(idsOf(await map(supervisor, '?status=overdue'))).toEqual([ids.noise]);
    expect(idsOf(await map(supervisor, '?status=all'))).toHaveLength(4);
    expect(idsOf(await map(supervisor, '?categoryCode=urban'))).toEqual([ids.vendors, ids.call].sort());
    expect(idsOf(await map(supervisor, '?categoryCode=urban.vendors'))).toEqual([ids.vendors]);
    expect(idsOf(await map(supervisor, '?channel=grid'))).toEqual([ids.vendors]);
    expect(idsOf(await map(supervisor, `?sourceId=${src.video_ai!.id}&status=all`))).toEqual([ids.noise, ids.food].sort());
    expect(idsOf(await map(supervisor, '?state=dispatched&channel=video_ai'))).toEqual([ids.noise]);
    const bad = await t.app.inject({ method: 'GET', url: '/api/hotline/events/map?status=sometimes', headers: supervisor.headers });
    expect(bad.statusCode).toBe(400);
  });

  it('shows a handling unit only the orders it handles, on the map and in the counters', async () => {
    // both went to the city's 城管 by the 权责清单; the noise and food events went elsewhere
    const mine = await map(unit);
    expect(idsOf(mine)).toEqual([ids.vendors, ids.call].sort());
    const c = json(await t.app.inject({ method: 'GET', url: '/api/hotline/events/counters', headers: unit.headers }));
    expect(c).toMatchObject({ open: 2, overdue: 0, today: 2 });
  });

  it('counts open, overdue, today by channel and by source, and moves with the next event', async () => {
    const get = async () => json(await t.app.inject({ method: 'GET', url: '/api/hotline/events/counters', headers: supervisor.headers }));
    const before = await get();
    expect(before).toMatchObject({ open: 3, overdue: 1, today: 4 });
    expect(before.todayByChannel).toEqual([
      { channel: 'grid', count: 1 },
      { channel: 'phone', count: 1 },
      { channel: 'video_ai', count: 2 },
    ]);
    expect(before.bySource).toEqual([
      { sourceId: src.grid!.id, name: '网格中心', kind: 'grid', active: true, open: 1, today: 1 },
      { sourceId: src.video_ai!.id, name: '视频平台', kind: 'video_ai', active: true, open: 1, today: 2 },
    ]);
    await postEvent(t, src.grid!.key, event());
    const after = await get();
    expect(after).toMatchObject({ open: 4, today: 5 });
    expect(after.bySource[0]).toMatchObject({ open: 2, today: 2 });
    expect(Date.parse(after.generatedAt)).toBeGreaterThan(0);
  });

  it('returns at most 5,000 points, the newest, and says how many there are', async () => {
    await sql`INSERT INTO hotline.work_order (id, order_no, channel, type, urgency, body, state, snapshot, lat, lng, created_at)
      SELECT gen_random_uuid(), 'BULK-' || g, 'grid', 'report', 'normal', '批量', 'registered', '{}'::jsonb,
             23 + g / 10000.0, 116, now() - make_interval(secs => g)
      FROM generate_series(1, 5001) AS g`.execute(t.rt.database.db);
    const m = await map(supervisor);
    expect(m.points).toHaveLength(5000);
    expect(m).toMatchObject({ truncated: true });
    expect(m.total).toBeGreaterThan(5001);
    expect(m.points.map((p: { orderNo: string }) => p.orderNo)).not.toContain('BULK-5001');
  });
});
