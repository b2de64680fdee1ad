import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { testEngines } from '@yiwang/platform/testing';
import { createClassifier, fixedClassifier, trainModel } from '@yiwang/hotline';
import { countRows, createTestApp, type Session, type TestApp } from './harness.js';
import { hotlineClient, prepareHotline } from './support/hotline-client.js';
import { fingerprint } from './support/requests.js';

const HEPO = '445222001000'; // 揭西县河婆街道
const RC_TOWN = '445202001000'; // 榕城区的一个街道
const VENDORS = '河婆街道新华路口每天晚上有流动摊贩占道经营，油烟很大，堵塞交通，请城管处理。';
const intake = (extra: Record<string, unknown> = {}) => ({
  channel: 'phone',
  type: 'complaint',
  title: '路口摊贩占道',
  body: VENDORS,
  categoryCode: 'urban.vendors',
  divisionCode: HEPO,
  ...extra,
});

describe.each(testEngines())('12345 desk on %s', (engine) => {
  let t: TestApp;
  let agent: Session;
  let unit: Session;
  let supervisor: Session;
  /** a hotline agent whose data scope is 榕城区 only */
  let rcAgent: Session;
  let dept: Record<string, string>;
  beforeAll(async () => {
    t = await createTestApp(engine);
    dept = await prepareHotline(t);
    [agent, unit, supervisor] = [await t.login('hotline.agent'), await t.login('cgj.handler'), await t.login('supervisor')];
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/identity/users',
      headers: (await t.login('admin')).headers,
      payload: {
        username: 'rc.agent',
        displayName: '榕话务',
        password: 'Fixture2026abc',
        roles: ['hotline_agent'],
        departmentId: dept['JY-RC-ZWFWZX'],
        dataScope: 'division',
      },
    });
    expect(created.statusCode, created.body).toBe(200);
    rcAgent = await t.login('rc.agent', 'Fixture2026abc');
  });
  afterAll(() => t?.close());

  const { get, post, act, ok, code } = hotlineClient(() => t);
  const ids = (xs: Array<{ id: string }>) => xs.map((x) => x.id);

  it('previews a call without writing: categories, the unit and why, near-duplicates and the caller’s recent orders', async () => {
    const phrases: Record<string, string[]> = {
      'urban.vendors': ['流动摊贩占道经营', '小贩把摊位摆到人行道上', '夜市占道经营堵塞交通'],
      'labour.wage_arrears': ['老板拖欠三个月工资不发', '农民工讨薪无门', '公司拖欠工资不给结算'],
      'environment.air': ['工厂晚上偷排废气', '垃圾焚烧冒黑烟呛人', '企业烟囱排放废气'],
    };
    const rows = Object.entries(phrases).flatMap(([label, p]) =>
      Array.from({ length: 20 }, (_, i) => ({ body: `您好，${p[i % 3]}，${p[(i + 1) % 3]}。第${i}号来电。`, label })),
    );
    t.rt.hotline.classifier = fixedClassifier(createClassifier(trainModel(rows)));
    try {
      const first = ok(await post('/api/hotline/orders', intake({ callerPhone: '13912340001' }), agent));
      const before = await fingerprint(t);
      const typed = { body: VENDORS.replace('新华路口', '新华路路口'), divisionCode: HEPO, callerPhone: '139-1234-0001' };
      const p = ok(await post('/api/hotline/orders/preview', typed, agent));
      expect(p.suggestions[0]).toMatchObject({ categoryCode: 'urban.vendors', categoryName: '占道经营' });
      expect(p.suggestions).toHaveLength(3);
      expect(p).toMatchObject({ modelVersion: null, triage: false, routing: { unitId: dept['JY-CGJ'], matchedOn: ['category'] } });
      expect(p.routing.explanation).toContain('揭阳市城市管理和综合执法局');
      expect(p.duplicates).toEqual([
        expect.objectContaining({ id: first.id, orderNo: first.orderNo, title: '路口摊贩占道', state: 'dispatched' }),
      ]);
      expect(p.duplicates[0].similarity).toBeGreaterThanOrEqual(0.5);
      expect(p.duplicates[0].excerpt).toBe(VENDORS);
      expect(p.repeatCaller).toEqual({
        count: 1,
        windowDays: 30,
        recent: [{ id: first.id, orderNo: first.orderNo, createdAt: first.createdAt, state: 'dispatched' }],
      });
      expect(await fingerprint(t)).toBe(before);

      // the agent's own category decides the routing; another town has no duplicate; a half-typed phone is no lookup
      const chosen = ok(
        await post('/api/hotline/orders/preview', { ...typed, categoryCode: 'market.food_safety', callerPhone: '1391' }, agent),
      );
      expect(chosen).toMatchObject({ triage: false, routing: { unitId: dept['JY-SJJ'] }, repeatCaller: null });
      expect(ok(await post('/api/hotline/orders/preview', { ...typed, divisionCode: RC_TOWN }, agent)).duplicates).toEqual([]);
      // an agent of 榕城 does not see the 揭西 order, neither as a duplicate nor as a repeat call
      expect(ok(await post('/api/hotline/orders/preview', typed, rcAgent))).toMatchObject({ duplicates: [], repeatCaller: null });
      const vague = ok(await post('/api/hotline/orders/preview', { body: '你好，我想问一下。' }, agent));
      expect(vague).toMatchObject({ triage: true, routing: null, duplicates: [] });

      for (const [body, want] of [
        [{ ...typed, categoryCode: 'urban.unicorns' }, 'VALIDATION_FAILED'],
        [{ ...typed, divisionCode: '445299999999' }, 'INVALID_DIVISION_CODE'],
        [{ ...typed, body: '   ' }, 'VALIDATION_FAILED'],
        [{ ...typed, unknown: 1 }, 'VALIDATION_FAILED'],
      ] as const) {
        expect(code(await post('/api/hotline/orders/preview', body, agent)), JSON.stringify(body).slice(0, 60)).toBe(want);
      }
      expect((await post('/api/hotline/orders/preview', typed, unit)).statusCode).toBe(403);
      expect(await fingerprint(t)).toBe(before);
    } finally {
      t.rt.hotline.classifier = { current: () => null };
    }
  });

  it('suggests near-duplicates at intake and merges one into the other end to end', async () => {
    const a = ok(await post('/api/hotline/orders', intake(), agent));
    const b = ok(await post('/api/hotline/orders', intake({ title: '新华路口摊贩', body: `${VENDORS}已经好几天了。` }), agent));
    expect(b.state).toBe('dispatched');
    expect(ids(b.duplicates)).toContain(a.id);
    expect(b.duplicates.find((d: { id: string }) => d.id === a.id)).toMatchObject({ orderNo: a.orderNo, state: 'dispatched' });
    expect(ok(await post('/api/hotline/orders', intake({ divisionCode: RC_TOWN }), agent)).duplicates).toEqual([]);
    expect(ok(await post('/api/hotline/orders', intake({ body: '河婆街道某小区电梯经常停运，物业不管。' }), agent)).duplicates).toEqual([]);

    const { categoryCode: _c, ...uncategorised } = intake({ body: '咨询一下营业执照怎么办理' });
    const closed = ok(
      await act(ok(await post('/api/hotline/orders', uncategorised, agent)), { type: 'close', reason: '已电话答复' }, agent),
    );
    const rc = ok(await post('/api/hotline/orders', intake({ divisionCode: RC_TOWN }), rcAgent));
    const counts = async () => [await countRows(t, 'hotline.order_event'), await countRows(t, 'platform.audit_log')];
    const before = await counts();
    expect(code(await act(b, { type: 'merge', intoOrderId: b.id }, agent))).toBe('INVALID_MERGE_TARGET');
    expect(code(await act(b, { type: 'merge', intoOrderId: '00000000-0000-4000-8000-000000000000' }, agent))).toBe('INVALID_MERGE_TARGET');
    expect(code(await act(b, { type: 'merge', intoOrderId: closed.id }, agent))).toBe('MERGE_TARGET_NOT_OPEN');
    expect(code(await act(b, { type: 'merge' }, agent))).toBe('VALIDATION_FAILED');
    expect(code(await act(b, { type: 'merge', intoOrderId: a.id }, unit))).toBe('ROLE_NOT_ALLOWED');
    // the 榕城 agent cannot merge into an order it cannot see
    expect(code(await act(rc, { type: 'merge', intoOrderId: a.id }, rcAgent))).toBe('INVALID_MERGE_TARGET');
    expect(await counts()).toEqual(before);

    const merged = ok(await act(b, { type: 'merge', intoOrderId: a.id }, agent));
    expect(merged).toMatchObject({ state: 'merged', mergedInto: a.id, availableActions: [] });
    expect(merged.timeline.at(-1)).toMatchObject({ action: 'merge', details: { intoOrderId: a.id, intoOrderNo: a.orderNo } });
    const target = ok(await get(`/api/hotline/orders/${a.id}`, agent));
    expect(target).toMatchObject({ state: 'dispatched', version: a.version });
    expect(target.timeline.at(-1)).toMatchObject({
      action: 'merge',
      internal: true,
      fromState: 'dispatched',
      toState: 'dispatched',
      details: { fromOrderId: b.id, fromOrderNo: b.orderNo },
    });
    expect(target.timeline.at(-1).note).toContain(b.orderNo);
    const pending = await sql<{ n: number }>`SELECT count(*) AS n FROM platform.job
      WHERE singleton_key LIKE ${`order:${b.id}:%`} AND state = 'pending'`.execute(t.rt.database.db);
    expect(Number(pending.rows[0]!.n)).toBe(0);
    const notices = await t.rt.database.db
      .selectFrom('platform.outbox')
      .select('payload')
      .where('key', '=', b.id)
      .where('topic', '=', 'hotline.order.notify')
      .execute();
    expect(notices.map((n: { payload: any }) => n.payload)).toContainEqual({
      orderId: b.id,
      recipient: { kind: 'unit', unitId: dept['JY-CGJ'] },
      topic: 'merge',
    });
    const audit = await t.rt.database.db
      .selectFrom('platform.audit_log')
      .select(['action', 'resource_id'])
      .where('resource_id', 'in', [a.id, b.id])
      .orderBy('id', 'desc')
      .limit(2)
      .execute();
    expect(audit).toEqual(
      expect.arrayContaining([
        { action: 'hotline.order.merge', resource_id: b.id },
        { action: 'hotline.order.merge_in', resource_id: a.id },
      ]),
    );
    // merged away, it no longer shows up as a duplicate of new calls
    expect(
      ids(ok(await post('/api/hotline/orders/preview', { body: `${VENDORS}已经好几天了。`, divisionCode: HEPO }, agent)).duplicates),
    ).not.toContain(b.id);
  });

  it('flags a repeat caller by the blind index of the phone, counting the last 30 days only', async () => {
    const phone = '13912340002';
    const calls = [];
    for (const p of [phone, '139 1234 0002', '+86 139-1234-0002']) {
      calls.push(
        ok(await post('/api/hotline/orders', intake({ body: `第${calls.length}次来电：楼下餐馆油烟扰民。`, callerPhone: p }), agent)),
      );
    }
    expect(calls.map((c) => c.repeatCaller)).toEqual([null, { count: 1, windowDays: 30 }, { count: 2, windowDays: 30 }]);
    const stored = await t.rt.database.db
      .selectFrom('hotline.work_order')
      .select(['caller_phone_index', 'repeat_calls'])
      .where('id', '=', calls[0].id)
      .executeTakeFirstOrThrow();
    expect(stored).toEqual({ caller_phone_index: t.rt.identity.cipher.blindIndex(phone), repeat_calls: 0 });
    await t.rt.database.db
      .updateTable('hotline.work_order')
      .set({ created_at: sql`now() - interval '31 days'` })
      .where('id', '=', calls[0].id)
      .execute();
    expect(
      ok(await post('/api/hotline/orders', intake({ body: '又来电：餐馆油烟扰民。', callerPhone: phone }), agent)).repeatCaller,
    ).toEqual({ count: 2, windowDays: 30 });
    expect(ok(await post('/api/hotline/orders', intake({ callerPhone: '13912340003' }), agent)).repeatCaller).toBeNull();
  });

  it('shows the caller in clear only for a stated purpose, in scope, and audits every read', async () => {
    const o = ok(
      await post('/api/hotline/orders', intake({ callerName: '欧阳明', callerPhone: '13800138000', confidential: true }), agent),
    );
    expect(o).toMatchObject({ callerName: '欧阳*', callerPhone: '138****8000' });
    const purpose = encodeURIComponent('回访核实处理结果');
    const url = `/api/hotline/orders/${o.id}/caller?purpose=${purpose}`;
    const reads = async () =>
      t.rt.database.db
        .selectFrom('platform.audit_log')
        .select(['actor_name', 'details'])
        .where('action', '=', 'hotline.caller.read_personal')
        .where('resource_id', '=', o.id)
        .execute();
    expect(ok(await get(url, agent))).toEqual({ name: '欧阳明', phone: '13800138000' });
    expect(ok(await get(url, supervisor))).toEqual({ name: '欧阳明', phone: '13800138000' });
    expect((await reads()).map((r: { actor_name: string; details: any }) => [r.actor_name, r.details.purpose])).toEqual([
      ['许话务', '回访核实处理结果'],
      ['吴督办', '回访核实处理结果'],
    ]);
    const n = await countRows(t, 'platform.audit_log');
    for (const [u, s, status] of [
      [`/api/hotline/orders/${o.id}/caller`, agent, 400],
      [`/api/hotline/orders/${o.id}/caller?purpose=${encodeURIComponent('  ')}`, agent, 400],
      [url, unit, 404],
      [url, rcAgent, 404],
      [`/api/hotline/orders/00000000-0000-4000-8000-000000000000/caller?purpose=${purpose}`, agent, 404],
    ] as const) {
      expect((await get(u, s)).statusCode, `${u} ${status}`).toBe(status);
    }
    expect(await countRows(t, 'platform.audit_log')).toBe(n);
    expect(ok(await get(`/api/hotline/orders/${o.id}`, agent)).callerPhone).toBe('138****8000');
  });
});
