import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '@yiwang/platform/testing';
import { countRows, createTestApp, json, publishCalendarThrough, type Session, type TestApp } from './harness.js';
import { MATRIX, sees, type Caller, type Dept, type Fixtures } from './support/authz-table.js';
import { fingerprint, isErrorShape } from './support/requests.js';

const CALLERS = [
  'admin',
  'zsj.admin',
  'rc.admin',
  'rc.clerk',
  'sjj.approver',
  'hotline.agent',
  'cgj.handler',
  'supervisor',
  'data.officer',
  'leader',
  'zhangsan',
  'rongfeng',
];
const JX = '445222000000';
const RC = '445202000000';

describe.each(testEngines())('authorization matrix on %s', (engine) => {
  let t: TestApp;
  let fx: Fixtures;
  const s: Record<string, Session> = {};
  const call = (who: string, method: string, url: string, payload?: unknown) =>
    t.app.inject({
      method: method as never,
      url,
      headers: s[who]!.headers,
      ...(payload === undefined ? {} : { payload: payload as object }),
    });

  beforeAll(async () => {
    t = await createTestApp(engine);
    // order deadlines of up to 15 working days from today reach into next year
    await publishCalendarThrough(t, new Date().getFullYear() + 1);
    for (const u of CALLERS) s[u] = await t.login(u);
    const db = t.rt.database.db;
    const depts = (await db.selectFrom('identity.department').select(['id', 'code', 'division_code']).execute()) as Dept[];
    const dept = Object.fromEntries(depts.map((d) => [d.code, d]));
    const user: Fixtures['user'] = {};
    for (const [username, code, roles, dataScope] of [
      ['rc.temp', 'JY-RC-ZWFWZX', ['window_clerk'], 'unit'],
      ['jx.temp', 'JY-JX-ZSJ', ['window_clerk'], 'unit'],
      ['city.temp', 'JY-SJJ', ['dept_approver'], 'unit'],
      ['sys.temp', 'JY-ZSJ', ['system_admin'], 'all'],
    ] as const) {
      const payload = { username, displayName: username, password: 'Fixture2026abc', roles, departmentId: dept[code]!.id, dataScope };
      const res = await call('admin', 'POST', '/api/identity/users', payload);
      expect(res.statusCode, res.body).toBe(200);
      user[username] = { id: json(res).id, dept: dept[code]!, sysadmin: roles.includes('system_admin' as never) };
    }
    const idOf = async (username: string) =>
      (await db.selectFrom('identity.account').select('id').where('username', '=', username).executeTakeFirstOrThrow()).id as string;
    const order: Fixtures['order'] = {};
    for (const [label, categoryCode, divisionCode] of [
      ['揭西 城管', 'urban.vendors', '445222001000'],
      ['榕城 市监', 'market.food_safety', '445202001000'],
    ] as const) {
      const res = await call('hotline.agent', 'POST', '/api/hotline/orders', {
        channel: 'phone',
        type: 'complaint',
        body: label,
        categoryCode,
        divisionCode,
      });
      expect(res.statusCode, res.body).toBe(200);
      order[label] = { id: json(res).id, unitId: json(res).unitId, divisionCode };
    }
    const rule = await db.selectFrom('hotline.routing_rule').select('id').executeTakeFirstOrThrow();
    const templates = await db.selectFrom('hotline.reply_template').select(['id', 'owner_unit_id']).orderBy('title').execute();
    const unitTemplate = templates.find((x: { owner_unit_id: string | null }) => x.owner_unit_id === dept['JY-CGJ']!.id)!;
    const replyTemplate = {
      hotline: templates.find((x: { owner_unit_id: string | null }) => x.owner_unit_id === null)!.id as string,
      unit: { id: unitTemplate.id as string, ownerUnitId: unitTemplate.owner_unit_id as string },
    };
    fx = {
      t,
      dept,
      user,
      citizenId: await idOf('zhangsan'),
      enterpriseId: await idOf('rongfeng'),
      order,
      ruleId: rule.id as string,
      replyTemplate,
    };
  });
  afterAll(() => t?.close());

  const caller = (u: string) => s[u]!.me as Caller;

  it('has a matrix row for every identity, system and hotline route, and no row for a route that is gone', () => {
    const routes = t.routes.filter((r) => /^\/api\/(identity|system|hotline)\//.test(r.url));
    const gets = new Set(routes.filter((r) => r.method === 'GET').map((r) => r.url));
    // HEAD is Fastify's automatic twin of GET; it is probed alongside GET below
    expect(routes.filter((r) => r.method === 'HEAD' && !gets.has(r.url)).map((r) => r.url)).toEqual([]);
    const registered = routes
      .filter((r) => r.method !== 'HEAD')
      .map((r) => `${r.method} ${r.url}`)
      .sort();
    expect(registered).toEqual(Object.keys(MATRIX).sort());
  });

  it('answers every route × caller × scope as the oracle says, and a refusal writes nothing', async () => {
    const policies = new Map(t.routes.map((r) => [`${r.method} ${r.url}`, r.policy]));
    const failures: string[] = [];
    let before = await fingerprint(t);
    let probes = 0;
    for (const [route, row] of Object.entries(MATRIX)) {
      if (!('cases' in row)) continue;
      const [method] = route.split(' ') as [string];
      const policy = policies.get(route);
      const permission = policy && 'permission' in policy ? policy.permission : null;
      for (const c of row.cases) {
        for (const u of CALLERS) {
          const who = caller(u);
          const allowed = !permission || who.permissions.includes(permission);
          const want = allowed ? c.expect(who, fx) : method === 'GET' ? 404 : 403;
          const { url, payload } = c.req(fx);
          const res = await call(u, method, url, payload ?? (method === 'GET' || method === 'DELETE' ? undefined : {}));
          probes++;
          const label = `${route} [${c.label}] as ${u}`;
          // HEAD runs the same handler (a personal-data read is audited for it too): probe before comparing
          const head = method === 'GET' ? await call(u, 'HEAD', url) : null;
          if (head && head.statusCode !== want) failures.push(`HEAD ${label}: ${head.statusCode} (want ${want})`);
          if (res.statusCode !== want) {
            failures.push(`${label}: ${res.statusCode} (want ${want}) ${res.body.slice(0, 160)}`);
            continue;
          }
          if (want >= 400) {
            if (!isErrorShape(json(res))) failures.push(`${label}: error shape ${res.body}`);
            if (want === 404 || want === 403) expect(json(res).code, label).toBe(want === 404 ? 'NOT_FOUND' : 'FORBIDDEN');
            const after = await fingerprint(t);
            if (after !== before) failures.push(`${label}: refused but wrote ${before} → ${after}`);
            before = after;
          } else {
            await c.check?.(json(res), who, fx);
            before = await fingerprint(t);
          }
        }
      }
    }
    expect(failures).toEqual([]);
    expect(probes).toBeGreaterThan(400);
  });

  it('lets the 榕城 admin manage 榕城 departments while 揭西 stays invisible', async () => {
    const rc = s['rc.admin']!;
    const created = await call('rc.admin', 'POST', '/api/identity/departments', {
      name: '榕城区矩阵测试局',
      kind: 'department',
      divisionCode: '445202001000',
    });
    expect(created.statusCode).toBe(200);
    const d = json(created);
    expect((await call('rc.admin', 'GET', `/api/identity/departments/${d.id}`)).statusCode).toBe(200);
    const listed = json(await call('rc.admin', 'GET', `/api/identity/departments?divisionCode=${RC}&q=${encodeURIComponent('矩阵测试')}`));
    expect(listed.items.map((x: { id: string }) => x.id)).toEqual([d.id]);
    const patched = await call('rc.admin', 'PATCH', `/api/identity/departments/${d.id}`, {
      name: '榕城区矩阵测试局（改）',
      version: d.version,
    });
    expect(json(patched)).toMatchObject({ name: '榕城区矩阵测试局（改）', version: d.version + 1 });

    const jx = fx.dept['JY-JX-ZSJ']!;
    const row = await t.rt.database.db
      .selectFrom('identity.department')
      .select(['name', 'version'])
      .where('id', '=', jx.id)
      .executeTakeFirstOrThrow();
    expect(json(await call('rc.admin', 'GET', `/api/identity/departments/${jx.id}`)).code).toBe('NOT_FOUND');
    const patch = await call('rc.admin', 'PATCH', `/api/identity/departments/${jx.id}`, { name: '越权修改', version: row.version });
    expect(patch.statusCode).toBe(404);
    expect(
      await t.rt.database.db
        .selectFrom('identity.department')
        .select(['name', 'version'])
        .where('id', '=', jx.id)
        .executeTakeFirstOrThrow(),
    ).toEqual(row);
    expect(json(await call('rc.admin', 'GET', `/api/identity/departments?divisionCode=${JX}`))).toMatchObject({ items: [], total: 0 });
    const n = await countRows(t, 'identity.department');
    const outside = await call('rc.admin', 'POST', '/api/identity/departments', {
      name: '揭西越权局',
      kind: 'department',
      divisionCode: JX,
    });
    expect(json(outside).code).toBe('NOT_FOUND');
    expect(await countRows(t, 'identity.department')).toBe(n);
    expect(rc.me.dataScope).toBe('division');
  });

  it('shows a unit-scoped approver only its own department', async () => {
    const me = caller('sjj.approver');
    const list = json(await call('sjj.approver', 'GET', '/api/identity/departments?pageSize=200'));
    expect(list.items.map((d: { id: string }) => d.id)).toEqual([me.department!.id]);
    expect(list.total).toBe(1);
    expect((await call('sjj.approver', 'GET', `/api/identity/departments/${me.department!.id}`)).statusCode).toBe(200);
    for (const code of ['JY-ZSJ', 'JY-RC-ZWFWZX', 'JY-JX-SJJ']) {
      expect((await call('sjj.approver', 'GET', `/api/identity/departments/${fx.dept[code]!.id}`)).statusCode, code).toBe(404);
    }
  });

  it('lists for the 榕城 admin only staff of 榕城 departments', async () => {
    const list = json(await call('rc.admin', 'GET', '/api/identity/users?pageSize=200'));
    const names = list.items.map((u: { username: string }) => u.username);
    expect(names).toEqual(expect.arrayContaining(['rc.admin', 'rc.clerk', 'rc.temp']));
    expect(names).not.toContain('jx.temp');
    expect(names).not.toContain('sjj.approver');
    expect(list.items.every((u: { divisionCode: string }) => u.divisionCode.startsWith('445202'))).toBe(true);
    const jx = json(await call('rc.admin', 'GET', `/api/identity/users?departmentId=${fx.dept['JY-JX-ZSJ']!.id}`));
    expect(jx).toMatchObject({ items: [], total: 0 });
    expect(json(await call('rc.clerk', 'GET', '/api/identity/users')).code).toBe('NOT_FOUND');
  });

  it('stops a bureau admin from granting system_admin, an admin role or a scope wider than its own', async () => {
    const rcDept = fx.dept['JY-RC-ZWFWZX']!.id;
    const base = { displayName: '越权', password: 'Grant2026abcd', departmentId: rcDept };
    const before = await fingerprint(t);
    const tries: Array<[string, object]> = [
      ['rc.admin', { ...base, username: 'grant1', roles: ['system_admin'], dataScope: 'unit' }],
      ['rc.admin', { ...base, username: 'grant2', roles: ['bureau_admin'], dataScope: 'unit' }],
      ['rc.admin', { ...base, username: 'grant3', roles: ['window_clerk'], dataScope: 'all' }],
      ['zsj.admin', { ...base, username: 'grant4', roles: ['system_admin'], dataScope: 'all' }],
    ];
    for (const [who, body] of tries)
      expect(json(await call(who, 'POST', '/api/identity/users', body)).code, JSON.stringify(body)).toBe('FORBIDDEN');
    const temp = json(await call('admin', 'GET', '/api/identity/users?q=rc.temp')).items[0];
    for (const body of [{ roles: ['system_admin'] }, { dataScope: 'all' }]) {
      expect((await call('rc.admin', 'PATCH', `/api/identity/users/${temp.id}`, { ...body, version: temp.version })).statusCode).toBe(403);
    }
    const sys = fx.user['sys.temp']!.id;
    expect((await call('zsj.admin', 'PATCH', `/api/identity/users/${sys}`, { status: 'disabled', version: 1 })).statusCode).toBe(403);
    expect(await fingerprint(t)).toBe(before);
    const ok = await call('rc.admin', 'POST', '/api/identity/users', {
      ...base,
      username: 'rc.newclerk',
      roles: ['window_clerk'],
      dataScope: 'unit',
    });
    expect(json(ok)).toMatchObject({ username: 'rc.newclerk', dataScope: 'unit' });
    expect(sees(caller('rc.admin'), fx.dept['JY-RC-ZWFWZX']!)).toBe(true);
  });

  it('logs out only the caller', async () => {
    const a = await t.login('leader');
    expect((await t.app.inject({ method: 'POST', url: '/api/identity/logout', headers: a.headers })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/api/identity/me', headers: a.headers })).statusCode).toBe(401);
    expect((await call('leader', 'GET', '/api/identity/me')).statusCode).toBe(200);
    expect((await call('supervisor', 'GET', '/api/identity/me')).statusCode).toBe(200);
  });
});
