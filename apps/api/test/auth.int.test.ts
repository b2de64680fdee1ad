import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '@yiwang/platform/testing';
import { countRows, createTestApp, json, type TestApp } from './harness.js';

describe.each(testEngines())('auth on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(engine);
  });
  afterAll(() => t?.close());

  it('logs in with the demo password and reports roles, scope and a CSRF token', async () => {
    const s = await t.login('admin');
    expect(s.me).toMatchObject({ username: 'admin', kind: 'staff', roles: ['system_admin'], dataScope: 'all', divisionName: '揭阳市' });
    expect(s.me.permissions).toContain('identity.department.write');
    expect(s.me.csrfToken).toMatch(/^[\w-]{20,}$/);
    const audit = await t.rt.database.db
      .selectFrom('platform.audit_log')
      .selectAll()
      .where('action', '=', 'identity.login.succeeded')
      .where('actor_id', '=', s.me.id)
      .execute();
    expect(audit[0]).toMatchObject({ actor_name: '系统管理员', actor_kind: 'staff' });
    const me = await t.app.inject({ method: 'GET', url: '/api/identity/me', headers: s.headers });
    expect(json(me).username).toBe('admin');
  });

  it('answers a wrong password with 401 INVALID_CREDENTIALS in Chinese by default and English on request', async () => {
    const zh = await t.app.inject({
      method: 'POST',
      url: '/api/identity/login',
      payload: { username: 'leader', password: 'wrong-pass-1' },
    });
    expect(zh.statusCode).toBe(401);
    expect(json(zh)).toMatchObject({ code: 'INVALID_CREDENTIALS', message: '用户名或密码错误' });
    expect(json(zh).requestId).toBeTruthy();
    const en = await t.app.inject({
      method: 'POST',
      url: '/api/identity/login',
      headers: { 'accept-language': 'en-US' },
      payload: { username: 'nobody', password: 'wrong-pass-1' },
    });
    expect(json(en)).toMatchObject({ code: 'INVALID_CREDENTIALS', message: 'Wrong username or password' });
  });

  it('locks an account after 5 failures, even for the right password, and audits the failures', async () => {
    for (let i = 0; i < 5; i++) {
      await t.app.inject({ method: 'POST', url: '/api/identity/login', payload: { username: 'supervisor', password: `bad-${i}-xxxxx` } });
    }
    const locked = await t.app.inject({
      method: 'POST',
      url: '/api/identity/login',
      payload: { username: 'supervisor', password: 'Jieyang2026' },
    });
    expect(locked.statusCode).toBe(423);
    expect(json(locked).code).toBe('ACCOUNT_LOCKED');
    const rows = await t.rt.database.db
      .selectFrom('platform.audit_log')
      .select('action')
      .where('action', '=', 'identity.login.failed')
      .execute();
    expect(rows.length).toBeGreaterThanOrEqual(5);
  });

  it('refuses a cookie-session mutation without the CSRF header', async () => {
    const s = await t.login('zsj.admin');
    const before = await countRows(t, 'identity.department');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/identity/departments',
      headers: { cookie: s.headers.cookie! },
      payload: { name: '无令牌测试局', kind: 'department', divisionCode: '445202000000' },
    });
    expect(res.statusCode).toBe(403);
    expect(json(res).code).toBe('CSRF_FAILED');
    expect(await countRows(t, 'identity.department')).toBe(before);
  });

  it('issues bearer tokens that work without CSRF and rejects forged ones', async () => {
    const s = await t.token('zsj.admin');
    expect(s.me.username).toBe('zsj.admin');
    const forged = await t.app.inject({ method: 'GET', url: '/api/identity/me', headers: { authorization: 'Bearer ' + 'A'.repeat(43) } });
    expect(forged.statusCode).toBe(401);
    expect(json(forged).code).toBe('INVALID_TOKEN');
    const malformed = await t.app.inject({ method: 'GET', url: '/api/identity/me', headers: { authorization: 'Basic abc' } });
    expect(json(malformed).code).toBe('INVALID_TOKEN');
  });

  it('logs out: the cookie stops working', async () => {
    const s = await t.login('leader');
    const out = await t.app.inject({ method: 'POST', url: '/api/identity/logout', headers: s.headers });
    expect(out.statusCode).toBe(200);
    const me = await t.app.inject({ method: 'GET', url: '/api/identity/me', headers: s.headers });
    expect(me.statusCode).toBe(401);
  });

  it('changes the password: weak ones refused, the old one stops working, other sessions end', async () => {
    const a = await t.login('data.officer');
    const b = await t.login('data.officer');
    const weak = await t.app.inject({
      method: 'POST',
      url: '/api/identity/me/password',
      headers: a.headers,
      payload: { currentPassword: 'Jieyang2026', newPassword: 'short' },
    });
    expect(json(weak).code).toBe('WEAK_PASSWORD');
    const ok = await t.app.inject({
      method: 'POST',
      url: '/api/identity/me/password',
      headers: a.headers,
      payload: { currentPassword: 'Jieyang2026', newPassword: 'NewSecret2027' },
    });
    expect(ok.statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/api/identity/me', headers: a.headers })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/api/identity/me', headers: b.headers })).statusCode).toBe(401);
    const old = await t.app.inject({
      method: 'POST',
      url: '/api/identity/login',
      payload: { username: 'data.officer', password: 'Jieyang2026' },
    });
    expect(old.statusCode).toBe(401);
    await t.login('data.officer', 'NewSecret2027');
  });

  it('registers a citizen with a valid ID number, stores it encrypted and shows it masked', async () => {
    const bad = await t.app.inject({
      method: 'POST',
      url: '/api/identity/register/citizen',
      payload: { username: 'lisi', password: 'Citizen2026x', realName: '李四', idNumber: '445202199003071235' },
    });
    expect(bad.statusCode).toBe(400);
    expect(json(bad).code).toBe('INVALID_ID_NUMBER');
    const ok = await t.app.inject({
      method: 'POST',
      url: '/api/identity/register/citizen',
      payload: { username: 'lisi', password: 'Citizen2026x', realName: '李四', idNumber: '11010519491231002X', phone: '13912345678' },
    });
    expect(ok.statusCode).toBe(200);
    expect(json(ok)).toMatchObject({ kind: 'citizen', roles: ['citizen'], permissions: ['portal.use'] });
    const row = await t.rt.database.db
      .selectFrom('identity.citizen_profile')
      .selectAll()
      .where('account_id', '=', json(ok).id)
      .executeTakeFirstOrThrow();
    expect(row.id_number_enc).not.toContain('11010519491231002X');
    expect(row.id_number_masked).toBe('110105********002X');
    const dup = await t.app.inject({
      method: 'POST',
      url: '/api/identity/register/citizen',
      payload: { username: 'lisi2', password: 'Citizen2026x', realName: '李四', idNumber: '11010519491231002x' },
    });
    expect(json(dup).code).toBe('DUPLICATE');
  });

  it('shows a citizen their own real-name data, masked', async () => {
    const s = await t.login('zhangsan');
    const p = await t.app.inject({ method: 'GET', url: '/api/identity/me/profile', headers: s.headers });
    expect(json(p)).toMatchObject({ kind: 'citizen', realName: '张三', idNumberMasked: '445202********1236', phoneMasked: '138****8000' });
    const e = await t.login('rongfeng');
    const ep = await t.app.inject({ method: 'GET', url: '/api/identity/me/profile', headers: e.headers });
    expect(json(ep)).toMatchObject({ kind: 'enterprise', enterpriseName: '揭阳市榕丰食品有限公司', legalRepName: '王榕丰' });
    expect(json(ep).uscc).not.toBe('91445202MA4W1234XD');
  });

  it('registers an enterprise only with a valid USCC', async () => {
    const bad = await t.app.inject({
      method: 'POST',
      url: '/api/identity/register/enterprise',
      payload: { username: 'acme', password: 'Company2026x', name: '揭阳测试有限公司', uscc: '91350100M000100Y44', legalRepName: '王五' },
    });
    expect(json(bad).code).toBe('INVALID_USCC');
    const ok = await t.app.inject({
      method: 'POST',
      url: '/api/identity/register/enterprise',
      payload: { username: 'acme', password: 'Company2026x', name: '揭阳测试有限公司', uscc: '91350100M000100Y43', legalRepName: '王五' },
    });
    expect(ok.statusCode).toBe(200);
    expect(json(ok).kind).toBe('enterprise');
  });

  it('audits a read of personal data and returns the decrypted ID only to permitted staff', async () => {
    const citizen = await t.rt.database.db
      .selectFrom('identity.account')
      .select('id')
      .where('username', '=', 'zhangsan')
      .executeTakeFirstOrThrow();
    const clerk = await t.login('rc.clerk');
    const masked = await t.app.inject({ method: 'GET', url: `/api/identity/citizens/${citizen.id}`, headers: clerk.headers });
    expect(json(masked).idNumberMasked).toBe('445202********1236');
    const full = await t.app.inject({
      method: 'GET',
      url: `/api/identity/citizens/${citizen.id}/personal?purpose=窗口核验身份`,
      headers: clerk.headers,
    });
    expect(json(full).idNumber).toBe('445202199003071236');
    const audit = await t.rt.database.db
      .selectFrom('platform.audit_log')
      .selectAll()
      .where('action', '=', 'identity.citizen.read_personal')
      .where('resource_id', '=', citizen.id)
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]!.actor_id).toBe(clerk.me.id);
    const agent = await t.login('hotline.agent');
    const denied = await t.app.inject({
      method: 'GET',
      url: `/api/identity/citizens/${citizen.id}/personal?purpose=x1`,
      headers: agent.headers,
    });
    expect(denied.statusCode).toBe(404);
  });
});
