import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { testEngines } from '@yiwang/platform/testing';
import { buildOrders, DEMO_ORDERS_SEED, loadOrders, readSeedCity, seedDemoOrders, TIMER_QUEUE, type SeedOrder } from '@yiwang/hotline';
import { countRows, createTestApp, json, publishCalendarThrough, type Session, type TestApp } from './harness.js';

const DAY = 86_400_000;
const YEAR = 365 * DAY;

describe.each(testEngines())('synthetic 12345 history on %s', (engine) => {
  let t: TestApp;
  let agent: Session;
  let unit: Session;
  let orders: SeedOrder[];
  const now = new Date();
  const dept: Record<string, string> = {};
  beforeAll(async () => {
    t = await createTestApp(engine);
    await publishCalendarThrough(t, now.getFullYear() + 1);
    [agent, unit] = [await t.login('hotline.agent'), await t.login('cgj.handler')];
    const rows = await t.rt.database.db.selectFrom('identity.department').select(['id', 'code']).execute();
    for (const r of rows as Array<{ id: string; code: string }>) dept[r.code] = r.id;
  });
  afterAll(() => t?.close());

  const get = (url: string, s: Session) => t.app.inject({ method: 'GET', url, headers: s.headers });
  const ok = (res: { statusCode: number; body: string }) => {
    expect(res.statusCode, res.body).toBe(200);
    return json(res as never);
  };

  it('loads the demo year once, into an empty hotline only, writing no audit records or events', async () => {
    const before = [await countRows(t, 'platform.audit_log'), await countRows(t, 'platform.outbox')];
    const progress: number[] = [];
    const loaded = await seedDemoOrders(t.rt.hotline, { count: 250, now, onProgress: (p) => progress.push(p.orders) });
    expect(loaded).toMatchObject({ orders: 250 });
    expect(progress.at(-1)).toBe(250);
    expect(await countRows(t, 'hotline.work_order')).toBe(250);
    expect(await countRows(t, 'hotline.order_event')).toBe(loaded!.events);
    expect([await countRows(t, 'platform.audit_log'), await countRows(t, 'platform.outbox')]).toEqual(before);
    expect(await seedDemoOrders(t.rt.hotline, { count: 250, now })).toBeNull();
    expect(await countRows(t, 'hotline.work_order')).toBe(250);
    // the same builder, seed and city give back exactly what was loaded
    const city = await readSeedCity(t.rt.database.db);
    const calendar = t.rt.system.calendar.current();
    orders = [...buildOrders({ seed: DEMO_ORDERS_SEED, count: 250, from: new Date(now.getTime() - YEAR), to: now, city, calendar })];
    expect(orders.every((o) => o.routing === null || Object.values(dept).includes(String(o.routing.unitId)))).toBe(true);
  });

  it('reads the orders back through the API as intake would have stored them', async () => {
    const list = ok(await get('/api/hotline/orders?pageSize=200', agent));
    expect(list.total).toBe(250);
    const states = new Map<string, SeedOrder>();
    for (const o of orders) if (!states.has(o.order.state)) states.set(o.order.state, o);
    expect(states.size).toBeGreaterThan(2);
    for (const o of states.values()) {
      const d = ok(await get(`/api/hotline/orders/${o.id}`, agent));
      expect(d).toMatchObject({
        orderNo: o.orderNo,
        state: o.order.state,
        unitId: o.order.assignedUnitId,
        categoryCode: o.categoryCode,
        divisionCode: o.divisionCode,
        body: o.body,
        version: o.version,
        createdAt: o.createdAt.toISOString(),
      });
      expect(d.timeline.map((l: { action: string }) => l.action)).toEqual(o.order.timeline.map((e) => e.action));
      expect(d.dueAt).toBe(o.order.sla?.dueAt.toISOString() ?? null);
      if (o.caller) {
        expect(d.callerPhone).toBe(`${o.caller.phone.slice(0, 3)}****${o.caller.phone.slice(7)}`);
        const row = await t.rt.database.db
          .selectFrom('hotline.work_order')
          .select('caller_phone_enc')
          .where('id', '=', o.id)
          .executeTakeFirstOrThrow();
        expect(row.caller_phone_enc).not.toContain(o.caller.phone);
        expect(t.rt.identity.cipher.decrypt(row.caller_phone_enc as string)).toBe(o.caller.phone);
      }
    }
  });

  it("keeps each unit's share inside its scope", async () => {
    const cgj = dept['JY-CGJ']!;
    const mine = orders.filter((o) => o.order.assignedUnitId === cgj || o.order.coHandlers.some((c) => c.unitId === cgj));
    expect(mine.length).toBeGreaterThan(0);
    const list = ok(await get('/api/hotline/orders?pageSize=200', unit));
    expect(list.total).toBe(mine.length);
    const other = orders.find(
      (o) => o.order.assignedUnitId !== null && o.order.assignedUnitId !== cgj && !o.order.coHandlers.some((c) => c.unitId === cgj),
    )!;
    expect((await get(`/api/hotline/orders/${other.id}`, unit)).statusCode).toBe(404);
  });

  it('lets the workflow carry on from a loaded order, and live intake number after the loaded ones', async () => {
    const open = orders.find((o) => ['dispatched', 'in_progress', 'replied'].includes(o.order.state))!;
    expect(open).toBeDefined();
    const supervisor = await t.login('supervisor');
    const d = ok(await get(`/api/hotline/orders/${open.id}`, supervisor));
    expect(d.availableActions).toContain('urge');
    const url = `/api/hotline/orders/${open.id}/actions`;
    const urged = ok(
      await t.app.inject({
        method: 'POST',
        url,
        headers: supervisor.headers,
        payload: { type: 'urge', note: '请加快办理', version: d.version },
      }),
    );
    expect(urged).toMatchObject({ state: open.order.state, version: open.version + 1 });
    expect(urged.timeline).toHaveLength(open.order.timeline.length + 1);
    const days = new Map<string, number>();
    for (const o of orders) days.set(o.orderNo.slice(6, 14), Math.max(days.get(o.orderNo.slice(6, 14)) ?? 0, Number(o.orderNo.slice(15))));
    const seq = await sql<{ day: string; last: number }>`SELECT day, last FROM hotline.order_sequence`.execute(t.rt.database.db);
    const stored = new Map(seq.rows.map((r) => [r.day.replace(/-/g, ''), Number(r.last)]));
    for (const [day, last] of days) expect(stored.get(day), day).toBe(last);
    const call = { channel: 'phone', type: 'consultation', body: '请问社保卡丢了怎么补办？', categoryCode: 'labour.social_insurance' };
    const fresh = ok(await t.app.inject({ method: 'POST', url: '/api/hotline/orders', headers: agent.headers, payload: call }));
    const today = fresh.orderNo.slice(6, 14);
    expect(Number(fresh.orderNo.slice(15))).toBe((days.get(today) ?? 0) + 1);
  });

  it('arms the 催办/督办 timers still ahead as durable jobs', async () => {
    const expected = orders.flatMap((o) => o.timers.map((x) => `order:${o.id}:${x.timer === 'warning' ? 'warn' : 'overdue'}`)).sort();
    expect(expected.length).toBeGreaterThan(0);
    const ids = new Set(orders.map((o) => o.id));
    const jobs = await t.rt.database.db
      .selectFrom('platform.job')
      .select(['singleton_key', 'run_at'])
      .where('queue', '=', TIMER_QUEUE)
      .where('state', '=', 'pending')
      .execute();
    const loaded = jobs.filter((j: { singleton_key: string }) => ids.has(j.singleton_key.split(':')[1]!));
    // urging the order in the previous test does not touch its timers
    expect(loaded.map((j: { singleton_key: string }) => j.singleton_key).sort()).toEqual(expected);
    expect(loaded.every((j: { run_at: Date }) => new Date(j.run_at) > now)).toBe(true);
  });

  it('loads another range in batches with progress, refusing nothing a fresh day can take', async () => {
    const city = await readSeedCity(t.rt.database.db);
    const calendar = t.rt.system.calendar.current();
    const to = new Date(now.getTime() - YEAR - 10 * DAY);
    const batch = [...buildOrders({ seed: 4, count: 120, from: new Date(to.getTime() - 60 * DAY), to, city, calendar })];
    const seen: number[] = [];
    const r = await loadOrders(t.rt.database.db, t.rt.identity.cipher, batch, { batchSize: 50, onProgress: (p) => seen.push(p.orders) });
    expect(seen).toEqual([50, 100, 120]);
    expect(r).toMatchObject({ orders: 120, events: batch.reduce((s, o) => s + o.order.timeline.length, 0) });
    expect(await countRows(t, 'hotline.work_order')).toBe(250 + 120 + 1);
    // a second load into the same days collides on order numbers and rolls back its batch whole
    await expect(loadOrders(t.rt.database.db, t.rt.identity.cipher, batch.slice(0, 10))).rejects.toThrow();
    expect(await countRows(t, 'hotline.work_order')).toBe(250 + 120 + 1);
  });
});
