import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '@yiwang/platform/testing';
import { seedArticleId } from '@yiwang/hotline';
import { countRows, createTestApp, json, publishCalendarThrough, type Session, type TestApp } from './harness.js';

const RONGCHENG_STREET = '445202001000';
const report = (extra: Record<string, unknown> = {}) => ({
  type: 'complaint',
  title: '小区门口流动摊贩占道',
  body: '每天晚上小区门口有流动摊贩占道经营，油烟很大，人行道走不了。',
  divisionCode: RONGCHENG_STREET,
  address: '榕城区某小区东门',
  lat: 23.54,
  lng: 116.37,
  ...extra,
});

/** The citizen portal's 12345 pages (H1): 我要反映 into the normal pipeline, 我的诉求 own orders only. */
describe.each(testEngines())('citizen portal 12345 on %s', (engine) => {
  let t: TestApp;
  let citizen: Session;
  let company: Session;
  let agent: Session;
  let unit: Session;
  const dept: Record<string, string> = {};
  beforeAll(async () => {
    t = await createTestApp(engine);
    // order deadlines of up to 15 working days from today reach into next year
    await publishCalendarThrough(t, new Date().getFullYear() + 1);
    [citizen, company, agent, unit] = [
      await t.login('zhangsan'),
      await t.login('rongfeng'),
      await t.login('hotline.agent'),
      await t.login('cgj.handler'),
    ];
    const rows = await t.rt.database.db.selectFrom('identity.department').select(['id', 'code']).execute();
    for (const r of rows as Array<{ id: string; code: string }>) dept[r.code] = r.id;
  });
  afterAll(() => t?.close());

  const get = (url: string, s: Session) => t.app.inject({ method: 'GET', url, headers: s.headers });
  const post = (url: string, payload: unknown, s: Session, extra: Record<string, string> = {}) =>
    t.app.inject({ method: 'POST', url, headers: { ...s.headers, ...extra }, payload: payload as object });
  const ok = (res: { statusCode: number; body: string }) => {
    expect(res.statusCode, res.body).toBe(200);
    return json(res as never);
  };
  const act = (o: { id: string; version: number }, body: Record<string, unknown>, s: Session) =>
    post(`/api/hotline/orders/${o.id}/actions`, { version: o.version, ...body }, s);
  const staffView = async (id: string) => ok(await get(`/api/hotline/orders/${id}`, agent));

  it('files a report through the intake pipeline with the caller taken from the verified profile', async () => {
    const mine = ok(await post('/api/hotline/portal/orders', report(), citizen));
    expect(mine).toMatchObject({ channel: 'web', type: 'complaint', title: '小区门口流动摊贩占道', address: '榕城区某小区东门' });
    expect(mine.orderNo).toMatch(/^12345-\d{8}-\d{6}$/);
    // no category and no model loaded in tests: saved all the same, waiting in the hotline's triage queue
    expect(mine.state).toBe('registered');
    expect(mine.timeline).toEqual([expect.objectContaining({ action: 'register', state: 'registered', note: null })]);
    const stored = await t.rt.database.db
      .selectFrom('hotline.work_order')
      .select(['caller_name_enc', 'caller_phone_enc', 'caller_phone_masked', 'created_by'])
      .where('id', '=', mine.id)
      .executeTakeFirstOrThrow();
    expect(t.rt.identity.cipher.decrypt(stored.caller_name_enc!)).toBe('张三');
    expect(t.rt.identity.cipher.decrypt(stored.caller_phone_enc!)).toBe('13800138000');
    expect(stored.caller_phone_masked).toBe('138****8000');
    expect(stored.created_by).toBe(citizen.me.id);
    // the hotline sees it like any other intake: masked caller, web channel, in triage
    expect(await staffView(mine.id)).toMatchObject({ channel: 'web', triage: true, callerPhone: '138****8000' });
    const audit = await t.rt.database.db.selectFrom('platform.audit_log').select('action').where('resource_id', '=', mine.id).execute();
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['hotline.order.create']);

    const fromPhone = ok(await post('/api/hotline/portal/orders', report({ mobile: true, type: 'suggestion' }), company));
    expect(fromPhone.channel).toBe('mobile');
    const companyRow = await t.rt.database.db
      .selectFrom('hotline.work_order')
      .select(['caller_name_enc', 'caller_phone_enc'])
      .where('id', '=', fromPhone.id)
      .executeTakeFirstOrThrow();
    expect(t.rt.identity.cipher.decrypt(companyRow.caller_name_enc!)).toBe('揭阳市榕丰食品有限公司');
    expect(companyRow.caller_phone_enc).toBeNull();
  });

  it('lists and opens only the caller’s own orders; anyone else’s answers 404', async () => {
    const mine = ok(await post('/api/hotline/portal/orders', report({ title: '我的第二件诉求' }), citizen));
    const theirs = ok(await post('/api/hotline/portal/orders', report({ title: '企业的诉求' }), company));
    const byAgent = ok(
      await post(
        '/api/hotline/orders',
        { channel: 'phone', type: 'help', body: '电话来电', callerName: '张三', callerPhone: '13800138000' },
        agent,
      ),
    );
    const list = ok(await get('/api/hotline/portal/orders?pageSize=100', citizen));
    const own = await t.rt.database.db.selectFrom('hotline.work_order').select('id').where('created_by', '=', citizen.me.id).execute();
    expect(list.total).toBe(own.length);
    expect(list.items.map((o: { id: string }) => o.id).sort()).toEqual(own.map((o: { id: string }) => o.id).sort());
    expect(list.items[0].id).toBe(mine.id); // newest first
    for (const other of [theirs.id, byAgent.id]) {
      const res = await get(`/api/hotline/portal/orders/${other}`, citizen);
      expect([res.statusCode, json(res).code]).toEqual([404, 'NOT_FOUND']);
    }
    expect(ok(await get(`/api/hotline/portal/orders/${theirs.id}`, company)).title).toBe('企业的诉求');
    // staff use the workbench, not the portal
    expect((await get('/api/hotline/portal/orders', agent)).statusCode).toBe(404);
  });

  it('shows the public timeline: units by name, the answer, but no internal lines or routing notes', async () => {
    let o = ok(await post('/api/hotline/portal/orders', report({ title: '占道经营又出现了' }), citizen));
    let staff = await staffView(o.id);
    staff = ok(await act(staff, { type: 'dispatch', unitId: dept['JY-CGJ'], note: '按权责清单：占道经营 → 市城管局' }, agent));
    staff = ok(await act(staff, { type: 'return', reason: '属榕城区管辖' }, unit));
    staff = ok(await act(staff, { type: 'reject_return', reason: '市区主干道由市局负责' }, agent));
    staff = ok(await act(staff, { type: 'sign' }, unit));
    ok(await act(staff, { type: 'reply', content: '已安排执法队员夜间巡查，摊贩已劝离。' }, unit));
    o = ok(await get(`/api/hotline/portal/orders/${o.id}`, citizen));
    expect(o).toMatchObject({ state: 'replied', unitName: '揭阳市城市管理和综合执法局' });
    expect(o.timeline.map((l: { action: string }) => l.action)).toEqual(['register', 'dispatch', 'sign', 'reply']);
    const line = (action: string) => o.timeline.find((l: { action: string }) => l.action === action);
    expect(line('dispatch')).toMatchObject({ unitName: '揭阳市城市管理和综合执法局', note: null });
    expect(line('reply')).toMatchObject({ note: '已安排执法队员夜间巡查，摊贩已劝离。', unitName: '揭阳市城市管理和综合执法局' });
    const text = JSON.stringify(o);
    for (const secret of ['属榕城区管辖', '市区主干道由市局负责', '按权责清单', dept['JY-CGJ']!, '蔡承办'])
      expect(text).not.toContain(secret);
  });

  it('shows a direct answer with the cited article', async () => {
    const o = ok(
      await post(
        '/api/hotline/portal/orders',
        report({ type: 'consultation', title: '社保卡丢了', body: '社保卡丢了怎么补办？' }),
        citizen,
      ),
    );
    const staff = await staffView(o.id);
    const answer = '请先挂失，再携带身份证到社保服务网点或合作银行补领。';
    ok(await act(staff, { type: 'answer_directly', articleId: seedArticleId('shebao-card-reissue'), answer }, agent));
    const view = ok(await get(`/api/hotline/portal/orders/${o.id}`, citizen));
    expect(view.state).toBe('answered_directly');
    expect(view.timeline.at(-1)).toMatchObject({
      action: 'answer_directly',
      note: answer,
      article: { id: seedArticleId('shebao-card-reissue'), title: '社会保障卡（社保卡）挂失与补领', version: 1 },
    });
  });

  it('answers a retry with the same Idempotency-Key with the first order', async () => {
    const n = await countRows(t, 'hotline.work_order');
    const first = ok(await post('/api/hotline/portal/orders', report(), citizen, { 'idempotency-key': 'portal-20261122-1' }));
    const again = ok(await post('/api/hotline/portal/orders', report(), citizen, { 'idempotency-key': 'portal-20261122-1' }));
    expect(again.id).toBe(first.id);
    expect(await countRows(t, 'hotline.work_order')).toBe(n + 1);
  });

  it('rejects bad reports with a 4xx and writes nothing', async () => {
    const n = await countRows(t, 'hotline.work_order');
    const bad: Array<[Record<string, unknown>, string]> = [
      [{ title: '   ' }, 'VALIDATION_FAILED'],
      [{ body: '   ' }, 'VALIDATION_FAILED'],
      [{ body: '长'.repeat(50_000) }, 'VALIDATION_FAILED'],
      [{ lat: undefined }, 'VALIDATION_FAILED'],
      [{ lat: 91 }, 'VALIDATION_FAILED'],
      [{ type: 'rumour' }, 'VALIDATION_FAILED'],
      [{ divisionCode: '445299999999' }, 'INVALID_DIVISION_CODE'],
      [{ callerPhone: '13900000000' }, 'VALIDATION_FAILED'],
      [{ channel: 'phone' }, 'VALIDATION_FAILED'],
    ];
    for (const [patch, code] of bad) {
      const res = await post('/api/hotline/portal/orders', report(patch), citizen);
      expect(res.statusCode, JSON.stringify(patch).slice(0, 80)).toBeGreaterThanOrEqual(400);
      expect(res.statusCode).toBeLessThan(500);
      expect(json(res).code, JSON.stringify(patch).slice(0, 80)).toBe(code);
    }
    expect(await countRows(t, 'hotline.work_order')).toBe(n);
  });
});
