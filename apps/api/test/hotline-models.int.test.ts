import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '@yiwang/platform/testing';
import { importModel, ModelHolder, serializeModel, trainModel, TRAINING_QUEUE } from '@yiwang/hotline';
import { createTestApp, type Session, type TestApp } from './harness.js';
import { hotlineClient, prepareHotline } from './support/hotline-client.js';
import { fingerprint } from './support/requests.js';

const HEPO = '445222001000'; // 揭西县河婆街道
/** Three categories with their own vocabulary, like the agents' daily calls. */
const PHRASES: Record<string, string[]> = {
  'urban.vendors': ['路口有流动摊贩占道经营', '小贩把摊位摆到人行道上', '夜市占道经营堵塞交通', '商铺门前占道堆放货物'],
  'labour.wage_arrears': ['老板拖欠三个月工资不发', '农民工讨薪无门，工资被拖欠', '公司拖欠工资不给结算', '包工头卷款跑路欠薪'],
  'environment.air': ['工厂晚上偷排废气，气味刺鼻', '垃圾焚烧冒黑烟呛人', '企业烟囱排放废气污染空气', '工地扬尘很大空气很差'],
};
const textOf = (code: string, i: number) => {
  const p = PHRASES[code]!;
  return `您好，${p[i % p.length]}，${p[(i * 3 + 1) % p.length]}。第${i}号来电，请尽快处理。`;
};

describe.each(testEngines())('classifier models on %s', (engine) => {
  let t: TestApp;
  let agent: Session;
  let unit: Session;
  let admin: Session;
  let dept: Record<string, string>;
  beforeAll(async () => {
    t = await createTestApp(engine);
    dept = await prepareHotline(t);
    [agent, unit, admin] = [await t.login('hotline.agent'), await t.login('cgj.handler'), await t.login('zsj.admin')];
  });
  afterAll(() => t?.close());

  const client = hotlineClient(() => t);
  const { send, ok, code } = client;
  const call = (body: string, extra: Record<string, unknown> = {}) =>
    send('POST', '/api/hotline/orders', agent, { channel: 'phone', type: 'complaint', body, divisionCode: HEPO, ...extra });
  const act = async (o: { id: string; version: number }, body: Record<string, unknown>, s: Session) => ok(await client.act(o, body, s));
  const models = async () => ok(await send('GET', '/api/hotline/classifier/models', admin));
  const lastAuditId = async () =>
    Number(
      (
        await t.rt.database.db
          .selectFrom('platform.audit_log')
          .select((eb) => eb.fn.max('id').as('m'))
          .executeTakeFirstOrThrow()
      ).m ?? 0,
    );
  const corrections = async () =>
    (await t.rt.database.db.selectFrom('hotline.category_correction').selectAll().orderBy('id').execute()) as Array<
      Record<string, unknown>
    >;

  it('refuses to train without enough confirmed categories, writing nothing', async () => {
    const before = await fingerprint(t);
    const res = await send('POST', '/api/hotline/classifier/models', admin, {});
    expect(res.statusCode).toBe(422);
    expect(code(res)).toBe('CLASSIFIER_TOO_FEW_LABELS');
    expect(await fingerprint(t)).toBe(before);
    expect((await send('POST', '/api/hotline/classifier/models', agent, {})).statusCode).toBe(403);

    // a run queued while there was data, whose data is gone when it starts, fails with the reason
    const db = t.rt.database.db;
    const runId = '00000000-0000-4000-8000-00000000a001';
    await db.insertInto('hotline.training_run').values({ id: runId, activate: true, requested_by: null }).execute();
    await db
      .insertInto('platform.job')
      .values({ queue: TRAINING_QUEUE, payload: JSON.stringify({ runId }), max_attempts: 1 })
      .execute();
    await t.rt.jobs.drain();
    const [failed] = ok(await send('GET', '/api/hotline/classifier/training-runs', admin));
    expect(failed).toMatchObject({ id: runId, state: 'failed', errorCode: 'CLASSIFIER_TOO_FEW_LABELS', modelId: null });
    expect(failed.finishedAt).not.toBeNull();
    expect(await models()).toEqual([]);
  });

  it('trains a model from handled orders and triage corrections as a job, and activating it hot-swaps the next intake', async () => {
    // urban.vendors: handled by the city's 城管 to a reply the hotline reviewed
    for (let i = 0; i < 8; i++) {
      let o = ok(await call(textOf('urban.vendors', i), { categoryCode: 'urban.vendors' }));
      o = await act(o, { type: 'sign' }, unit);
      o = await act(o, { type: 'reply', content: '已安排执法队员清理。' }, unit);
      await act(o, { type: 'review', outcome: 'accept' }, agent);
    }
    // the other two: no model yet, so they wait in triage until the agent sets their category
    for (const code of ['labour.wage_arrears', 'environment.air']) {
      for (let i = 0; i < 8; i++) {
        const o = ok(await call(textOf(code, i)));
        expect(o).toMatchObject({ triage: true, state: 'registered' });
        expect((await act(o, { type: 'dispatch', categoryCode: code }, agent)).categoryCode).toBe(code);
      }
    }
    expect((await corrections()).map((c) => c.source)).toEqual(Array(16).fill('triage'));

    const run = ok(await send('POST', '/api/hotline/classifier/models', admin, {}), 202);
    expect(run).toMatchObject({ state: 'queued', activate: false, modelId: null });
    expect(code(await send('POST', '/api/hotline/classifier/models', admin, {}))).toBe('CLASSIFIER_TRAINING_PENDING');
    await t.rt.jobs.drain();
    const [done] = ok(await send('GET', '/api/hotline/classifier/training-runs', admin));
    expect(done).toMatchObject({ id: run.id, state: 'succeeded', errorCode: null });
    const [model] = await models();
    expect(model).toMatchObject({
      id: done.modelId,
      modelVersion: 1,
      active: false,
      labels: ['environment.air', 'labour.wage_arrears', 'urban.vendors'],
      labelMap: { 'environment.air': 'environment.air', 'labour.wage_arrears': 'labour.wage_arrears', 'urban.vendors': 'urban.vendors' },
      training: { source: 'orders', orders: 8, corrections: 16, droppedClasses: [] },
      metrics: { method: 'holdout' },
    });
    expect(model.training.rows + model.metrics.rows).toBe(24);
    expect(model.metrics.perClass).toHaveLength(3);
    expect(model.metrics.accuracy).toBeGreaterThan(0.5);
    expect(model.payloadBytes).toBeGreaterThan(1000);

    // stored but not active: calls still go to triage
    expect(ok(await call(textOf('labour.wage_arrears', 21)))).toMatchObject({ triage: true });
    const stale = await send('POST', `/api/hotline/classifier/models/${model.id}/activate`, admin, { version: model.version + 1 });
    expect(code(stale)).toBe('CONFLICT');
    const active = ok(await send('POST', `/api/hotline/classifier/models/${model.id}/activate`, admin, { version: model.version }));
    expect(active).toMatchObject({ active: true, version: model.version + 1 });
    const wage = ok(await call(textOf('labour.wage_arrears', 22)));
    expect(wage).toMatchObject({ categoryCode: 'labour.wage_arrears', triage: false, state: 'dispatched', unitId: dept['JY-RSJ'] });
    expect(wage.classification).toMatchObject({ source: 'model', modelVersion: 1 });
    expect(wage.classification.suggestions[0]).toMatchObject({ categoryCode: 'labour.wage_arrears', categoryName: '拖欠工资' });

    // another node sharing the database sees the same active model on its own check
    const otherNode = new ModelHolder(t.rt.database.db);
    expect(otherNode.current()).toBeNull();
    await otherNode.refresh();
    expect(otherNode.current()).toMatchObject({ id: model.id, modelVersion: 1 });
    await t.rt.jobs.drain();
    const reload = await t.rt.database.db
      .selectFrom('platform.job')
      .select('state')
      .where('queue', '=', 'event:hotline.classifier-reload')
      .execute();
    expect(reload.map((j: { state: string }) => j.state)).toContain('done');
  });

  it('maps labels to categories as an admin edits them, and drops the suggestions of unmapped labels', async () => {
    const [model] = await models();
    const patch = (labelMap: Record<string, string>, version = model.version) =>
      send('PATCH', `/api/hotline/classifier/models/${model.id}`, admin, { labelMap, version });
    expect(code(await patch({ 'labour.wage_arrears': 'no.such' }))).toBe('LABEL_MAP_INVALID');
    expect(code(await patch({ 外星话题: 'labour' }))).toBe('LABEL_MAP_INVALID');
    expect(code(await patch({}, model.version + 3))).toBe('CONFLICT');
    const both = { 'urban.vendors': 'urban.vendors', 'environment.air': 'environment.air' };
    const edited = ok(await patch({ ...both, 'labour.wage_arrears': 'labour' }));
    expect(edited.labelMap['labour.wage_arrears']).toBe('labour');
    expect(ok(await call(textOf('labour.wage_arrears', 30)))).toMatchObject({ categoryCode: 'labour', unitId: dept['JY-RSJ'] });

    ok(await patch(both, edited.version));
    const unmapped = ok(await call(textOf('labour.wage_arrears', 31)));
    const suggested = unmapped.classification.suggestions.map((s: { categoryCode: string }) => s.categoryCode);
    expect(suggested.some((c: string) => c.startsWith('labour'))).toBe(false);
    expect(unmapped).toMatchObject({ triage: true, categoryCode: null });
    ok(await patch({ ...both, 'labour.wage_arrears': 'labour' }, edited.version + 1));
  });

  it('keeps an agent’s different choice at intake as a correction, and the next run learns from it and activates', async () => {
    const n = (await corrections()).length;
    const o = ok(await call(textOf('labour.wage_arrears', 40), { categoryCode: 'environment.air' }));
    expect(o.classification).toMatchObject({ source: 'agent', modelVersion: 1 });
    const same = ok(await call(textOf('labour.wage_arrears', 41), { categoryCode: 'labour' }));
    expect(same.categoryCode).toBe('labour');
    const added = (await corrections()).slice(n);
    expect(added).toHaveLength(1);
    expect(added[0]).toMatchObject({
      order_id: o.id,
      source: 'intake',
      suggested_code: 'labour',
      chosen_code: 'environment.air',
      model_version: 1,
    });

    const since = await lastAuditId();
    ok(await send('POST', '/api/hotline/classifier/models', admin, { activate: true }), 202);
    await t.rt.jobs.drain();
    const [latest, first] = await models();
    expect(latest).toMatchObject({ modelVersion: 2, active: true, training: { orders: 8, corrections: 17 } });
    expect(first).toMatchObject({ modelVersion: 1, active: false });
    expect(t.rt.hotline.classifier?.current()?.modelVersion).toBe(2);
    const trail = await t.rt.database.db
      .selectFrom('platform.audit_log')
      .select('action')
      .where('id', '>', since)
      .where('resource_type', 'in', ['classifier_model', 'training_run'])
      .orderBy('id')
      .execute();
    expect(trail.map((a: { action: string }) => a.action)).toEqual([
      'hotline.training_run.request',
      'hotline.training_run.start',
      'hotline.classifier_model.create',
      'hotline.classifier_model.activate',
    ]);
  });

  it('imports a model trained on the shared data’s topics, maps them to categories and serves the agent’s preview', async () => {
    const topics: Record<string, string> = {
      劳动和社会保障: 'labour.wage_arrears',
      环境保护: 'environment.air',
      城乡建设: 'urban.vendors',
    };
    const rows = Object.entries(topics).flatMap(([label, code]) =>
      Array.from({ length: 20 }, (_, i) => ({ body: textOf(code, i), label })),
    );
    const text = serializeModel(trainModel(rows));
    const meta = { actor: { id: null, name: 'test', kind: 'system' } };
    await expect(importModel(t.rt.hotline, meta, { text: '{"format":"something else"}' })).rejects.toMatchObject({
      code: 'CLASSIFIER_MODEL_INVALID',
    });
    await expect(importModel(t.rt.hotline, meta, { text, labelMap: { 环境保护: 'no.such' } })).rejects.toMatchObject({
      code: 'LABEL_MAP_INVALID',
    });
    const imported = await importModel(t.rt.hotline, meta, { text, activate: true });
    expect(imported).toMatchObject({
      modelVersion: 3,
      active: true,
      labelMap: { 劳动和社会保障: 'labour', 环境保护: 'environment', 城乡建设: 'urban' },
      metrics: null,
      training: { source: 'import', rows: 60 },
    });
    const preview = ok(
      await send('POST', '/api/hotline/orders/preview', agent, { body: '老板拖欠三个月工资不发，农民工讨薪无门', divisionCode: HEPO }),
    );
    expect(preview).toMatchObject({ modelVersion: 3, triage: false, routing: { unitId: dept['JY-RSJ'] } });
    expect(preview.suggestions.map((x: { categoryCode: string }) => x.categoryCode)).toEqual([
      'labour',
      expect.any(String),
      expect.any(String),
    ]);
    expect(preview.suggestions[0]).toMatchObject({ categoryName: '劳动保障' });
    expect(preview.suggestions[0].confidence).toBeGreaterThan(preview.suggestions[1].confidence);
  });
});
