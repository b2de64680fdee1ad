import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '@yiwang/platform/testing';
import { countRows, createTestApp, type Session, type TestApp } from './harness.js';
import { hotlineClient, prepareHotline } from './support/hotline-client.js';

const HEPO = '445222001000'; // 揭西县河婆街道
const CGJ = '揭阳市城市管理和综合执法局';
const call = {
  channel: 'phone',
  type: 'complaint',
  title: '路口摊贩占道',
  body: '河婆街道新华路口每天晚上有流动摊贩占道经营，堵塞交通。',
  divisionCode: HEPO,
};

describe.each(testEngines())('triage and dispatch explanations on %s', (engine) => {
  let t: TestApp;
  let agent: Session;
  let unit: Session;
  let supervisor: Session;
  let dept: Record<string, string>;
  beforeAll(async () => {
    t = await createTestApp(engine);
    dept = await prepareHotline(t);
    [agent, unit, supervisor] = [await t.login('hotline.agent'), await t.login('cgj.handler'), await t.login('supervisor')];
  });
  afterAll(() => t?.close());

  const { post, act, ok, code } = hotlineClient(() => t);
  const triageOrder = async () => {
    const o = ok(await post('/api/hotline/orders', call, agent));
    expect(o).toMatchObject({ triage: true, state: 'registered', categoryCode: null });
    return o;
  };
  const corrections = (orderId: string) =>
    t.rt.database.db.selectFrom('hotline.category_correction').selectAll().where('order_id', '=', orderId).orderBy('id').execute();

  it('lets the agent set the category of a triage order: the 权责清单 picks the unit, says why, and the correction is kept', async () => {
    const o = await triageOrder();
    const n = await countRows(t, 'platform.audit_log');
    for (const [body, want] of [
      [{ type: 'dispatch', categoryCode: 'urban.unicorns' }, 'VALIDATION_FAILED'],
      [{ type: 'close', categoryCode: 'urban.vendors', reason: '重复' }, 'VALIDATION_FAILED'],
      [{ type: 'dispatch' }, 'UNIT_REQUIRED'],
    ] as const) {
      expect(code(await act(o, body, agent)), JSON.stringify(body)).toBe(want);
    }
    expect(await countRows(t, 'platform.audit_log')).toBe(n);

    const d = ok(await act(o, { type: 'dispatch', categoryCode: 'urban.vendors' }, agent));
    expect(d).toMatchObject({ state: 'dispatched', unitId: dept['JY-CGJ'], categoryCode: 'urban.vendors', triage: false });
    expect(d.routing).toMatchObject({ unitId: dept['JY-CGJ'], unitName: CGJ, matchedOn: ['category'] });
    expect(d.routing.why).toMatch(/^许话务 分诊定类「占道经营」，按权责清单规则 \S+（类别属于「urban」）派至 揭阳市城市管理和综合执法局$/);
    expect(d.timeline.at(-1)).toMatchObject({
      action: 'dispatch',
      details: { unitId: dept['JY-CGJ'], categoryCode: 'urban.vendors', why: d.routing.why },
    });
    expect(await corrections(o.id)).toEqual([
      expect.objectContaining({
        source: 'triage',
        chosen_code: 'urban.vendors',
        suggested_code: null,
        model_version: null,
        body: call.body,
      }),
    ]);
    const queue = ok(await t.app.inject({ method: 'GET', url: '/api/hotline/orders?triage=true&pageSize=200', headers: agent.headers }));
    expect(queue.items.map((x: { id: string }) => x.id)).not.toContain(o.id);
    const audit = await t.rt.database.db
      .selectFrom('platform.audit_log')
      .select('details')
      .where('resource_id', '=', o.id)
      .where('action', '=', 'hotline.order.dispatch')
      .executeTakeFirstOrThrow();
    expect(audit.details).toMatchObject({ categoryCode: 'urban.vendors', why: d.routing.why });
  });

  it('explains a manual dispatch, a 改派 and a 退单改派 against what the 权责清单 suggests', async () => {
    const o = await triageOrder();
    // no category yet: the list can only offer the street office of the area (属地), and the agent follows it
    const street = ok(await act(o, { type: 'dispatch', unitId: dept['JY-445222001-BSC'] }, agent));
    expect(street.routing).toMatchObject({
      unitId: dept['JY-445222001-BSC'],
      matchedOn: ['manual'],
      manual: { action: 'dispatch', actorName: '许话务', followedSuggestion: true, suggested: { unitId: dept['JY-445222001-BSC'] } },
    });
    expect(street.routing.why).toMatch(/^许话务 人工派单至 河婆街道办事处，与权责清单建议一致：权责清单无匹配规则，按属地原则/);
    expect(street.timeline.at(-1).details.why).toBe(street.routing.why);
    expect(street.triage).toBe(true);

    // the supervisor moves it to 城管 and sets the category on the way: the list agrees
    const moved = ok(
      await act(street, { type: 'reassign', unitId: dept['JY-CGJ'], reason: '属于城管职责', categoryCode: 'urban.vendors' }, supervisor),
    );
    expect(moved).toMatchObject({ unitId: dept['JY-CGJ'], categoryCode: 'urban.vendors', triage: false });
    expect(moved.routing.manual).toMatchObject({ action: 'reassign', actorName: '吴督办', followedSuggestion: true });
    expect(moved.routing.why).toContain(`吴督办 改派至 ${CGJ}（原承办单位：河婆街道办事处），与权责清单建议一致`);
    expect((await corrections(o.id)).map((c) => [c.source, c.chosen_code])).toEqual([['triage', 'urban.vendors']]);

    // 城管 returns it; the agent approves and sends it back to the street office against the list's advice
    const returned = ok(await act(moved, { type: 'return', reason: '该路段由街道管理' }, unit));
    const back = ok(await act(returned, { type: 'approve_return', unitId: dept['JY-445222001-BSC'] }, agent));
    expect(back).toMatchObject({ state: 'dispatched', unitId: dept['JY-445222001-BSC'] });
    expect(back.routing.manual).toMatchObject({
      action: 'approve_return',
      followedSuggestion: false,
      suggested: { unitId: dept['JY-CGJ'], unitName: CGJ },
    });
    expect(back.routing.why).toContain(`许话务 同意退单并改派至 河婆街道办事处（原承办单位：${CGJ}）；权责清单建议派至 ${CGJ}`);
    expect(back.timeline.at(-1)).toMatchObject({ action: 'approve_return', details: { why: back.routing.why } });
    // the intake's automatic dispatch keeps the rule's explanation
    const auto = ok(await post('/api/hotline/orders', { ...call, categoryCode: 'urban.vendors' }, agent));
    expect(auto.routing.matchedOn).toEqual(['category']);
    expect(auto.routing.manual).toBeUndefined();
  });

  it('records a category change by 改派 as a correction of the earlier choice', async () => {
    const o = ok(await post('/api/hotline/orders', { ...call, categoryCode: 'urban.vendors' }, agent));
    const moved = ok(await act(o, { type: 'reassign', reason: '实为食品摊贩无证经营', categoryCode: 'market.food_safety' }, agent));
    expect(moved).toMatchObject({ unitId: dept['JY-SJJ'], categoryCode: 'market.food_safety' });
    expect(moved.routing.why).toContain('许话务 改定类别为「食品安全」，按权责清单规则');
    expect(await corrections(o.id)).toEqual([expect.objectContaining({ source: 'reassign', chosen_code: 'market.food_safety' })]);
    const same = await act(moved, { type: 'reassign', reason: '再次改派', categoryCode: 'market.food_safety' }, agent);
    expect(code(same)).toBe('SAME_UNIT');
  });
});
