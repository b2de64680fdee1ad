import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sql } from 'kysely';
import { testEngines } from '@yiwang/platform/testing';
import { createTestApp, json, publishCalendarThrough, type Session, type TestApp } from './harness.js';

const HEPO = '445222001000'; // 揭西县河婆街道
const call = (extra: Record<string, unknown> = {}) => ({
  channel: 'phone',
  type: 'complaint',
  title: '列表筛选',
  body: '河婆街道某路口夜间有流动摊贩占道经营。',
  categoryCode: 'urban.vendors',
  divisionCode: HEPO,
  ...extra,
});

/** The desk's order list filters (F): category subtree, channel, overdue and registration dates in Shanghai. */
describe.each(testEngines())('12345 order list filters on %s', (engine) => {
  let t: TestApp;
  let agent: Session;
  const made: Record<string, { id: string; version: number }> = {};
  beforeAll(async () => {
    t = await createTestApp(engine);
    await publishCalendarThrough(t, new Date().getFullYear() + 1);
    agent = await t.login('hotline.agent');
    const create = async (label: string, extra: Record<string, unknown>) => {
      const res = await t.app.inject({ method: 'POST', url: '/api/hotline/orders', headers: agent.headers, payload: call(extra) });
      expect(res.statusCode, res.body).toBe(200);
      made[label] = json(res);
    };
    await create('vendors', {});
    await create('sanitation', { categoryCode: 'urban.sanitation', channel: 'wechat' });
    await create('food', { categoryCode: 'market.food_safety', channel: 'web' });
    await create('late', { categoryCode: 'urban.roads' });
    await create('lateButAnswered', { categoryCode: 'urban.roads' });
    await create('old', { categoryCode: 'labour.wage_arrears' });
    const db = t.rt.database.db;
    // both are a day past their deadline; the second one's unit has already replied
    await sql`UPDATE hotline.work_order SET due_at = now() - interval '1 day' WHERE id IN (${made.late!.id}, ${made.lateButAnswered!.id})`.execute(
      db,
    );
    await sql`UPDATE hotline.work_order SET state = 'replied' WHERE id = ${made.lateButAnswered!.id}`.execute(db);
    // registered at 23:30 Shanghai time on 2026-03-01, which is still 2026-03-01 15:30 UTC
    await sql`UPDATE hotline.work_order SET created_at = '2026-03-01T15:30:00Z' WHERE id = ${made.old!.id}`.execute(db);
  });
  afterAll(() => t?.close());

  const ids = async (query: string): Promise<string[]> => {
    const res = await t.app.inject({ method: 'GET', url: `/api/hotline/orders?pageSize=200&${query}`, headers: agent.headers });
    expect(res.statusCode, res.body).toBe(200);
    const body = json(res);
    expect(body.total).toBe(body.items.length);
    return body.items.map((o: { id: string }) => o.id);
  };
  const only = (...labels: string[]) => labels.map((l) => made[l]!.id).sort();

  it('filters by a category together with everything under it, and by channel', async () => {
    expect((await ids('categoryCode=urban')).sort()).toEqual(only('vendors', 'sanitation', 'late', 'lateButAnswered'));
    expect(await ids('categoryCode=urban.sanitation')).toEqual(only('sanitation'));
    // a prefix of a code is not its parent
    expect(await ids('categoryCode=urba')).toEqual([]);
    expect(await ids('channel=web')).toEqual(only('food'));
    expect((await ids('channel=wechat&categoryCode=urban')).sort()).toEqual(only('sanitation'));
  });

  it('lists as overdue only the orders past their deadline that nobody has answered yet', async () => {
    expect(await ids('overdue=true')).toEqual(only('late'));
    const onTime = await ids('overdue=false');
    expect(onTime).toContain(made.lateButAnswered!.id);
    expect(onTime).not.toContain(made.late!.id);
    expect(onTime).toHaveLength(Object.keys(made).length - 1);
  });

  it('filters by registration date as a day in Shanghai', async () => {
    expect(await ids('createdFrom=2026-03-01&createdTo=2026-03-01')).toEqual(only('old'));
    expect(await ids('createdFrom=2026-03-02&createdTo=2026-03-31')).toEqual([]);
    expect(await ids('createdTo=2026-02-28')).toEqual([]);
    expect(await ids('createdFrom=2026-03-02')).not.toContain(made.old!.id);
    expect(await ids('createdFrom=1900-01-01&createdTo=9999-12-31')).toHaveLength(Object.keys(made).length);
  });

  it('answers any date-shaped filter that is no real day since 1900 with 400, never 5xx', async () => {
    const day = fc.tuple(
      fc.oneof(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 1899, max: 2100 })),
      fc.integer({ min: 0, max: 99 }),
      fc.integer({ min: 0, max: 99 }),
    );
    await fc.assert(
      fc.asyncProperty(day, fc.constantFrom('createdFrom', 'createdTo'), async ([y, m, d], field) => {
        const date = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
        const res = await t.app.inject({ method: 'GET', url: `/api/hotline/orders?${field}=${date}`, headers: agent.headers });
        const real =
          y >= 1900 && !Number.isNaN(Date.parse(`${date}T00:00:00Z`)) && new Date(`${date}T00:00:00Z`).toISOString().startsWith(date);
        expect(res.statusCode, date).toBe(real ? 200 : 400);
        if (!real) expect(json(res).code).toBe('VALIDATION_FAILED');
      }),
      { numRuns: 60 },
    );
  });
});
