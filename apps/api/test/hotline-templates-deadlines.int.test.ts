import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { setYear } from '@yiwang/platform';
import { testEngines } from '@yiwang/platform/testing';
import { settlePendingDeadlines, startSla } from '@yiwang/hotline';
import { countRows, createTestApp, json, publishCalendarThrough, type Session, type TestApp } from './harness.js';

describe.each(testEngines())('12345 reply templates and pending deadlines on %s', (engine) => {
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

  const send = (method: string, url: string, s: Session, payload?: unknown, headers: Record<string, string> = {}) =>
    t.app.inject({
      method: method as never,
      url,
      headers: { ...s.headers, ...headers },
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
  const ok = (res: { statusCode: number; body: string }) => {
    expect(res.statusCode, res.body).toBe(200);
    return json(res as never);
  };
  const titles = (list: Array<{ title: string }>) => list.map((x) => x.title);

  it('shows a unit its own templates and the hotline-wide ones, filtered by category', async () => {
    const mine = ok(await send('GET', '/api/hotline/reply-templates', unit));
    expect(mine.length).toBe(8);
    expect(mine.filter((x: { ownerUnitId: string | null }) => x.ownerUnitId === dept['JY-CGJ'])).toHaveLength(3);
    const hotline = ok(await send('GET', '/api/hotline/reply-templates', agent));
    expect(hotline.length).toBe(5);
    expect(hotline.every((x: { ownerUnitId: string | null }) => x.ownerUnitId === null)).toBe(true);
    const vendors = ok(await send('GET', '/api/hotline/reply-templates?categoryCode=urban.vendors', unit));
    expect(titles(vendors)).toContain('占道经营已现场处置');
    expect(titles(vendors)).not.toContain('违法建设已立案查处');
    expect(vendors).toHaveLength(6);
    // a template for a subcategory does not fit the whole parent category
    expect(titles(ok(await send('GET', '/api/hotline/reply-templates?categoryCode=urban', unit)))).not.toContain('占道经营已现场处置');
  });

  it('lets a unit keep its own templates and the hotline keep the hotline-wide ones', async () => {
    const own = ok(
      await send('POST', '/api/hotline/reply-templates', unit, {
        title: ' 夜间施工噪音已处理 ',
        content: '已责令施工单位停止夜间施工。',
        categoryPrefix: 'urban',
      }),
    );
    expect(own).toMatchObject({ title: '夜间施工噪音已处理', ownerUnitId: dept['JY-CGJ'], categoryPrefix: 'urban', version: 1 });
    const shared = ok(
      await send('POST', '/api/hotline/reply-templates', agent, { title: '节假日值班告知', content: '节假日期间诉求照常受理。' }),
    );
    expect(shared).toMatchObject({ ownerUnitId: null, categoryPrefix: null });
    expect(titles(ok(await send('GET', '/api/hotline/reply-templates', unit)))).toEqual(
      expect.arrayContaining(['夜间施工噪音已处理', '节假日值班告知']),
    );
    expect(titles(ok(await send('GET', '/api/hotline/reply-templates', agent)))).not.toContain('夜间施工噪音已处理');

    const patched = ok(await send('PATCH', `/api/hotline/reply-templates/${own.id}`, unit, { content: '已责令停工并立案。', version: 1 }));
    expect(patched).toMatchObject({ content: '已责令停工并立案。', title: '夜间施工噪音已处理', version: 2 });
    const stale = await send('PATCH', `/api/hotline/reply-templates/${own.id}`, unit, { title: '旧版本', version: 1 });
    expect([stale.statusCode, json(stale).code]).toEqual([409, 'CONFLICT']);
    // the hotline cannot see a unit's template; a unit cannot change a hotline-wide one
    expect(json(await send('PATCH', `/api/hotline/reply-templates/${own.id}`, agent, { title: 'x', version: 2 })).code).toBe('NOT_FOUND');
    expect(json(await send('PATCH', `/api/hotline/reply-templates/${shared.id}`, unit, { title: 'x', version: 1 })).code).toBe('FORBIDDEN');
    ok(await send('PATCH', `/api/hotline/reply-templates/${shared.id}`, supervisor, { categoryPrefix: 'labour', version: 1 }));

    expect((await send('DELETE', `/api/hotline/reply-templates/${own.id}?version=1`, unit)).statusCode).toBe(409);
    expect(ok(await send('DELETE', `/api/hotline/reply-templates/${own.id}?version=2`, unit))).toEqual({ ok: true });
    expect(json(await send('DELETE', `/api/hotline/reply-templates/${own.id}?version=2`, unit)).code).toBe('NOT_FOUND');
    const audit = await t.rt.database.db
      .selectFrom('platform.audit_log')
      .select('action')
      .where('resource_id', '=', own.id)
      .orderBy('id')
      .execute();
    expect(audit.map((a: { action: string }) => a.action)).toEqual([
      'hotline.reply_template.create',
      'hotline.reply_template.update',
      'hotline.reply_template.delete',
    ]);
  });

  it('refuses bad templates with a 4xx and writes nothing; a retried create returns the first', async () => {
    const n = await countRows(t, 'hotline.reply_template');
    const bad: Array<[Record<string, unknown>, string]> = [
      [{ title: '', content: '内容' }, 'VALIDATION_FAILED'],
      [{ title: '   ', content: '内容' }, 'VALIDATION_FAILED'],
      [{ title: '长'.repeat(41), content: '内容' }, 'VALIDATION_FAILED'],
      [{ title: '标题', content: '长'.repeat(2001) }, 'VALIDATION_FAILED'],
      [{ title: '标题', content: '内容', categoryPrefix: 'urban.unicorns' }, 'VALIDATION_FAILED'],
      [{ title: '标题', content: '内容', ownerUnitId: dept['JY-SJJ'] }, 'VALIDATION_FAILED'],
    ];
    for (const [body, code] of bad) {
      const res = await send('POST', '/api/hotline/reply-templates', unit, body);
      expect(res.statusCode, JSON.stringify(body).slice(0, 60)).toBe(400);
      expect(json(res).code).toBe(code);
    }
    expect(await countRows(t, 'hotline.reply_template')).toBe(n);
    const body = { title: '重复提交测试', content: '同一请求重试。' };
    const first = ok(await send('POST', '/api/hotline/reply-templates', agent, body, { 'idempotency-key': 'tpl-0001' }));
    const again = ok(await send('POST', '/api/hotline/reply-templates', agent, body, { 'idempotency-key': 'tpl-0001' }));
    expect(again.id).toBe(first.id);
    expect(await countRows(t, 'hotline.reply_template')).toBe(n + 1);
  });

  it('sets the deadline and timers of orders saved while their year was unpublished once an admin publishes it', async () => {
    const year = new Date().getFullYear();
    const db = t.rt.database.db;
    await db.transaction().execute((tx) => setYear(tx, year, false, 'chinese-days'));
    await t.rt.system.calendar.reload();
    const o = ok(
      await send('POST', '/api/hotline/orders', agent, {
        channel: 'phone',
        type: 'complaint',
        body: '小区门口井盖缺失。',
        categoryCode: 'urban.roads',
      }),
    );
    expect(o).toMatchObject({ deadlinePending: true, dueAt: null, state: 'dispatched' });
    expect(await settlePendingDeadlines(t.rt.hotline)).toEqual({ settled: 0, stillPending: 1 });

    const admin = await t.login('zsj.admin');
    ok(await send('PUT', `/api/system/calendar/years/${year}`, admin, { complete: true }));
    await t.rt.jobs.drain();

    const after = ok(await send('GET', `/api/hotline/orders/${o.id}`, agent));
    const { snapshot } = await db.selectFrom('hotline.work_order').select('snapshot').where('id', '=', o.id).executeTakeFirstOrThrow();
    const expected = startSla(
      'complaint',
      'normal',
      new Date((snapshot as { registeredAt: string }).registeredAt),
      t.rt.system.calendar.current(),
    )!;
    expect(after).toMatchObject({ deadlinePending: false, dueAt: expected.dueAt.toISOString(), warnAt: expected.warnAt.toISOString() });
    expect(after.version).toBe(o.version + 1);
    expect(after.timeline.at(-1)).toMatchObject({
      action: 'deadline_set',
      actorRole: 'system',
      details: { dueAt: expected.dueAt.toISOString() },
    });
    const timers = await sql<{ singleton_key: string; run_at: Date }>`SELECT singleton_key, run_at FROM platform.job
      WHERE singleton_key LIKE ${`order:${o.id}:%`} AND state = 'pending' ORDER BY singleton_key`.execute(db);
    expect(timers.rows.map((r) => [r.singleton_key, new Date(r.run_at).toISOString()])).toEqual([
      [`order:${o.id}:overdue`, expected.dueAt.toISOString()],
      [`order:${o.id}:warn`, expected.warnAt.toISOString()],
    ]);
    const audit = await db.selectFrom('platform.audit_log').select('action').where('resource_id', '=', o.id).orderBy('id').execute();
    expect(audit.map((a: { action: string }) => a.action)).toContain('hotline.order.deadline_set');

    // a second calendar edit finds nothing left to do
    const n = await countRows(t, 'hotline.order_event');
    expect(await settlePendingDeadlines(t.rt.hotline)).toEqual({ settled: 0, stillPending: 0 });
    expect(await countRows(t, 'hotline.order_event')).toBe(n);
  });
});
