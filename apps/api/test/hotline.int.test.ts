import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { setYear } from '@yiwang/platform';
import { testEngines } from '@yiwang/platform/testing';
import { createClassifier, fixedClassifier, TIMER_QUEUE, trainModel } from '@yiwang/hotline';
import { countRows, createTestApp, json, publishCalendarThrough, type Session, type TestApp } from './harness.js';

const HEPO = '445222001000'; // 揭西县河婆街道
const intake = (extra: Record<string, unknown> = {}) => ({
  channel: 'phone',
  type: 'complaint',
  title: '路边占道经营',
  body: '河婆街道某路口夜间有流动摊贩占道经营，影响通行。',
  categoryCode: 'urban.vendors',
  divisionCode: HEPO,
  address: '揭西县河婆街道某路口',
  lat: 23.43,
  lng: 115.84,
  callerName: '欧阳明',
  callerPhone: '13800138000',
  ...extra,
});

describe.each(testEngines())('12345 work orders on %s', (engine) => {
  let t: TestApp;
  let agent: Session;
  let unit: Session;
  let supervisor: Session;
  const dept: Record<string, string> = {};
  beforeAll(async () => {
    t = await createTestApp(engine);
    // order deadlines of up to 15 working days from today reach into next year
    await publishCalendarThrough(t, new Date().getFullYear() + 1);
    [agent, unit, supervisor] = [await t.login('hotline.agent'), await t.login('cgj.handler'), await t.login('supervisor')];
    const rows = await t.rt.database.db.selectFrom('identity.department').select(['id', 'code']).execute();
    for (const r of rows as Array<{ id: string; code: string }>) dept[r.code] = r.id;
  });
  afterAll(() => t?.close());

  const get = (url: string, s: Session) => t.app.inject({ method: 'GET', url, headers: s.headers });
  const post = (url: string, payload: unknown, s: Session, extra: Record<string, string> = {}) =>
    t.app.inject({ method: 'POST', url, headers: { ...s.headers, ...extra }, payload: payload as object });
  const act = (o: { id: string; version: number }, body: Record<string, unknown>, s: Session) =>
    post(`/api/hotline/orders/${o.id}/actions`, { version: o.version, ...body }, s);
  const ok = (res: { statusCode: number; body: string }) => {
    expect(res.statusCode, res.body).toBe(200);
    return json(res as never);
  };
  const timers = async (id: string) =>
    (
      await sql<{ singleton_key: string }>`SELECT singleton_key FROM platform.job
        WHERE singleton_key LIKE ${`order:${id}:%`} AND state = 'pending' ORDER BY singleton_key`.execute(t.rt.database.db)
    ).rows.map((r) => r.singleton_key);

  it('takes a call, routes it by the responsibility list with an explanation and runs it to closed', async () => {
    let o = ok(await post('/api/hotline/orders', intake(), agent));
    expect(o.orderNo).toMatch(/^12345-\d{8}-\d{6}$/);
    expect(o).toMatchObject({ state: 'dispatched', unitId: dept['JY-CGJ'], categoryCode: 'urban.vendors', triage: false });
    expect(o.routing.matchedOn).toContain('category');
    expect(o.routing).toMatchObject({ unitId: dept['JY-CGJ'], unitName: '揭阳市城市管理和综合执法局' });
    expect(o.routing.why).toContain('urban');
    expect(o.routing.why).toContain('揭阳市城市管理和综合执法局');
    expect(o.callerPhone).toBe('138****8000');
    expect(o.callerName).not.toContain('明');
    expect(o.dueAt).not.toBeNull();
    expect(await timers(o.id)).toEqual([`order:${o.id}:overdue`, `order:${o.id}:warn`]);
    const stored = await t.rt.database.db
      .selectFrom('hotline.work_order')
      .select(['caller_phone_enc', 'caller_name_enc'])
      .where('id', '=', o.id)
      .executeTakeFirstOrThrow();
    expect(stored.caller_phone_enc).not.toContain('13800138000');
    expect(t.rt.identity.cipher.decrypt(stored.caller_name_enc!)).toBe('欧阳明');

    const inbox = ok(await get(`/api/hotline/orders?state=dispatched`, unit));
    expect(inbox.items.map((x: { id: string }) => x.id)).toContain(o.id);
    o = ok(await act(o, { type: 'sign' }, unit));
    expect(o.state).toBe('in_progress');
    o = ok(await act(o, { type: 'reply', content: '已安排执法队员清理，并加强夜间巡查。' }, unit));
    expect(o.state).toBe('replied');
    o = ok(await act(o, { type: 'review', outcome: 'accept' }, agent));
    expect(o.state).toBe('reviewed');
    expect(await timers(o.id)).toEqual([]);
    o = ok(await act(o, { type: 'callback', result: 'satisfied' }, agent));
    expect(o.state).toBe('closed');
    expect(o.timeline.map((l: { action: string }) => l.action)).toEqual(['register', 'dispatch', 'sign', 'reply', 'review', 'callback']);
    const audit = await t.rt.database.db
      .selectFrom('platform.audit_log')
      .select('action')
      .where('resource_id', '=', o.id)
      .orderBy('id')
      .execute();
    expect(audit.map((a: { action: string }) => a.action)).toEqual([
      'hotline.order.create',
      'hotline.order.sign',
      'hotline.order.reply',
      'hotline.order.review',
      'hotline.order.callback',
    ]);
    const topics = await t.rt.database.db.selectFrom('platform.outbox').select('topic').where('key', '=', o.id).execute();
    expect(topics.map((x: { topic: string }) => x.topic)).toEqual(
      expect.arrayContaining(['hotline.order.registered', 'hotline.order.dispatched', 'hotline.order.signed', 'hotline.order.called_back']),
    );
  });

  it('sends an order without a rule to the street office of its division, and one without category to triage', async () => {
    const local = ok(await post('/api/hotline/orders', intake({ categoryCode: 'other' }), agent));
    expect(local.unitId).toBe(dept['JY-445222001-BSC']);
    expect(local.routing.matchedOn).toEqual(['territorial']);
    expect(local.routing.why).toContain('河婆街道办事处');
    const { categoryCode: _c, ...rest } = intake();
    const triage = ok(await post('/api/hotline/orders', rest, agent));
    expect(triage).toMatchObject({ state: 'registered', triage: true, categoryCode: null, unitId: null, routing: null });
    const queue = ok(await get('/api/hotline/orders?triage=true', agent));
    expect(queue.items.map((x: { id: string }) => x.id)).toContain(triage.id);
    const dispatched = ok(await act(triage, { type: 'dispatch', unitId: dept['JY-CGJ'] }, agent));
    expect(dispatched).toMatchObject({ state: 'dispatched', unitId: dept['JY-CGJ'] });
  });

  it('lets a unit return an order with a reason; the hotline approves and it is reassigned', async () => {
    let o = ok(await post('/api/hotline/orders', intake(), agent));
    const noReason = await act(o, { type: 'return', reason: '  ' }, unit);
    expect(json(noReason).code).toBe('REASON_REQUIRED');
    o = ok(await act(o, { type: 'return', reason: '该路段属河婆街道管辖' }, unit));
    expect(o.state).toBe('returned');
    o = ok(await act(o, { type: 'approve_return', unitId: dept['JY-445222001-BSC'] }, agent));
    expect(o).toMatchObject({ state: 'dispatched', unitId: dept['JY-445222001-BSC'] });
    // the unit that returned it no longer sees it
    expect((await get(`/api/hotline/orders/${o.id}`, unit)).statusCode).toBe(404);
    const internal = o.timeline.filter((l: { internal: boolean }) => l.internal).map((l: { action: string }) => l.action);
    expect(internal).toEqual(['return', 'approve_return']);
  });

  it('refuses an action the state does not allow, and a stale version, writing nothing', async () => {
    const o = ok(await post('/api/hotline/orders', intake(), agent));
    const before = [
      await countRows(t, 'hotline.order_event'),
      await countRows(t, 'platform.audit_log'),
      await countRows(t, 'platform.outbox'),
    ];
    const early = await act(o, { type: 'callback', result: 'satisfied' }, agent);
    expect(early.statusCode).toBe(409);
    expect(json(early).code).toBe('ACTION_NOT_ALLOWED');
    const wrongRole = await act(o, { type: 'sign' }, agent);
    expect(json(wrongRole).code).toBe('ROLE_NOT_ALLOWED');
    const stale = await act({ id: o.id, version: o.version + 5 }, { type: 'sign' }, unit);
    expect(stale.statusCode).toBe(409);
    expect(json(stale).code).toBe('CONFLICT');
    expect([
      await countRows(t, 'hotline.order_event'),
      await countRows(t, 'platform.audit_log'),
      await countRows(t, 'platform.outbox'),
    ]).toEqual(before);
    const fresh = ok(await get(`/api/hotline/orders/${o.id}`, agent));
    expect(fresh).toMatchObject({ state: 'dispatched', version: o.version });
  });

  it('saves a call without a deadline when the year has no published holiday schedule, and flags it', async () => {
    const year = new Date().getFullYear();
    const setYearComplete = (complete: boolean) =>
      t.rt.database.db.transaction().execute((tx) => setYear(tx, year, complete, complete ? 'test' : 'chinese-days'));
    await setYearComplete(false);
    await t.rt.system.calendar.reload();
    try {
      const o = ok(await post('/api/hotline/orders', intake(), agent));
      expect(o).toMatchObject({ state: 'dispatched', deadlinePending: true, dueAt: null });
      expect(await timers(o.id)).toEqual([]);
    } finally {
      await setYearComplete(true);
      await t.rt.system.calendar.reload();
    }
    const normal = ok(await post('/api/hotline/orders', intake(), agent));
    expect(normal).toMatchObject({ deadlinePending: false });
    expect(normal.dueAt).not.toBeNull();
  });

  it('answers an intake retry with the same Idempotency-Key with the first order', async () => {
    const n = await countRows(t, 'hotline.work_order');
    const first = ok(await post('/api/hotline/orders', intake(), agent, { 'idempotency-key': 'call-20261122-0001' }));
    const again = ok(await post('/api/hotline/orders', intake(), agent, { 'idempotency-key': 'call-20261122-0001' }));
    expect(again.id).toBe(first.id);
    expect(again.orderNo).toBe(first.orderNo);
    expect(await countRows(t, 'hotline.work_order')).toBe(n + 1);
    const other = await post('/api/hotline/orders', intake({ title: '另一件事' }), agent, { 'idempotency-key': 'call-20261122-0001' });
    expect(json(other).code).toBe('IDEMPOTENCY_KEY_REUSED');
  });

  it("hides another unit's order from a handling unit", async () => {
    const elsewhere = ok(await post('/api/hotline/orders', intake({ categoryCode: 'market.food_safety' }), agent));
    expect(elsewhere.unitId).toBe(dept['JY-SJJ']);
    expect(json(await get(`/api/hotline/orders/${elsewhere.id}`, unit)).code).toBe('NOT_FOUND');
    expect((await act(elsewhere, { type: 'sign' }, unit)).statusCode).toBe(404);
    const list = ok(await get('/api/hotline/orders?pageSize=200', unit));
    expect(
      list.items.every(
        (x: { unitId: string; coUnitIds: string[] }) => x.unitId === dept['JY-CGJ'] || x.coUnitIds.includes(dept['JY-CGJ']!),
      ),
    ).toBe(true);
    expect(ok(await get(`/api/hotline/orders/${elsewhere.id}`, supervisor)).id).toBe(elsewhere.id);
  });

  it('rejects bad input with a 4xx and writes nothing', async () => {
    const n = await countRows(t, 'hotline.work_order');
    const bad: Array<[Record<string, unknown>, string]> = [
      [{ body: '' }, 'VALIDATION_FAILED'],
      [{ body: '   ' }, 'VALIDATION_FAILED'],
      [{ body: '长'.repeat(50_000) }, 'VALIDATION_FAILED'],
      [{ lat: 123.4 }, 'VALIDATION_FAILED'],
      [{ lng: 'east' }, 'VALIDATION_FAILED'],
      [{ lat: undefined }, 'VALIDATION_FAILED'],
      [{ categoryCode: 'urban.unicorns' }, 'VALIDATION_FAILED'],
      [{ callerPhone: '12345' }, 'INVALID_PHONE'],
      [{ divisionCode: '445299999999' }, 'INVALID_DIVISION_CODE'],
    ];
    for (const [patch, code] of bad) {
      const res = await post('/api/hotline/orders', intake(patch), agent);
      expect(res.statusCode, JSON.stringify(patch).slice(0, 80)).toBeGreaterThanOrEqual(400);
      expect(res.statusCode).toBeLessThan(500);
      expect(json(res).code, JSON.stringify(patch).slice(0, 80)).toBe(code);
    }
    expect(await countRows(t, 'hotline.work_order')).toBe(n);
  });

  it('fires the 催办 timer as an urge and drops a stale one', async () => {
    const o = ok(await post('/api/hotline/orders', intake(), agent));
    await t.rt.database.db
      .updateTable('platform.job')
      .set({ run_at: sql`now() - interval '1 second'` })
      .where('singleton_key', '=', `order:${o.id}:warn`)
      .where('state', '=', 'pending')
      .execute();
    await t.rt.jobs.drain();
    const after = ok(await get(`/api/hotline/orders/${o.id}`, agent));
    expect(after.timeline.at(-1)).toMatchObject({ action: 'urge', actorRole: 'system', internal: true });
    expect(await timers(o.id)).toEqual([`order:${o.id}:overdue`]);

    // a timer left over from before the order was closed finds nothing to supervise and is dropped
    const { categoryCode: _c, ...call } = intake();
    const closed = ok(await act(ok(await post('/api/hotline/orders', call, agent)), { type: 'close', reason: '重复来电，已告知' }, agent));
    expect(await timers(closed.id)).toEqual([]);
    await t.rt.database.db
      .insertInto('platform.job')
      .values({
        queue: TIMER_QUEUE,
        payload: JSON.stringify({ orderId: closed.id, timer: 'overdue' }),
        singleton_key: `order:${closed.id}:overdue`,
      })
      .execute();
    await t.rt.jobs.drain();
    const job = await t.rt.database.db
      .selectFrom('platform.job')
      .select('state')
      .where('singleton_key', '=', `order:${closed.id}:overdue`)
      .where('state', '!=', 'cancelled')
      .executeTakeFirstOrThrow();
    expect(job.state).toBe('done');
    expect(ok(await get(`/api/hotline/orders/${closed.id}`, agent)).version).toBe(closed.version);
  });

  it('lets an admin edit the routing rules, and the next dispatch follows them', async () => {
    const admin = await t.login('zsj.admin');
    const rule = ok(
      await post(
        '/api/hotline/routing-rules',
        { categoryPrefix: 'urban.vendors', divisionPrefix: '445222', keywords: ['摊贩'], unitId: dept['JY-JX-CGJ'], priority: 5 },
        admin,
      ),
    );
    const o = ok(await post('/api/hotline/orders', intake(), agent));
    expect(o.unitId).toBe(dept['JY-JX-CGJ']);
    expect(o.routing).toMatchObject({ ruleId: rule.id, matchedOn: ['category', 'division', 'keywords'], keywords: ['摊贩'] });
    const off = ok(
      await t.app.inject({
        method: 'PATCH',
        url: `/api/hotline/routing-rules/${rule.id}`,
        headers: admin.headers,
        payload: { active: false, version: rule.version },
      }),
    );
    expect(off).toMatchObject({ active: false, version: rule.version + 1 });
    expect(ok(await post('/api/hotline/orders', intake(), agent)).unitId).toBe(dept['JY-CGJ']);
    expect((await post('/api/hotline/routing-rules', { categoryPrefix: 'urban', unitId: dept['JY-CGJ'] }, agent)).statusCode).toBe(403);
    const categories = ok(await get('/api/hotline/categories', agent));
    expect(categories.length).toBeGreaterThanOrEqual(40);
    expect(categories).toContainEqual({ code: 'urban.vendors', name: '占道经营', parentCode: 'urban', active: true });
  });

  it('classifies with a loaded model when it is confident, and sends the rest to triage', async () => {
    const topics: Record<string, string[]> = {
      'labour.wage_arrears': ['老板拖欠三个月工资不发', '农民工讨薪无门，工资被拖欠', '公司拖欠工资不给结算'],
      'environment.air': ['工厂晚上偷排废气，气味刺鼻', '垃圾焚烧冒黑烟呛人', '企业烟囱排放废气污染空气'],
      'no.such_category': ['孩子到了年龄却没有学位', '学校要求家长交资料费', '老师周末组织有偿补课'],
    };
    const rows = Object.entries(topics).flatMap(([label, phrases]) =>
      Array.from({ length: 20 }, (_, i) => ({ body: `您好，${phrases[i % 3]}，${phrases[(i + 1) % 3]}。第${i}号来电。`, label })),
    );
    const model = createClassifier(trainModel(rows));
    t.rt.hotline.classifier = fixedClassifier(model);
    try {
      const { categoryCode: _c, ...call } = intake({ body: '老板拖欠我们工资半年了不发，农民工讨薪无门' });
      const wage = ok(await post('/api/hotline/orders', call, agent));
      expect(wage.classification).toMatchObject({ source: 'model', modelVersion: null });
      expect(wage.classification.suggestions[0]).toMatchObject({ categoryCode: 'labour.wage_arrears', categoryName: '拖欠工资' });
      expect(wage.classification.top).toHaveLength(3);
      expect(wage).toMatchObject({ categoryCode: 'labour.wage_arrears', triage: false, state: 'dispatched', unitId: dept['JY-RSJ'] });
      // the model's best label is no category of ours: saved all the same, in the triage queue
      const school = ok(await post('/api/hotline/orders', { ...call, body: '学校要求家长交资料费，老师周末组织有偿补课' }, agent));
      expect(school).toMatchObject({ categoryCode: null, triage: true, state: 'registered' });
      expect(school.classification.source).toBe('triage');
    } finally {
      t.rt.hotline.classifier = { current: () => null };
    }
  });
});
