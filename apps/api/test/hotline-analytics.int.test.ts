import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { testEngines } from '@yiwang/platform/testing';
import { ANALYTICS_REFRESH_QUEUE, refreshHotlineAnalytics, seedArticleId } from '@yiwang/hotline';
import { createTestApp, json, publishCalendarThrough, type Session, type TestApp } from './harness.js';
import { asMap, loadRawOrders, oracle, type OracleFilter } from './support/analytics-oracle.js';

const HEPO = '445222001000'; // 揭西县河婆街道
const RONGHUA = '445202001000'; // 榕城区榕华街道
const day = (offset = 0) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(Date.now() + offset * 86_400_000));
const intake = (extra: Record<string, unknown> = {}) => ({
  channel: 'phone',
  type: 'complaint',
  body: '河婆街道某路口夜间有流动摊贩占道经营，影响通行。',
  categoryCode: 'urban.vendors',
  divisionCode: HEPO,
  lat: 23.431,
  lng: 115.845,
  ...extra,
});

describe.each(testEngines())('hotline analytics on %s', (engine) => {
  let t: TestApp;
  let agent: Session;
  let unit: Session;
  let leader: Session;
  let rc: Session;
  const dept: Record<string, string> = {};
  const ids: Record<string, string> = {};

  const get = (url: string, s: Session) => t.app.inject({ method: 'GET', url, headers: s.headers });
  const ok = (res: { statusCode: number; body: string }) => {
    expect(res.statusCode, res.body).toBe(200);
    return json(res as never);
  };
  const post = async (url: string, payload: unknown, s: Session) =>
    ok(await t.app.inject({ method: 'POST', url, headers: s.headers, payload: payload as object }));
  const act = (o: { id: string; version: number }, body: Record<string, unknown>, s: Session) =>
    post(`/api/hotline/orders/${o.id}/actions`, { version: o.version, ...body }, s);
  const dashboard = async (s: Session, q: Record<string, string>) =>
    ok(await get(`/api/hotline/analytics/dashboard?${new URLSearchParams(q)}`, s));
  const db = () => t.rt.database.db;

  /** A: closed, satisfied; B: unsatisfied → 重办 → basically satisfied; F: closed after its due time. */
  async function handledToClose(o: any, results: string[]) {
    for (const [i, result] of results.entries()) {
      if (i > 0) o = await act(o, { type: 'dispatch', unitId: dept['JY-CGJ'] }, agent);
      o = await act(o, { type: 'sign' }, unit);
      o = await act(o, { type: 'reply', content: '已安排执法队员清理。' }, unit);
      o = await act(o, { type: 'review', outcome: 'accept' }, agent);
      o = await act(o, { type: 'callback', result, ...(result === 'unsatisfied' ? { note: '摊贩仍在' } : {}) }, agent);
    }
    return o;
  }

  beforeAll(async () => {
    t = await createTestApp(engine);
    await publishCalendarThrough(t, new Date().getFullYear() + 1);
    [agent, unit, leader, rc] = [
      await t.login('hotline.agent'),
      await t.login('cgj.handler'),
      await t.login('leader'),
      await t.login('rc.admin'),
    ];
    for (const r of (await db().selectFrom('identity.department').select(['id', 'code']).execute()) as Array<{ id: string; code: string }>)
      dept[r.code] = r.id;

    ids.A = (await handledToClose(await post('/api/hotline/orders', intake(), agent), ['satisfied'])).id;
    ids.B = (
      await handledToClose(await post('/api/hotline/orders', intake({ channel: 'web' }), agent), ['unsatisfied', 'basically_satisfied'])
    ).id;
    const c = await act(await post('/api/hotline/orders', intake({ type: 'help' }), agent), { type: 'return', reason: '属街道管辖' }, unit);
    ids.C = (await act(c, { type: 'approve_return', unitId: dept['JY-445222001-BSC'] }, agent)).id;
    const { categoryCode: _c, lat: _a, lng: _b, ...uncategorised } = intake({ divisionCode: RONGHUA });
    ids.D = (await post('/api/hotline/orders', uncategorised, agent)).id;
    ids.E = (
      await post(
        '/api/hotline/orders',
        intake({ categoryCode: 'market.food_safety', divisionCode: RONGHUA, lat: 23.55, lng: 116.37 }),
        agent,
      )
    ).id;
    ids.F = (await handledToClose(await post('/api/hotline/orders', intake(), agent), ['satisfied'])).id;
    // an order with a category is dispatched at once; these two are answered or closed at the hotline
    const { categoryCode: _g, ...consult } = intake({ type: 'consultation', channel: 'wechat', body: '咨询社保卡办理' });
    const g = await post('/api/hotline/orders', consult, agent);
    ids.G = (
      await act(
        await act(
          g,
          { type: 'answer_directly', articleId: seedArticleId('individual-business-license'), answer: '可到社保窗口办理。' },
          agent,
        ),
        { type: 'close' },
        agent,
      )
    ).id;
    ids.H = (
      await act(
        await post('/api/hotline/orders', { ...consult, channel: 'phone', body: '打错电话' }, agent),
        { type: 'close', reason: '无效来电' },
        agent,
      )
    ).id;
    // E is past its deadline and still open; F was answered after its deadline
    await db()
      .updateTable('hotline.work_order')
      .set({ due_at: new Date(Date.now() - 3_600_000) })
      .where('id', '=', ids.E)
      .execute();
    await db()
      .updateTable('hotline.work_order')
      .set({ due_at: new Date(Date.now() - 86_400_000) })
      .where('id', '=', ids.F)
      .execute();
    await refreshHotlineAnalytics(db());
  });
  afterAll(() => t?.close());

  it('reports the known orders with each rate from its definition', async () => {
    const d = await dashboard(leader, { from: day(), to: day() });
    expect(d.totals).toMatchObject({
      received: 8,
      closed: 5, // A B F G H
      onTime: 4, // A B G H (F answered late)
      onTimeBase: 6, // the five closed + E, open past its due time
      callbacks: 4, // A, B twice, F
      satisfied: 3,
      answered: 4, // A B F G; H closed without an answer
      calledBack: 3,
      dispatched: 5, // A B C E F
      returned: 1, // C
      repeatCallers: 0, // no order names a caller phone, so none is a repeat call
      repeatCallerRate: 0,
    });
    expect(d.totals.onTimeRate).toBeCloseTo(4 / 6);
    expect(d.totals.satisfactionRate).toBe(0.75);
    expect(d.totals.callbackRate).toBe(0.75);
    expect(d.totals.returnRate).toBe(0.2);
    expect(d.totals.avgHandlingHours).toBeGreaterThanOrEqual(0);
    expect(asMap(d.byChannel)).toEqual(
      new Map([
        ['phone', 6],
        ['web', 1],
        ['wechat', 1],
      ]),
    );
    expect(asMap(d.byCategory)).toEqual(
      new Map([
        ['urban', 4],
        ['', 3],
        ['market', 1],
      ]),
    );
    expect(d.byDivision).toEqual([
      { key: '445222000000', name: '揭西县', count: 6 },
      { key: '445202000000', name: '榕城区', count: 2 },
    ]);
    const cgj = d.units.find((u: { unitId: string }) => u.unitId === dept['JY-CGJ']);
    expect(cgj).toMatchObject({ name: '揭阳市城市管理和综合执法局', received: 3, closed: 3, satisfactionRate: 0.75 });
    expect(cgj.onTimeRate).toBeCloseTo(2 / 3);
    // city-wide on the rollups' 0.05° grid; a town from its orders on the 0.02° grid
    expect(d.heat).toMatchObject({ cellDegrees: 0.05 });
    expect(d.heat.points).toContainEqual({ lat: 23.425, lng: 115.825, count: 6 });
    const town = await dashboard(leader, { from: day(), to: day(), divisionCode: HEPO });
    expect(town.heat).toEqual({ cellDegrees: 0.02, points: [{ lat: 23.43, lng: 115.85, count: 6 }] });
    expect(d.series).toEqual([{ bucket: day(), received: 8, closed: 5 }]);
    expect(d.refreshedAt).not.toBeNull();
  });

  it('agrees with an independent computation over the orders for every kind of question', async () => {
    // spread some orders over earlier days so that the series and the week / month rows have work to do
    for (const [id, offset] of [
      [ids.A, -40],
      [ids.C, -9],
      [ids.G, -9],
      [ids.H, -70],
    ] as const) {
      await sql`UPDATE hotline.work_order SET created_at = created_at + make_interval(days => ${offset}) WHERE id = ${id}`.execute(db());
    }
    await refreshHotlineAnalytics(db());
    const raw = await loadRawOrders(t);
    const from = day(-80);
    const to = day();
    const cases: Array<[Session, Record<string, string>, OracleFilter]> = [
      [leader, { from, to, granularity: 'week' }, { from, to }],
      [leader, { from, to, granularity: 'month' }, { from, to }],
      [leader, { from: day(-45), to: day(-5), granularity: 'day' }, { from: day(-45), to: day(-5) }],
      [leader, { from, to, divisionCode: '445222000000' }, { from, to, divisionPrefix: '445222' }],
      [leader, { from, to, categoryPrefix: 'urban.vendors' }, { from, to, categoryPrefix: 'urban.vendors' }],
      [leader, { from, to, categoryPrefix: 'urban' }, { from, to, categoryPrefix: 'urban' }],
      [leader, { from, to, divisionCode: HEPO }, { from, to, divisionPrefix: '445222001' }],
      [rc, { from, to }, { from, to, divisionPrefix: '445202' }],
      [rc, { from, to, divisionCode: '445222000000' }, { from, to, divisionPrefix: 'none-of-it' }],
      [leader, { from, to, divisionCode: '445202001001' }, { from, to, divisionPrefix: '445202001001' }],
    ];
    for (const [who, q, f] of cases) {
      const label = JSON.stringify(q);
      const d = await dashboard(who, q);
      const want = oracle(raw, f);
      expect(d.totals, label).toMatchObject(want.totals);
      expect(d.totals.avgHandlingHours, label).toBe(want.avgHandlingHours);
      expect(asMap(d.byChannel), label).toEqual(want.byChannel);
      expect(asMap(d.byType), label).toEqual(want.byType);
      expect(asMap(d.byCategory), label).toEqual(want.byTopCategory);
      expect(asMap(d.byDivision), label).toEqual(d.divisionLevel === 'county' ? want.byCounty : want.byTown);
      expect(new Map(d.units.map((u: any) => [u.unitId, u.received])), label).toEqual(want.unitReceived);
      expect(
        d.heat.points.reduce((n: number, p: any) => n + p.count, 0),
        label,
      ).toBe([...want.heat.values()].reduce((a, b) => a + b, 0));
      const series = new Map<string, number>();
      for (const [dd, n] of want.byDay) {
        const bucket = d.granularity === 'week' ? mondayOf(dd) : d.granularity === 'month' ? `${dd.slice(0, 7)}-01` : dd;
        series.set(bucket, (series.get(bucket) ?? 0) + n);
      }
      expect(new Map(d.series.filter((p: any) => p.received > 0).map((p: any) => [p.bucket, p.received])), label).toEqual(series);
    }
  });

  it('answers a unit-scoped reader from its own orders only', async () => {
    const admin = await t.login('admin');
    await post(
      '/api/identity/users',
      {
        username: 'cgj.lead',
        displayName: '城管局分管领导',
        password: 'Analytics2026x',
        roles: ['supervisor'],
        departmentId: dept['JY-CGJ'],
        dataScope: 'unit',
      },
      admin,
    );
    const lead = await t.login('cgj.lead', 'Analytics2026x');
    const d = await dashboard(lead, { from: day(-80), to: day() });
    const want = oracle(await loadRawOrders(t), { from: day(-80), to: day(), unitId: dept['JY-CGJ'] });
    expect(d.totals).toMatchObject(want.totals);
    expect(d.totals.avgHandlingHours).toBe(want.avgHandlingHours);
    expect(d.totals.received).toBe(3);
    expect(d.refreshedAt).toBeNull();
  });

  it('keeps the rollups equal to a rebuild when the refresh job follows changes, and a rebuild changes nothing', async () => {
    const cells = async () =>
      (
        await sql<{
          h: string;
        }>`SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY level, dim, grain, period, division, category, key), '')) AS h
          FROM hotline.analytics_cell t`.execute(db())
      ).rows[0]!.h;
    const before = await cells();
    await refreshHotlineAnalytics(db());
    expect(await cells()).toBe(before);

    // a change through the API, picked up by the durable refresh job, not by a rebuild
    const o = await post('/api/hotline/orders', intake({ channel: 'mobile' }), agent);
    await handledToClose(o, ['satisfied']);
    const job = await db()
      .selectFrom('platform.job')
      .select(['id', 'state'])
      .where('queue', '=', ANALYTICS_REFRESH_QUEUE)
      .where('state', '=', 'pending')
      .execute();
    expect(job).toHaveLength(1);
    await db()
      .updateTable('platform.job')
      .set({ run_at: new Date(Date.now() - 1000) })
      .where('id', '=', job[0]!.id)
      .execute();
    await t.rt.jobs.drain();
    const d = await dashboard(leader, { from: day(), to: day() });
    expect(asMap(d.byChannel).get('mobile')).toBe(1);
    const after = await cells();
    expect(after).not.toBe(before);
    await refreshHotlineAnalytics(db());
    expect(await cells()).toBe(after);
    // the job booked its next run
    const next = await db()
      .selectFrom('platform.job')
      .select('run_at')
      .where('queue', '=', ANALYTICS_REFRESH_QUEUE)
      .where('state', '=', 'pending')
      .execute();
    expect(next).toHaveLength(1);
    expect(new Date(next[0]!.run_at).getTime()).toBeGreaterThan(Date.now());
  });

  /** Orders written straight into the table, as a bulk load would, for weeks long before today. */
  async function insertOrders(rows: Array<{ at: string; division: string; category: string; body: string }>) {
    const made: string[] = [];
    for (const r of rows) {
      const id = randomUUID();
      made.push(id);
      await sql`INSERT INTO hotline.work_order (id, order_no, channel, type, urgency, body, category_code, division_code, state, snapshot, created_at, updated_at)
        VALUES (${id}, ${`T-${id}`}, 'phone', 'complaint', 'normal', ${r.body}, ${r.category}, ${r.division}, 'registered', '{}'::jsonb,
          ${r.at}::timestamptz, ${r.at}::timestamptz)`.execute(db());
    }
    return made;
  }

  it('flags a category × town rising above its own baseline, and a cluster of the same complaint, linking their orders', async () => {
    // the last two are not similar to each other: single-link joins them through the first
    const noise = [
      '河婆街道新河路工地夜间施工噪音扰民，影响居民休息',
      '河婆街道新河路工地夜间施工噪音扰民，严重影响休息',
      '新河路工地夜间施工噪音扰民，影响居民休息，请处理',
    ];
    await insertOrders([
      { at: '2025-05-01T10:00:00+08:00', division: HEPO, category: 'environment.noise', body: '河婆街道广场舞音响声音太大' },
      { at: '2025-05-20T10:00:00+08:00', division: HEPO, category: 'environment.noise', body: '河婆街道商铺门口喇叭叫卖吵闹' },
    ]);
    const surge = await insertOrders(
      Array.from({ length: 8 }, (_, i) => ({
        at: `2025-06-${String(10 + (i % 5)).padStart(2, '0')}T2${i % 4}:00:00+08:00`,
        division: HEPO,
        category: 'environment.noise',
        body: noise[i % 3]!,
      })),
    );
    // 榕华: eight a week, every week — busy but flat; its window complaints are all different
    const distinct = [
      '垃圾桶满溢无人清理',
      '公厕卫生太差',
      '菜市场污水横流',
      '小区化粪池堵塞',
      '河道漂浮物多',
      '路边建筑垃圾乱倒',
      '绿化带有死猫',
      '楼道小广告泛滥',
    ];
    const weekly = [];
    for (let w = 0; w < 9; w++)
      for (let i = 0; i < 8; i++) {
        const date = new Date(Date.UTC(2025, 3, 14 + w * 7 + (i % 7)));
        weekly.push({
          at: `${date.toISOString().slice(0, 10)}T09:00:00+08:00`,
          division: RONGHUA,
          category: 'urban.sanitation',
          body: distinct[i]!,
        });
      }
    await insertOrders(weekly);
    // 惠城: three new calls from nowhere — under the minimum count
    await insertOrders(
      ['月饼价格虚高', '加油站乱收费', '停车场收费不明码标价'].map((body) => ({
        at: '2025-06-12T11:00:00+08:00',
        division: '445224100000',
        category: 'market.pricing',
        body,
      })),
    );
    await refreshHotlineAnalytics(db());

    const r = ok(await get('/api/hotline/analytics/alerts?to=2025-06-15', leader));
    expect(r.window).toEqual({ from: '2025-06-09', to: '2025-06-15' });
    expect(r.baseline).toEqual({ from: '2025-04-14', to: '2025-06-08' });
    expect(r.method.cellsTested).toBe(2);
    expect(r.surges).toHaveLength(1);
    const s0 = r.surges[0];
    expect(s0).toMatchObject({ categoryCode: 'environment.noise', categoryName: '噪声污染', divisionCode: HEPO, divisionName: '河婆街道' });
    expect(s0).toMatchObject({ count: 8, baselineCount: 2, expected: 0.25, orderCount: 8 });
    expect(s0.qValue).toBeLessThan(0.05);
    expect(s0.orders.map((o: { id: string }) => o.id).sort()).toEqual([...surge].sort());
    expect(r.clusters).toHaveLength(1);
    expect(r.clusters[0].orders.map((o: { id: string }) => o.id).sort()).toEqual([...surge].sort());
    expect(r.clusters[0].minSimilarity).toBeGreaterThanOrEqual(r.method.similarityThreshold);
    expect(noise).toContain(r.clusters[0].sampleText);

    // the 榕城 administrator sees only 榕城: its flat cell is tested, nothing alerts, 揭西 stays invisible
    const mine = ok(await get('/api/hotline/analytics/alerts?to=2025-06-15', rc));
    expect(mine).toMatchObject({ surges: [], clusters: [] });
    expect(mine.method.cellsTested).toBe(1);
    expect(ok(await get('/api/hotline/analytics/alerts?to=2025-06-15&categoryPrefix=urban', leader))).toMatchObject({
      surges: [],
      clusters: [],
    });
    expect(ok(await get(`/api/hotline/analytics/alerts?to=2025-06-15&divisionCode=445222001001`, leader)).surges).toEqual([]);
    // a week later the rise is part of the baseline window... and the window itself is empty
    expect(ok(await get('/api/hotline/analytics/alerts?to=2025-06-29', leader)).surges).toEqual([]);
  });

  it('puts a week, the week before and its alerts into the weekly report', async () => {
    const week = isoWeek(day());
    const r = ok(await get(`/api/hotline/analytics/weekly-report?week=${week.name}`, leader));
    expect(r).toMatchObject({ week: week.name, from: week.from, to: week.to });
    const d = await dashboard(leader, { from: week.from, to: week.to, granularity: 'day' });
    expect(r.current.totals).toEqual(d.totals);
    expect(r.current.series).toEqual(d.series);
    const prev = await dashboard(leader, { from: shift(week.from, -7), to: shift(week.to, -7), granularity: 'day' });
    expect(r.previous).toEqual(prev.totals);
    const leaf = await dashboard(leader, { from: week.from, to: week.to, categoryPrefix: 'urban.vendors' });
    const issue = r.topIssues.find((i: { categoryCode: string }) => i.categoryCode === 'urban.vendors');
    expect(issue).toMatchObject({ categoryName: '占道经营', count: leaf.totals.received });
    const counts = r.topIssues.map((i: { count: number }) => i.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(r.alerts.window).toEqual({ from: shift(week.to, -6), to: week.to });
    const old = ok(await get('/api/hotline/analytics/weekly-report?week=2025-W24', leader));
    expect(old.alerts.surges.map((x: { categoryCode: string }) => x.categoryCode)).toEqual(['environment.noise']);
    expect(old.current.totals.received).toBe(8 + 8 + 3);
    expect(ok(await get('/api/hotline/analytics/weekly-report?week=2025-W24', rc)).current.totals.received).toBe(8);
  });

  it('refuses bad periods, weeks and division codes with a 400 and its own code', async () => {
    const bad: Array<[string, string]> = [
      ['dashboard?from=2026-03-02&to=2026-03-01', 'INVALID_PERIOD'],
      ['dashboard?from=2025-02-29&to=2025-03-01', 'INVALID_PERIOD'],
      ['dashboard?from=2024-01-01&to=2025-12-31&granularity=day', 'INVALID_PERIOD'],
      ['dashboard?from=2019-01-01&to=2025-12-31', 'INVALID_PERIOD'],
      ['dashboard?from=2025-01-01&to=2025-01-31&divisionCode=990000000000', 'INVALID_DIVISION_CODE'],
      ['dashboard?from=2025-01-01&to=2025-01-31&granularity=year', 'VALIDATION_FAILED'],
      ['dashboard?from=2025-01-01', 'VALIDATION_FAILED'],
      ['dashboard?from=2025-01-01&to=2025-01-31&unit=x', 'VALIDATION_FAILED'],
      ['alerts?to=2025-13-01', 'INVALID_PERIOD'],
      ['alerts?to=20250101', 'VALIDATION_FAILED'],
      ['alerts?to=2025-02-30', 'INVALID_PERIOD'],
      ['weekly-report?week=2025-W53', 'INVALID_WEEK'],
      ['weekly-report?week=2025-W00', 'INVALID_WEEK'],
      ['weekly-report?week=2025-5', 'VALIDATION_FAILED'],
    ];
    for (const [url, code] of bad) {
      const res = await get(`/api/hotline/analytics/${url}`, leader);
      expect(res.statusCode, url).toBe(400);
      expect(json(res).code, url).toBe(code);
    }
    const en = await t.app.inject({
      method: 'GET',
      url: '/api/hotline/analytics/weekly-report?week=2025-W53',
      headers: { ...leader.headers, 'accept-language': 'en' },
    });
    expect(json(en).message).toContain('ISO week');
  });
});

function mondayOf(d: string): string {
  const t = new Date(`${d}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() - ((t.getUTCDay() + 6) % 7));
  return t.toISOString().slice(0, 10);
}

const shift = (d: string, n: number) => {
  const t = new Date(`${d}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + n);
  return t.toISOString().slice(0, 10);
};

/** The ISO week of a day, worked out here independently of the server. */
function isoWeek(d: string): { name: string; from: string; to: string } {
  const from = mondayOf(d);
  const thursday = shift(from, 3);
  const jan1 = `${thursday.slice(0, 4)}-01-01`;
  const n = Math.floor((Date.parse(thursday) - Date.parse(jan1)) / (7 * 86_400_000)) + 1;
  return { name: `${thursday.slice(0, 4)}-W${String(n).padStart(2, '0')}`, from, to: shift(from, 6) };
}
