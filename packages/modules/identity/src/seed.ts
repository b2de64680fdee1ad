import { readFileSync } from 'node:fs';
import { sql, type Kysely } from 'kysely';
import { mutate, newId, SYSTEM_META, textArray } from '@yiwang/platform';
import type { IdentityDeps } from './deps.js';
import { registerCitizen, registerEnterprise } from './use-cases/register.js';
import type { Role } from '@yiwang/contracts';
import { hashPassword } from './domain/password.js';
import { ident } from './repo/tables.js';

const data = (file: string) => JSON.parse(readFileSync(new URL(`../seed-data/${file}`, import.meta.url), 'utf8'));

/** Demo logins printed by `npm start`; a real deployment creates its own admin and removes these. */
export const DEMO_PASSWORD = 'Jieyang2026';
export const DEMO_USERS: Array<{ username: string; displayName: string; roles: Role[]; scope: 'unit' | 'division' | 'all'; dept: string }> =
  [
    { username: 'admin', displayName: '系统管理员', roles: ['system_admin'], scope: 'all', dept: 'JY-ZSJ' },
    { username: 'zsj.admin', displayName: '陈政数', roles: ['bureau_admin'], scope: 'all', dept: 'JY-ZSJ' },
    { username: 'rc.admin', displayName: '林榕城', roles: ['bureau_admin'], scope: 'division', dept: 'JY-RC-ZSJ' },
    { username: 'rc.clerk', displayName: '黄窗口', roles: ['window_clerk'], scope: 'unit', dept: 'JY-RC-ZWFWZX' },
    { username: 'sjj.approver', displayName: '郑审批', roles: ['dept_approver'], scope: 'unit', dept: 'JY-SJJ' },
    { username: 'hotline.agent', displayName: '许话务', roles: ['hotline_agent'], scope: 'all', dept: 'JY-12345' },
    { username: 'cgj.handler', displayName: '蔡承办', roles: ['handling_unit'], scope: 'unit', dept: 'JY-CGJ' },
    { username: 'supervisor', displayName: '吴督办', roles: ['supervisor'], scope: 'all', dept: 'JY-ZSJ' },
    { username: 'data.officer', displayName: '方数据', roles: ['data_officer'], scope: 'unit', dept: 'JY-ZSJ' },
    { username: 'leader', displayName: '李领导', roles: ['leader'], scope: 'all', dept: 'JY-ZSJ' },
  ];
// a valid GB 11643 number (check digit computed), 榕城区 region code, fictitious person
export const DEMO_CITIZEN = { username: 'zhangsan', realName: '张三', idNumber: '445202199003071236', phone: '13800138000' };
export const DEMO_ENTERPRISE = { username: 'rongfeng', name: '揭阳市榕丰食品有限公司', uscc: '91445202MA4W1234XD', legalRepName: '王榕丰' };

/**
 * Loads the city's organisation once (divisions, departments) and, for the demo, its staff and two
 * public accounts. Safe to re-run: it does nothing once divisions exist.
 */
export async function seedIdentity(deps: IdentityDeps, opts: { demoAccounts: boolean } = { demoAccounts: true }): Promise<boolean> {
  const db: Kysely<any> = deps.db;
  const q = ident(db);
  const have = await q
    .selectFrom('identity.division')
    .select(sql<number>`count(*)`.as('n'))
    .executeTakeFirstOrThrow();
  if (Number(have.n) > 0) return false;
  const divisions: Array<{ code: string; name: string; level: number; parentCode: string | null }> = data('divisions-4452.json');
  const departments: Array<{ code: string; name: string; kind: string; divisionCode: string; parentCode: string | null }> =
    data('departments-4452.json');
  const hash = await hashPassword(DEMO_PASSWORD);
  await mutate(db, SYSTEM_META, async (tx) => {
    const t = ident(tx);
    for (let i = 0; i < divisions.length; i += 500) {
      await t
        .insertInto('identity.division')
        .values(divisions.slice(i, i + 500).map((d) => ({ code: d.code, name: d.name, level: d.level, parent_code: d.parentCode })))
        .execute();
    }
    const ids = new Map(departments.map((d) => [d.code, newId()]));
    for (let i = 0; i < departments.length; i += 500) {
      await t
        .insertInto('identity.department')
        .values(
          departments.slice(i, i + 500).map((d) => ({
            id: ids.get(d.code)!,
            code: d.code,
            name: d.name,
            kind: d.kind,
            division_code: d.divisionCode,
            parent_id: d.parentCode ? (ids.get(d.parentCode) ?? null) : null,
          })),
        )
        .execute();
    }
    for (const u of opts.demoAccounts ? DEMO_USERS : []) {
      await t
        .insertInto('identity.account')
        .values({
          id: newId(),
          kind: 'staff',
          username: u.username,
          display_name: u.displayName,
          password_hash: hash,
          roles: textArray(u.roles),
          data_scope: u.scope,
          department_id: ids.get(u.dept)!,
        })
        .execute();
    }
    return {
      result: undefined,
      audit: {
        action: opts.demoAccounts ? 'identity.seed.demo_city' : 'identity.seed.organisation',
        resourceType: 'division',
        resourceId: '445200000000',
        details: { divisions: divisions.length, departments: departments.length, staff: opts.demoAccounts ? DEMO_USERS.length : 0 },
      },
    };
  });
  if (opts.demoAccounts) {
    await registerCitizen(deps, SYSTEM_META, { ...DEMO_CITIZEN, password: DEMO_PASSWORD });
    await registerEnterprise(deps, SYSTEM_META, { ...DEMO_ENTERPRISE, password: DEMO_PASSWORD });
  }
  return true;
}
