import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { testEngines } from '@yiwang/platform/testing';
import { countRows, createTestApp, json, publishCalendarThrough, type Session, type TestApp } from './harness.js';

const HEPO = '445222001000'; // 揭西县河婆街道
const RONGHUA = '445202001000'; // 榕城区榕华街道
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const call = (extra: Record<string, unknown> = {}) => ({
  channel: 'phone',
  type: 'complaint',
  body: '河婆街道某路口夜间有流动摊贩占道经营，影响通行。',
  categoryCode: 'urban.vendors',
  divisionCode: HEPO,
  ...extra,
});

describe.each(testEngines())('12345 notices and unit cards on %s', (engine) => {
  let t: TestApp;
  let agent: Session;
  let unit: Session;
  let supervisor: Session;
  const dept: Record<string, string> = {};
  beforeAll(async () => {
    t = await createTestApp(engine);
    await publishCalendarThrough(t, new Date().getFullYear() + 1);
    [agent, unit, supervisor] = [await t.login('hotline.agent'), await t.login('cgj.handler'), await t.login('supervisor')];
    const rows = await t.rt.database.db.selectFrom('identity.department').select(['id', 'code']).execute();
    for (const r of rows as Array<{ id: string; code: string }>) dept[r.code] = r.id;
  });
  afterAll(() => t?.close());

  const get = (url: string, s: Session, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'GET', url, headers: { ...s.headers, ...headers } });
  const post = (url: string, payload: unknown, s: Session) =>
    t.app.inject({ method: 'POST', url, headers: s.headers, payload: payload as object });
  const ok = (res: { statusCode: number; body: string }) => {
    expect(res.statusCode, res.body).toBe(200);
    return json(res as never);
  };
  const order = async (extra: Record<string, unknown> = {}) => ok(await post('/api/hotline/orders', call(extra), agent));
  const act = async (o: { id: string }, body: Record<string, unknown>, s: Session) => {
    const fresh = ok(await get(`/api/hotline/orders/${o.id}`, agent));
    return ok(await post(`/api/hotline/orders/${o.id}/actions`, { version: fresh.version, ...body }, s));
  };
  const inbox = async (s: Session, headers: Record<string, string> = {}) =>
    ok(await get('/api/hotline/notifications?pageSize=200', s, headers));
  const noticesOf = async (s: Session, orderId: string) =>
    (await inbox(s)).items.filter((n: { orderId: string }) => n.orderId === orderId).map((n: { topic: string }) => n.topic);
  const user = async (username: string, code: string, roles: string[], dataScope: string) => {
    const payload = { username, displayName: username, password: 'Fixture2026abc', roles, departmentId: dept[code], dataScope };
    ok(await post('/api/identity/users', payload, await t.login('admin')));
    return t.login(username, 'Fixture2026abc');
  };
  /** Moves an order's deadline (row and snapshot) as if it had been registered long ago. */
  const backdate = async (id: string, dueAt: Date) => {
    const warnAt = new Date(dueAt.getTime() - DAY);
    await sql`UPDATE hotline.work_order SET due_at = ${dueAt}, warn_at = ${warnAt},
      snapshot = jsonb_set(jsonb_set(snapshot, '{sla,dueAt}', to_jsonb(${dueAt.toISOString()}::text)), '{sla,warnAt}', to_jsonb(${warnAt.toISOString()}::text))
      WHERE id = ${id}`.execute(t.rt.database.db);
  };
  /** Lets the order's 督办 timer come due now, then runs the job runner as the background loop would. */
  const fireOverdue = async (id: string) => {
    await sql`UPDATE platform.job SET run_at = now() - interval '1 second'
      WHERE singleton_key = ${`order:${id}:overdue`} AND state = 'pending'`.execute(t.rt.database.db);
    await t.rt.jobs.drain();
  };

  it('raises a 督办 on an overdue order: the supervisor and the unit get a notice, and the unit shows a red card', async () => {
    const o = await order();
    expect(o.unitId).toBe(dept['JY-CGJ']);
    await backdate(o.id, new Date(Date.now() - 30 * DAY));
    await fireOverdue(o.id);

    const line = ok(await get(`/api/hotline/orders/${o.id}`, agent)).timeline.at(-1);
    expect(line).toMatchObject({ action: 'supervise', actorRole: 'system' });
    const notice = (await inbox(supervisor)).items.find((n: { orderId: string }) => n.orderId === o.id);
    expect(notice).toMatchObject({ orderNo: o.orderNo, topic: 'supervise', readAt: null });
    expect(notice.title).toContain('督办');
    expect((await noticesOf(unit, o.id)).sort()).toEqual(['dispatch', 'supervise']);

    const cards = ok(await get('/api/hotline/unit-cards', supervisor));
    const cgj = cards.find((c: { unitId: string }) => c.unitId === dept['JY-CGJ']);
    expect(cgj).toMatchObject({ unitName: '揭阳市城市管理和综合执法局', card: 'red' });
    const late = cgj.overdue.find((x: { orderId: string }) => x.orderId === o.id);
    expect(late).toMatchObject({ orderNo: o.orderNo, open: true });
    expect(late.workingDaysLate).toBeGreaterThan(3);
    expect(cgj.why).toContain(o.orderNo);
    // the unit itself sees exactly its own card
    expect(ok(await get('/api/hotline/unit-cards', unit))).toEqual([cgj]);
  });

  it('tells only supervisors whose scope covers the order', async () => {
    const rc = await user('rc.supervisor', 'JY-RC-ZSJ', ['supervisor'], 'division');
    const jieXi = await order({ categoryCode: 'labour.wage_arrears' });
    const rongCheng = await order({ categoryCode: 'labour.wage_arrears', divisionCode: RONGHUA });
    for (const o of [jieXi, rongCheng]) {
      await backdate(o.id, new Date(Date.now() - 2 * HOUR));
      await fireOverdue(o.id);
    }
    expect(await noticesOf(rc, jieXi.id)).toEqual([]);
    expect(await noticesOf(rc, rongCheng.id)).toEqual(['supervise']);
    expect(await noticesOf(supervisor, jieXi.id)).toEqual(['supervise']);
  });

  it('delivers each notice once to each recipient, in the reader language, and only to them', async () => {
    const o = await order();
    await t.rt.jobs.drain();
    expect(await noticesOf(unit, o.id)).toEqual(['dispatch']);
    expect(await noticesOf(agent, o.id)).toEqual([]);
    const en = (await inbox(unit, { 'accept-language': 'en' })).items.find((n: { orderId: string }) => n.orderId === o.id);
    expect(en.title).toBe('New order assigned to your unit');

    await act(o, { type: 'return', reason: '该路段属河婆街道管辖' }, unit);
    await t.rt.jobs.drain();
    expect(await noticesOf(agent, o.id)).toEqual(['return']);
    expect(await noticesOf(supervisor, o.id)).toEqual([]);

    // a redelivered event — marker kept, or even lost — never stores a second notice
    const { id: eventId } = await t.rt.database.db
      .selectFrom('platform.outbox')
      .select('id')
      .where('topic', '=', 'hotline.order.notify')
      .where('key', '=', o.id)
      .orderBy('id')
      .executeTakeFirstOrThrow();
    const n = await countRows(t, 'hotline.notification');
    const audits = await countRows(t, 'platform.audit_log');
    const redeliver = () =>
      t.rt.database.db
        .insertInto('platform.job')
        .values({ queue: 'event:hotline.notifications', payload: JSON.stringify({ eventId }) })
        .execute();
    await redeliver();
    await t.rt.jobs.drain();
    await t.rt.database.db.deleteFrom('platform.processed_event').where('event_id', '=', eventId).execute();
    await redeliver();
    await t.rt.jobs.drain();
    expect(await countRows(t, 'hotline.notification')).toBe(n);
    expect(await countRows(t, 'platform.audit_log')).toBe(audits);
    expect(await noticesOf(unit, o.id)).toEqual(['dispatch']);
  });

  it('marks own notices read, one by one or all at once, and nobody else’s', async () => {
    await order();
    await t.rt.jobs.drain();
    const before = await inbox(unit);
    expect(before.unreadCount).toBeGreaterThanOrEqual(2);
    const [first] = before.items;
    const mark = (body: unknown, s: Session) => post('/api/hotline/notifications/read', body, s);
    expect(ok(await mark({ ids: [first.id] }, unit))).toEqual({ updated: 1, unreadCount: before.unreadCount - 1 });
    expect(ok(await mark({ ids: [first.id] }, unit)).updated).toBe(0);
    const unread = ok(await get('/api/hotline/notifications?unread=true&pageSize=200', unit));
    expect(unread.items.map((x: { id: string }) => x.id)).not.toContain(first.id);
    expect(unread.total).toBe(before.unreadCount - 1);

    const agentNotice = (await inbox(agent)).items[0];
    expect(ok(await mark({ ids: [agentNotice.id] }, unit)).updated).toBe(0);
    expect((await inbox(agent)).items[0].readAt).toBeNull();

    for (const bad of [{}, { ids: [first.id], all: true }, { all: false }, { ids: [] }]) {
      const res = await mark(bad, unit);
      expect(res.statusCode, JSON.stringify(bad)).toBe(400);
      expect(json(res).code).toBe('VALIDATION_FAILED');
    }
    expect(ok(await mark({ all: true }, unit))).toEqual({ updated: before.unreadCount - 1, unreadCount: 0 });
    expect((await inbox(unit)).items.every((x: { readAt: string | null }) => x.readAt !== null)).toBe(true);
  });

  it('tells a portal caller when their order is closed, and no phone caller', async () => {
    const { categoryCode: _c, ...uncategorised } = call();
    const portal = ok(await post('/api/hotline/orders', { ...uncategorised, channel: 'web' }, agent));
    const citizen = await t.login('zhangsan');
    // the portal intake (another area of issue 4) files the order as the citizen's own account
    await t.rt.database.db.updateTable('hotline.work_order').set({ created_by: citizen.me.id }).where('id', '=', portal.id).execute();
    await act(portal, { type: 'close', reason: '已电话告知办理渠道' }, agent);
    const phone = ok(await post('/api/hotline/orders', uncategorised, agent));
    await act(phone, { type: 'close', reason: '重复来电，已告知' }, agent);
    await t.rt.jobs.drain();
    const mine = await inbox(citizen);
    expect(mine.items.map((n: { orderId: string; topic: string }) => [n.orderId, n.topic])).toEqual([[portal.id, 'close']]);
    expect(mine.items[0].title).toBe('您的诉求已办结');
    const closeNotices = await t.rt.database.db
      .selectFrom('hotline.notification')
      .select('order_id')
      .where('topic', '=', 'close')
      .execute();
    expect(closeNotices.map((r: { order_id: string }) => r.order_id)).toEqual([portal.id]);
  });

  it('shows yellow for an order just overdue or answered late, green for one on time, and units in the chosen division only', async () => {
    const handler = await user('jt.handler', 'JY-JTYSJ', ['handling_unit'], 'unit');
    const territorial = await order({ categoryCode: 'other' });
    const justLate = await order({ categoryCode: 'market.food_safety' });
    await backdate(justLate.id, new Date(Date.now() - HOUR));
    const onTime = await order({ categoryCode: 'health.medical_services' });
    const answered = await order({ categoryCode: 'transport.public_transit' });
    await act(answered, { type: 'sign' }, handler);
    await act(answered, { type: 'reply', content: '已协调公交公司调整班次。' }, handler);
    await backdate(answered.id, new Date(Date.now() - 2 * DAY));

    const cards = ok(await get('/api/hotline/unit-cards?days=30', supervisor));
    const card = (code: string) => cards.find((c: { unitId: string }) => c.unitId === dept[code]);
    expect(card('JY-SJJ')).toMatchObject({ card: 'yellow', overdue: [{ orderId: justLate.id, orderNo: justLate.orderNo, open: true }] });
    expect(card('JY-SJJ').why).toContain('黄牌');
    expect(card('JY-JTYSJ')).toMatchObject({ card: 'yellow', overdue: [{ orderId: answered.id, open: false }] });
    expect(card('JY-WJJ')).toMatchObject({ card: 'green', overdue: [] });
    expect(onTime.unitId).toBe(dept['JY-WJJ']);
    expect(card('JY-JYJ')).toBeUndefined(); // no orders in the period
    const rank = { red: 0, yellow: 1, green: 2 } as Record<string, number>;
    const ranks = cards.map((c: { card: string }) => rank[c.card]);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));

    const jieXi = ok(await get('/api/hotline/unit-cards?divisionCode=445222000000', supervisor));
    const codes = await t.rt.database.db.selectFrom('identity.department').select(['id', 'division_code']).execute();
    const divisionOf = new Map(codes.map((d: { id: string; division_code: string }) => [d.id, d.division_code]));
    expect(jieXi.map((c: { unitId: string }) => c.unitId)).toContain(territorial.unitId); // 河婆街道办事处, by 属地
    for (const c of jieXi) expect(divisionOf.get(c.unitId)).toMatch(/^445222/);
    expect((await get('/api/hotline/unit-cards?days=0', supervisor)).statusCode).toBe(400);
  });
});
