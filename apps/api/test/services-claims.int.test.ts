import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '@yiwang/platform/testing';
import { countRows, createTestApp, json, type Session, type TestApp } from './harness.js';
import { COMPLETE, deptIds, newItem, servicesClient } from './support/services-fixtures.js';

describe.each(testEngines())('认领, 拆分, guide quality and the public catalog on %s', (engine) => {
  let t: TestApp;
  let bureau: Session;
  let rcAdmin: Session;
  let approver: Session;
  let dept: Record<string, string>;
  let c: ReturnType<typeof servicesClient>;
  let n = 100;
  const publishNew = async (extra: Record<string, unknown> = {}) =>
    c.publish(approver, bureau, c.ok(await c.req('POST', '/api/services/items', approver, newItem(dept['JY-SJJ']!, ++n, extra))));

  beforeAll(async () => {
    t = await createTestApp(engine);
    [bureau, rcAdmin, approver] = [await t.login('zsj.admin'), await t.login('rc.admin'), await t.login('sjj.approver')];
    dept = await deptIds(t);
    c = servicesClient(t);
  });
  afterAll(() => t?.close());

  it('lets 榕城区 claim a city item for its division with local places, keeping the basic code', async () => {
    const city = await publishNew();
    const places = [{ name: '榕城区政务服务中心', address: '揭阳市榕城区', hours: '工作日 9:00-17:00' }];
    const claim = c.ok(await c.req('POST', `/api/services/items/${city.id}/claim`, rcAdmin, { departmentId: dept['JY-RC-SJJ'], places }));
    expect(claim).toMatchObject({ kind: 'claimed', state: 'draft', level: 'county', divisionCode: '445202000000', name: city.name });
    expect(claim.code).toBe(`${city.code.slice(0, 10)}445202`);
    expect(claim.source).toMatchObject({ id: city.id, code: city.code });
    expect(claim.content.places).toEqual(places);
    expect(claim.content.materials).toEqual(COMPLETE.materials);
    const live = await c.publish(rcAdmin, rcAdmin, claim);
    expect(c.ok(await c.req('GET', `/api/services/public/items/${live.id}`, null)).departmentName).toBe('榕城区市场监督管理局');

    const again = await c.req('POST', `/api/services/items/${city.id}/claim`, rcAdmin, { departmentId: dept['JY-RC-SJJ'] });
    expect(json(again).code).toBe('ITEM_ALREADY_CLAIMED');
    // a claim goes down the tree only, and inside the claimer's own scope
    expect(json(await c.req('POST', `/api/services/items/${city.id}/claim`, bureau, { departmentId: dept['JY-WJJ'] })).code).toBe(
      'CLAIM_NOT_ALLOWED',
    );
    expect((await c.req('POST', `/api/services/items/${city.id}/claim`, rcAdmin, { departmentId: dept['JY-JX-SJJ'] })).statusCode).toBe(
      404,
    );
    // a claimed item keeps its code and stays in its division
    const revised = c.ok(await c.workflow(rcAdmin, live, 'revise'));
    expect(
      json(await c.req('PATCH', `/api/services/items/${live.id}`, rcAdmin, { version: revised.version, code: 'XK99999000445202' })).code,
    ).toBe('VALIDATION_FAILED');
    const moved = await c.req('PATCH', `/api/services/items/${live.id}`, bureau, {
      version: revised.version,
      departmentId: dept['JY-SJJ'],
    });
    expect(json(moved).code).toBe('CLAIM_NOT_ALLOWED');
  });

  it('does not claim an unpublished item, and an outsider cannot even tell it exists', async () => {
    const draft = c.ok(await c.req('POST', '/api/services/items', approver, newItem(dept['JY-SJJ']!, ++n)));
    expect(json(await c.req('POST', `/api/services/items/${draft.id}/claim`, bureau, { departmentId: dept['JY-RC-SJJ'] })).code).toBe(
      'ITEM_NOT_LIVE',
    );
    expect(json(await c.req('POST', `/api/services/items/${draft.id}/claim`, rcAdmin, { departmentId: dept['JY-RC-SJJ'] })).code).toBe(
      'NOT_FOUND',
    );
  });

  it('splits an item into 业务办理项 that inherit its elements, and guards the parent while they are live', async () => {
    const parent = await publishNew();
    const materials = [COMPLETE.materials![0]!];
    const before = await countRows(t, 'services.item');
    const change = c.ok(
      await c.req('POST', `/api/services/items/${parent.id}/variants`, approver, {
        situation: '变更',
        overrides: { materials, timeLimits: { statutoryDays: 10, promisedDays: 1, kind: 'promised' }, process: [{ name: '受理' }] },
      }),
    );
    expect(change).toMatchObject({
      kind: 'variant',
      state: 'draft',
      name: `${parent.name}（变更）`,
      code: `${parent.code}01`,
      parent: { id: parent.id },
    });
    expect(change.content.materials).toEqual(materials);
    expect(change.content.legalBasis).toEqual(COMPLETE.legalBasis);
    expect(change.overrides).toEqual({
      materials,
      timeLimits: { statutoryDays: 10, promisedDays: 1, kind: 'promised' },
      process: [{ name: '受理' }],
    });
    const cancel = c.ok(await c.req('POST', `/api/services/items/${parent.id}/variants`, approver, { situation: '注销' }));
    expect(cancel.code).toBe(`${parent.code}02`);
    expect(await countRows(t, 'services.item')).toBe(before + 2);
    expect(json(await c.req('POST', `/api/services/items/${change.id}/variants`, approver, { situation: '再拆' })).code).toBe(
      'SPLIT_NOT_ALLOWED',
    );
    expect(json(await c.req('PATCH', `/api/services/items/${change.id}`, approver, { version: change.version, name: '改名' })).code).toBe(
      'VALIDATION_FAILED',
    );
    const bad = await c.req('POST', `/api/services/items/${parent.id}/variants`, approver, {
      situation: '坏',
      overrides: { materials: [materials[0], materials[0]] },
    });
    expect(json(bad).code).toBe('ITEM_INVALID');

    const live = await c.publish(approver, bureau, change);
    const version = c.ok(await c.req('GET', `/api/services/versions/${live.liveVersionId}`, approver));
    expect(version.content.materials).toEqual(materials);
    expect(version.parent).toMatchObject({ id: parent.id });
    const guide = c.ok(await c.req('GET', `/api/services/public/items/${parent.id}`, null));
    expect(guide.variants.map((v: { name: string }) => v.name)).toEqual([`${parent.name}（变更）`]);
    expect(c.ok(await c.req('GET', `/api/services/public/items/${live.id}`, null)).parent).toMatchObject({ id: parent.id });

    const blocked = await c.review(bureau, c.ok(await c.req('GET', `/api/services/items/${parent.id}`, bureau)), 'withdraw');
    expect(json(blocked)).toMatchObject({ code: 'ACTION_NOT_ALLOWED', details: { reason: 'live variants', variants: [live.id] } });
    c.ok(await c.review(bureau, live, 'withdraw'));
    const p = c.ok(await c.req('GET', `/api/services/items/${parent.id}`, bureau));
    expect(c.ok(await c.review(bureau, p, 'withdraw')).state).toBe('withdrawn');
  });

  it('re-runs the department report on every publish and stores it; reports follow the data scope', async () => {
    const flawed = {
      materials: [{ ...COMPLETE.materials![0]!, source: undefined }],
      timeLimits: { statutoryDays: 25, promisedDays: 3, kind: 'promised' },
    };
    const item = await publishNew(flawed);
    const [report] = c.ok(await c.req('GET', `/api/services/quality?departmentId=${dept['JY-SJJ']}`, bureau));
    expect(report.trigger).toBe(`publish:${item.code}`);
    const mine = report.findings.filter((f: { itemId: string }) => f.itemId === item.id);
    expect(mine.map((f: { rule: string; scope: string; versionNo: number }) => [f.rule, f.scope, f.versionNo]).sort()).toEqual([
      ['material_without_source', 'live', 1],
      ['permit_statutory_over_limit', 'live', 1],
    ]);
    // the seeded 药品经营许可 still asks for the licence the 多证合一 reform retired
    expect(
      report.findings.some(
        (f: { rule: string; itemName: string }) => f.rule === 'unknown_e_licence' && f.itemName === '药品经营许可（零售）',
      ),
    ).toBe(true);
    expect(report.errors).toBe(report.findings.filter((f: { severity: string }) => f.severity === 'error').length);

    const own = c.ok(await c.req('GET', '/api/services/quality', approver));
    expect(own.map((r: { departmentId: string }) => r.departmentId)).toEqual([dept['JY-SJJ']]);
    const rc = c.ok(await c.req('GET', '/api/services/quality', rcAdmin));
    expect(rc.length).toBeGreaterThan(0);
    expect(rc.every((r: { divisionCode: string }) => r.divisionCode.startsWith('445202'))).toBe(true);
    const all = c.ok(await c.req('GET', '/api/services/quality', bureau));
    expect(all.map((r: { departmentName: string }) => r.departmentName)).toEqual(
      expect.arrayContaining(['揭阳市住房和城乡建设局', '榕城区市场监督管理局']),
    );
    const stale = all.find((r: { departmentName: string }) => r.departmentName === '揭阳市住房和城乡建设局');
    expect(stale.findings.map((f: { rule: string }) => f.rule)).toContain('stale');

    const rerun = c.ok(await c.req('POST', '/api/services/quality/run', rcAdmin, {}));
    expect(
      rerun.every((r: { trigger: string; divisionCode: string }) => r.trigger === 'manual' && r.divisionCode.startsWith('445202')),
    ).toBe(true);
    const audit = await t.rt.database.db
      .selectFrom('platform.audit_log')
      .select('action')
      .where('action', '=', 'services.quality.run')
      .execute();
    expect(audit).toHaveLength(1);
    expect((await c.req('POST', '/api/services/quality/run', rcAdmin, { departmentId: dept['JY-SJJ'] })).statusCode).toBe(404);

    // 复核确认 clears staleness for the confirmed guide
    const presale = c.ok(await c.req('GET', `/api/services/items?q=${encodeURIComponent('商品房预售')}`, bureau)).items[0];
    const confirmed = c.ok(await c.review(bureau, presale, 'confirm', '已复核，内容无变化'));
    expect(new Date(confirmed.lastReviewedAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
    const [zjj] = c.ok(await c.req('GET', `/api/services/quality?departmentId=${dept['JY-ZJJ']}`, bureau));
    expect(zjj.findings.filter((f: { rule: string; itemId: string }) => f.rule === 'stale' && f.itemId === presale.id)).toEqual([]);
  });

  it('serves the public catalog without signing in: search, filters, paging and departments', async () => {
    const all = c.ok(await c.req('GET', '/api/services/public/items?pageSize=200', null));
    expect(all.total).toBeGreaterThanOrEqual(40);
    expect(all.items.map((i: { name: string }) => i.name)).toEqual(
      expect.arrayContaining([
        '食品经营许可',
        '个体工商户登记',
        '建筑工程施工许可证核发',
        '出生医学证明办理',
        '户口登记（出生登记）',
        '城乡居民基本医疗保险参保登记',
        '企业职工正常退休申请',
        '残疾人证办理（新办）',
        '公共场所卫生许可',
        '城镇污水排入排水管网许可',
      ]),
    );
    // drafts and items under review are not offered
    expect(all.items.map((i: { name: string }) => i.name)).not.toContain('养犬登记');
    const birth = c.ok(await c.req('GET', `/api/services/public/items?q=${encodeURIComponent('出生')}`, null));
    expect(birth.items.length).toBeGreaterThan(1);
    expect(birth.items.every((i: { name: string }) => i.name.includes('出生'))).toBe(true);
    const legal = c.ok(await c.req('GET', '/api/services/public/items?target=legal_person&type=XK&pageSize=200', null));
    expect(legal.items.every((i: { type: string; targets: string[] }) => i.type === 'XK' && i.targets.includes('legal_person'))).toBe(true);
    const rc = c.ok(await c.req('GET', '/api/services/public/items?divisionCode=445202000000', null));
    expect(rc.items.every((i: { divisionCode: string; kind: string }) => i.divisionCode === '445202000000' && i.kind === 'claimed')).toBe(
      true,
    );
    const depts = c.ok(await c.req('GET', '/api/services/public/departments', null));
    const market = depts.find((d: { name: string }) => d.name === '揭阳市市场监督管理局');
    const listed = c.ok(await c.req('GET', `/api/services/public/items?departmentId=${market.id}&pageSize=200`, null));
    expect(listed.total).toBe(market.items);
    expect((await c.req('GET', '/api/services/public/items/00000000-0000-4000-8000-000000000000', null)).statusCode).toBe(404);
    expect((await c.req('GET', '/api/services/public/items?pageSize=500', null)).statusCode).toBe(400);
  });
});
