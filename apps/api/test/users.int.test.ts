import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_META } from '@yiwang/platform';
import { testEngines } from '@yiwang/platform/testing';
import { createSystemAdmin } from '@yiwang/identity';
import { createTestApp, json, type Session, type TestApp } from './harness.js';

describe.each(testEngines())('staff accounts on %s', (engine) => {
  let t: TestApp;
  let admin: Session;
  let deptId: string;
  beforeAll(async () => {
    t = await createTestApp(engine);
    admin = await t.login('rc.admin');
    const list = json(
      await t.app.inject({
        method: 'GET',
        url: '/api/identity/departments?q=%E6%A6%95%E5%9F%8E%E5%8C%BA%E6%95%99%E8%82%B2%E5%B1%80',
        headers: admin.headers,
      }),
    );
    deptId = list.items[0].id;
  });
  afterAll(() => t?.close());
  const send = (method: 'POST' | 'PATCH', url: string, payload: object, s: Session = admin) =>
    t.app.inject({ method, url, headers: s.headers, payload });

  it('creates a clerk in scope, who can then sign in with the roles given', async () => {
    const res = await send('POST', '/api/identity/users', {
      username: 'rc.edu.clerk',
      displayName: '教育窗口',
      password: 'Window2026ab',
      roles: ['window_clerk'],
      departmentId: deptId,
      dataScope: 'unit',
    });
    expect(res.statusCode).toBe(200);
    expect(json(res)).toMatchObject({
      username: 'rc.edu.clerk',
      departmentName: '榕城区教育局',
      roles: ['window_clerk'],
      status: 'active',
      version: 1,
    });
    const s = await t.login('rc.edu.clerk', 'Window2026ab');
    expect(s.me).toMatchObject({ dataScope: 'unit', department: { id: deptId } });
    const dup = await send('POST', '/api/identity/users', {
      username: 'RC.EDU.CLERK',
      displayName: 'x',
      password: 'Window2026ab',
      roles: ['window_clerk'],
      departmentId: deptId,
      dataScope: 'unit',
    });
    expect(json(dup).code).toBe('DUPLICATE');
  });

  it('changes roles with a version check and ends the sessions of a disabled account', async () => {
    const u = json(await t.app.inject({ method: 'GET', url: '/api/identity/users?q=rc.edu.clerk', headers: admin.headers })).items[0];
    const session = await t.login('rc.edu.clerk', 'Window2026ab');
    const upd = await send('PATCH', `/api/identity/users/${u.id}`, { roles: ['window_clerk', 'dept_approver'], version: u.version });
    expect(json(upd).roles).toEqual(['window_clerk', 'dept_approver']);
    const stale = await send('PATCH', `/api/identity/users/${u.id}`, { displayName: '旧版本', version: u.version });
    expect(stale.statusCode).toBe(409);
    const off = await send('PATCH', `/api/identity/users/${u.id}`, { status: 'disabled', version: u.version + 1 });
    expect(json(off).status).toBe('disabled');
    expect((await t.app.inject({ method: 'GET', url: '/api/identity/me', headers: session.headers })).statusCode).toBe(401);
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/identity/login',
      payload: { username: 'rc.edu.clerk', password: 'Window2026ab' },
    });
    expect(json(login).code).toBe('ACCOUNT_DISABLED');
  });

  it('resets a password: the new one works, the old one does not', async () => {
    const u = json(await t.app.inject({ method: 'GET', url: '/api/identity/users?q=rc.clerk', headers: admin.headers })).items.find(
      (x: any) => x.username === 'rc.clerk',
    );
    expect((await send('POST', `/api/identity/users/${u.id}/reset-password`, { newPassword: 'Reset2026abc' })).statusCode).toBe(200);
    await t.login('rc.clerk', 'Reset2026abc');
    const old = await t.app.inject({
      method: 'POST',
      url: '/api/identity/login',
      payload: { username: 'rc.clerk', password: 'Jieyang2026' },
    });
    expect(old.statusCode).toBe(401);
  });

  it('creates the first system administrator of a deployment (CLI use-case) in the city bureau', async () => {
    const input = { username: 'city.admin', displayName: '市平台管理员', password: 'short' };
    await expect(createSystemAdmin(t.rt.identity, SYSTEM_META, input)).rejects.toMatchObject({ code: 'WEAK_PASSWORD' });
    await createSystemAdmin(t.rt.identity, SYSTEM_META, { ...input, password: 'CityAdmin2026' });
    const s = await t.login('city.admin', 'CityAdmin2026');
    expect(s.me).toMatchObject({ roles: ['system_admin'], dataScope: 'all', department: { name: '揭阳市政务服务和数据管理局' } });
    await expect(createSystemAdmin(t.rt.identity, SYSTEM_META, { ...input, password: 'CityAdmin2026' })).rejects.toMatchObject({
      code: 'DUPLICATE',
    });
  });

  it('lists roles with their permissions for the admin page', async () => {
    const roles = json(await t.app.inject({ method: 'GET', url: '/api/identity/roles', headers: admin.headers }));
    expect(roles.find((r: any) => r.role === 'window_clerk')).toMatchObject({
      zh: '综合窗口人员',
      permissions: expect.arrayContaining(['identity.citizen.read_personal']),
    });
  });
});
