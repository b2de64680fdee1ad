import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { testEngines } from '@yiwang/platform/testing';
import { countRows, createTestApp, json, type Session, type TestApp } from './harness.js';
import { COMPLETE, deptIds, newItem, servicesClient } from './support/services-fixtures.js';

describe.each(testEngines())('service item catalog on %s', (engine) => {
  let t: TestApp;
  let bureau: Session;
  let approver: Session;
  let dept: Record<string, string>;
  let c: ReturnType<typeof servicesClient>;
  let n = 0;
  const create = async (extra: Record<string, unknown> = {}, s?: Session) =>
    c.ok(await c.req('POST', '/api/services/items', s ?? approver, newItem(dept['JY-SJJ']!, ++n, extra)));

  beforeAll(async () => {
    t = await createTestApp(engine);
    [bureau, approver] = [await t.login('zsj.admin'), await t.login('sjj.approver')];
    dept = await deptIds(t);
    c = servicesClient(t);
  });
  afterAll(() => t?.close());

  it('registers a draft, takes it through review and publishes an immutable version the public can read', async () => {
    const draft = await create();
    expect(draft).toMatchObject({
      state: 'draft',
      kind: 'standard',
      level: 'city',
      departmentName: '揭阳市市场监督管理局',
      liveVersionId: null,
    });
    expect(draft.availableActions).toEqual(['submit']);
    expect(draft.problems).toEqual([]);
    expect((await c.req('GET', `/api/services/public/items/${draft.id}`, null)).statusCode).toBe(404);

    let item = c.ok(await c.workflow(approver, draft, 'submit'));
    expect(item.state).toBe('review');
    item = c.ok(await c.review(bureau, item, 'reject', '请补充受理条件'));
    expect(item).toMatchObject({ state: 'draft', reviewNote: '请补充受理条件' });
    item = c.ok(
      await c.req('PATCH', `/api/services/items/${item.id}`, approver, { version: item.version, conditions: ['条件一', '条件二'] }),
    );
    expect(item.content.conditions).toEqual(['条件一', '条件二']);
    item = c.ok(await c.workflow(approver, item, 'submit'));
    item = c.ok(await c.review(bureau, item, 'publish'));
    expect(item).toMatchObject({ state: 'published', liveVersionNo: 1, latestVersionNo: 1, draftOpen: false });
    expect(item.lastReviewedAt).not.toBeNull();

    const guide = c.ok(await c.req('GET', `/api/services/public/items/${item.id}`, null));
    expect(guide).toMatchObject({ versionNo: 1, current: true, name: item.name, departmentName: '揭阳市市场监督管理局' });
    expect(guide.content.conditions).toEqual(['条件一', '条件二']);
    expect(guide.eLicenceNames).toMatchObject({ business_licence: '营业执照', food_business_licence: '食品经营许可证' });
    // a published version can never change, whoever tries
    await expect(
      sql`UPDATE services.item_version SET name = 'x' WHERE id = ${item.liveVersionId}`.execute(t.rt.database.db),
    ).rejects.toThrow(/immutable/);

    const audit = await t.rt.database.db
      .selectFrom('platform.audit_log')
      .select('action')
      .where('resource_id', '=', item.id)
      .orderBy('id')
      .execute();
    expect(audit.map((a: { action: string }) => a.action)).toEqual([
      'services.item.create',
      'services.item.submit',
      'services.item.reject',
      'services.item.update',
      'services.item.submit',
      'services.item.publish',
    ]);
    const events = await t.rt.database.db
      .selectFrom('platform.outbox')
      .select(['topic', 'payload'])
      .where('key', '=', item.id)
      .orderBy('id')
      .execute();
    expect(events.map((e: { topic: string }) => e.topic)).toEqual([
      'services.item.created',
      'services.item.submitted',
      'services.item.rejected',
      'services.item.updated',
      'services.item.submitted',
      'services.item.published',
    ]);
    expect((events.at(-1)!.payload as { versionId: string }).versionId).toBe(item.liveVersionId);
  });

  it('revises on a new draft while the live version stays public, and keeps the old version readable', async () => {
    const v1 = await c.publish(approver, bureau, await create());
    let item = c.ok(await c.workflow(approver, v1, 'revise'));
    expect(item).toMatchObject({ state: 'draft', draftOpen: true, liveVersionNo: 1 });
    expect(item.availableActions).toEqual(['submit', 'discard']);
    item = c.ok(
      await c.req('PATCH', `/api/services/items/${item.id}`, approver, {
        version: item.version,
        timeLimits: { statutoryDays: 10, promisedDays: 2, kind: 'promised' },
        process: [{ name: '受理' }, { name: '决定' }],
      }),
    );
    expect(c.ok(await c.req('GET', `/api/services/public/items/${item.id}`, null)).content.timeLimits.promisedDays).toBe(3);
    item = await c.publish(approver, bureau, item);
    expect(item).toMatchObject({ liveVersionNo: 2, latestVersionNo: 2 });
    const now = c.ok(await c.req('GET', `/api/services/public/items/${item.id}`, null));
    expect(now).toMatchObject({ versionNo: 2, current: true });
    expect(now.content.timeLimits.promisedDays).toBe(2);
    const old = c.ok(await c.req('GET', `/api/services/public/versions/${v1.liveVersionId}`, null));
    expect(old).toMatchObject({ versionNo: 1, current: false });
    expect(old.content.timeLimits.promisedDays).toBe(3);
    const versions = c.ok(await c.req('GET', `/api/services/items/${item.id}/versions`, approver));
    expect(versions.map((v: { versionNo: number; live: boolean }) => [v.versionNo, v.live])).toEqual([
      [2, true],
      [1, false],
    ]);
    expect(c.ok(await c.req('GET', `/api/services/versions/${v1.liveVersionId}`, approver)).versionNo).toBe(1);

    // a revision can be dropped: the live version is untouched
    const again = c.ok(await c.workflow(approver, item, 'revise'));
    const dropped = c.ok(await c.workflow(approver, again, 'discard'));
    expect(dropped).toMatchObject({ state: 'published', draftOpen: false, liveVersionNo: 2 });
  });

  it('answers a create retry with the same Idempotency-Key with the first item', async () => {
    const before = await countRows(t, 'services.item');
    const body = newItem(dept['JY-SJJ']!, 500);
    const key = { 'idempotency-key': 'item-create-500' };
    const first = c.ok(await c.req('POST', '/api/services/items', approver, body, key));
    const again = c.ok(await c.req('POST', '/api/services/items', approver, body, key));
    expect(again.id).toBe(first.id);
    expect(await countRows(t, 'services.item')).toBe(before + 1);
    const other = await c.req('POST', '/api/services/items', approver, { ...body, name: '另一个' }, key);
    expect(json(other).code).toBe('IDEMPOTENCY_KEY_REUSED');
  });

  it('refuses codes that break the region rule, plainly wrong elements and foreign departments, writing nothing', async () => {
    const before = await countRows(t, 'services.item');
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ code: 'XK90777000445202' }, 'INVALID_ITEM_CODE', 'code_region_mismatch'],
      [{ code: 'JF90777000445200' }, 'INVALID_ITEM_CODE', 'code_type_mismatch'],
      [{ code: 'XK9077700044520001' }, 'INVALID_ITEM_CODE', 'code_variant_suffix'],
      [{ code: 'XK00000000445200' }, 'INVALID_ITEM_CODE', 'code_format'],
      [{ materials: [{ ...COMPLETE.materials![0]!, eLicenceType: 'unicorn_licence' }] }, 'ITEM_INVALID', 'unknown_e_licence'],
      [{ materials: [COMPLETE.materials![0]!, COMPLETE.materials![0]!] }, 'ITEM_INVALID', 'duplicate_material_key'],
      [
        { form: { type: 'object', properties: { a: { type: 'string', title: 'a', minLength: 9, maxLength: 1 } } } },
        'ITEM_INVALID',
        'form_bounds',
      ],
      [
        { form: { type: 'object', properties: { a: { type: 'string', title: 'a' } }, required: ['b'] } },
        'ITEM_INVALID',
        'form_required_unknown',
      ],
    ];
    for (const [extra, code, rule] of cases) {
      const res = await c.req('POST', '/api/services/items', approver, newItem(dept['JY-SJJ']!, 777, extra), { 'accept-language': 'en' });
      expect(res.statusCode, rule).toBe(400);
      expect(json(res).code, rule).toBe(code);
      expect(
        json(res).details.problems.map((p: { rule: string }) => p.rule),
        rule,
      ).toContain(rule);
      expect(json(res).details.problems[0].zh.length).toBeGreaterThan(0);
    }
    const schema = await c.req('POST', '/api/services/items', approver, { ...newItem(dept['JY-SJJ']!, 778), visits: 3 });
    expect(json(schema).code).toBe('VALIDATION_FAILED');
    const unknownField = await c.req('POST', '/api/services/items', approver, { ...newItem(dept['JY-SJJ']!, 779), colour: 'red' });
    expect(json(unknownField).code).toBe('VALIDATION_FAILED');
    // a unit-scoped approver cannot place an item in another department: it looks like no such department
    const foreign = await c.req('POST', '/api/services/items', approver, { ...newItem(dept['JY-WJJ']!, 780) });
    expect(foreign.statusCode).toBe(404);
    const dup = await c.req('POST', '/api/services/items', approver, newItem(dept['JY-SJJ']!, 500));
    expect(json(dup).code).toBe('DUPLICATE');
    expect(await countRows(t, 'services.item')).toBe(before);
  });

  it('refuses to submit or publish an incomplete or contradictory item, naming each field', async () => {
    const draft = await create({ timeLimits: { statutoryDays: 10, promisedDays: 15, kind: 'promised' }, visits: 2, legalBasis: [] });
    expect(draft.problems.map((p: { field: string }) => p.field)).toEqual(
      expect.arrayContaining(['/legalBasis', '/timeLimits/promisedDays', '/visits']),
    );
    const res = await c.workflow(approver, draft, 'submit');
    expect(res.statusCode).toBe(422);
    expect(json(res).code).toBe('ITEM_NOT_PUBLISHABLE');
    expect(
      json(res)
        .details.problems.map((p: { rule: string; field: string }) => `${p.rule} ${p.field}`)
        .sort(),
    ).toEqual(['full_online_with_visits /visits', 'missing_element /legalBasis', 'promised_exceeds_statutory /timeLimits/promisedDays']);
    expect(c.ok(await c.req('GET', `/api/services/items/${draft.id}`, approver))).toMatchObject({ state: 'draft', version: draft.version });
  });

  it('answers a stale version with 409 CONFLICT and a step the state does not allow with the allowed ones', async () => {
    const draft = await create();
    const stale = await c.req('PATCH', `/api/services/items/${draft.id}`, approver, { version: draft.version + 5, name: '过期' });
    expect(json(stale).code).toBe('CONFLICT');
    const early = await c.review(bureau, draft, 'publish');
    expect(early.statusCode).toBe(409);
    expect(json(early)).toMatchObject({ code: 'ACTION_NOT_ALLOWED', details: { state: 'draft', allowed: ['submit', 'archive'] } });
    const live = await c.publish(approver, bureau, draft);
    const edit = await c.req('PATCH', `/api/services/items/${live.id}`, approver, { version: live.version, name: '直接改已发布' });
    expect(json(edit)).toMatchObject({ code: 'ACTION_NOT_ALLOWED', details: { state: 'published' } });
  });

  it('lets exactly one of two concurrent reviewers publish', async () => {
    const item = c.ok(await c.workflow(approver, await create(), 'submit'));
    const other = await t.login('admin');
    const [a, b] = await Promise.all([c.review(bureau, item, 'publish'), c.review(other, item, 'publish')]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    expect(await countRows(t, 'services.item_version')).toBeGreaterThan(0);
    const versions = c.ok(await c.req('GET', `/api/services/items/${item.id}/versions`, bureau));
    expect(versions).toHaveLength(1);
  });

  it('withdraws an item from the public catalog and archives it, freeing its code', async () => {
    const live = await c.publish(approver, bureau, await create());
    const withdrawn = c.ok(await c.review(bureau, live, 'withdraw'));
    expect(withdrawn).toMatchObject({ state: 'withdrawn', liveVersionId: null });
    expect((await c.req('GET', `/api/services/public/items/${live.id}`, null)).statusCode).toBe(404);
    expect(c.ok(await c.req('GET', `/api/services/public/versions/${live.liveVersionId}`, null)).current).toBe(false);
    const archived = c.ok(await c.review(bureau, withdrawn, 'archive'));
    expect(archived.state).toBe('archived');
    expect(archived.availableActions).toEqual([]);
    const reused = c.ok(await c.req('POST', '/api/services/items', approver, { ...newItem(dept['JY-SJJ']!, 1), code: live.code }));
    expect(reused.code).toBe(live.code);
  });

  it('keeps a unit-scoped approver to its own department, and lists by name, code, type and target', async () => {
    const mine = c.ok(await c.req('GET', '/api/services/items?pageSize=200', approver));
    expect(mine.items.length).toBeGreaterThan(5);
    expect(mine.items.every((i: { departmentId: string }) => i.departmentId === dept['JY-SJJ'])).toBe(true);
    const wjj = c.ok(await c.req('GET', `/api/services/items?departmentId=${dept['JY-WJJ']}`, bureau));
    const foreignId = wjj.items[0].id;
    expect((await c.req('GET', `/api/services/items/${foreignId}`, approver)).statusCode).toBe(404);
    expect((await c.req('GET', `/api/services/items/${foreignId}`, bureau)).statusCode).toBe(200);
    const byName = c.ok(await c.req('GET', `/api/services/items?q=${encodeURIComponent('食品经营')}`, bureau));
    expect(byName.items.map((i: { name: string }) => i.name)).toContain('食品经营许可');
    expect(byName.items.every((i: { name: string }) => i.name.includes('食品经营'))).toBe(true);
    const byCode = c.ok(await c.req('GET', '/api/services/items?q=xk00101', bureau));
    expect(byCode.items.every((i: { code: string }) => i.code.startsWith('XK00101'))).toBe(true);
    expect(byCode.total).toBeGreaterThan(1);
    const gg = c.ok(await c.req('GET', '/api/services/items?type=GG&target=legal_person&pageSize=200', bureau));
    expect(gg.items.every((i: { type: string; targets: string[] }) => i.type === 'GG' && i.targets.includes('legal_person'))).toBe(true);
    const page2 = c.ok(await c.req('GET', '/api/services/items?page=2&pageSize=5', bureau));
    expect(page2).toMatchObject({ page: 2, pageSize: 5 });
    expect(page2.items).toHaveLength(5);
    // a reviewer's actions are not offered to an editor, and the reverse
    const inReview = c.ok(await c.workflow(approver, await create(), 'submit'));
    expect(c.ok(await c.req('GET', `/api/services/items/${inReview.id}`, approver)).availableActions).toEqual([]);
    expect(c.ok(await c.req('GET', `/api/services/items/${inReview.id}`, bureau)).availableActions).toEqual(['publish', 'reject']);
  });
});
