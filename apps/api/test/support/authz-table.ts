import { expect } from 'vitest';
import { sql } from 'kysely';
import type { TestApp } from '../harness.js';

/** What the matrix knows about a caller, straight from GET /api/identity/me. */
export interface Caller {
  id: string;
  kind: 'staff' | 'citizen' | 'enterprise';
  username: string;
  roles: string[];
  permissions: string[];
  dataScope: 'unit' | 'division' | 'all';
  department: { id: string } | null;
  divisionCode: string | null;
}
export interface Dept {
  id: string;
  code: string;
  division_code: string;
}
export interface Fixtures {
  t: TestApp;
  dept: Record<string, Dept>;
  /** staff accounts that only ever appear as targets, keyed by username */
  user: Record<string, { id: string; dept: Dept; sysadmin: boolean }>;
  citizenId: string;
  enterpriseId: string;
  /** work orders taken in by hotline.agent, keyed by label */
  order: Record<string, FixtureOrder>;
  ruleId: string;
  /** seeded reply templates: a hotline-wide one and one of JY-CGJ */
  replyTemplate: { hotline: string; unit: { id: string; ownerUnitId: string } };
}
export interface FixtureOrder {
  id: string;
  unitId: string;
  divisionCode: string;
}

/** The oracle, written independently of the server: GB/T 2260 prefix of "this division and below". */
export const prefixOf = (code: string) => [2, 4, 6, 9, 12].map((n) => code.slice(0, n)).find((p) => /^0*$/.test(code.slice(p.length)))!;
const inDivision = (c: Caller, code: string) =>
  c.dataScope === 'all' || (c.dataScope === 'division' && !!c.divisionCode && code.startsWith(prefixOf(c.divisionCode)));
/** A unit sees the orders it handles; a division the orders placed in it; 'all' everything. */
export const seesOrder = (c: Caller, o: { unitId: string | null; divisionCode: string | null; coUnitIds?: string[] }) =>
  c.dataScope === 'all' ||
  (c.dataScope === 'division' && !!c.divisionCode && !!o.divisionCode && o.divisionCode.startsWith(prefixOf(c.divisionCode))) ||
  (c.dataScope === 'unit' && !!c.department && (o.unitId === c.department.id || (o.coUnitIds ?? []).includes(c.department.id)));
export const sees = (c: Caller, d: Dept) => inDivision(c, d.division_code) || (c.dataScope === 'unit' && c.department?.id === d.id);

export interface Case {
  label: string;
  req: (fx: Fixtures) => { url: string; payload?: unknown };
  /** status for a caller who holds the route's permission (without it: GET 404, mutation 403) */
  expect: (c: Caller, fx: Fixtures) => number;
  /** more assertions on a 2xx body */
  check?: (body: any, c: Caller, fx: Fixtures) => Promise<void> | void;
}
export type Row = { covered: string } | { cases: Case[] };

const STALE = 9999; // a version no row has: an allowed write ends in 409 and changes nothing
const JX = '445222000000';
const RC = '445202000000';
const CITY = '445200000000';
const TARGET_DEPTS = ['JY-ZSJ', 'JY-SJJ', 'JY-RC-ZWFWZX', 'JY-445202001-BMFW', 'JY-JX-ZSJ'];
const TARGET_USERS = ['rc.temp', 'jx.temp', 'city.temp', 'sys.temp'];
const ok = () => 200;

const eachDept = (make: (d: Dept) => { url: string; payload?: unknown }, inScope: number, check?: Case['check']): Case[] =>
  TARGET_DEPTS.map((code) => ({
    label: code,
    req: (fx) => make(fx.dept[code]!),
    expect: (c, fx) => (sees(c, fx.dept[code]!) ? inScope : 404),
    ...(check ? { check } : {}),
  }));

const eachUser = (make: (id: string) => { url: string; payload?: unknown }, inScope: number): Case[] =>
  TARGET_USERS.map((u) => ({
    label: u,
    req: (fx) => make(fx.user[u]!.id),
    expect: (c, fx) => (!sees(c, fx.user[u]!.dept) ? 404 : fx.user[u]!.sysadmin && !c.roles.includes('system_admin') ? 403 : inScope),
  }));

const eachDivision = (make: (code: string) => { url: string; payload?: unknown }, inScope: number): Case[] =>
  [CITY, RC, '445202001000', JX].map((code) => ({
    label: code,
    req: () => make(code),
    expect: (c) => (inDivision(c, code) ? inScope : 404),
  }));

async function visibleDepartmentCount(c: Caller, fx: Fixtures, within?: string) {
  const all = await fx.t.rt.database.db.selectFrom('identity.department').select(['id', 'code', 'division_code']).execute();
  return (all as Dept[]).filter((d) => sees(c, d) && (!within || d.division_code.startsWith(prefixOf(within)))).length;
}

const departmentList = (within?: string): Case => ({
  label: within ? `within ${within}` : 'all',
  req: () => ({ url: `/api/identity/departments?pageSize=200${within ? `&divisionCode=${within}` : ''}` }),
  expect: ok,
  async check(body, c, fx) {
    for (const d of body.items)
      expect(sees(c, { id: d.id, code: d.code, division_code: d.divisionCode }), `${c.username} sees ${d.code}`).toBe(true);
    expect(body.total, `${c.username} department total`).toBe(await visibleDepartmentCount(c, fx, within));
  },
});

const eachOrder = (make: (o: FixtureOrder) => { url: string; payload?: unknown }, inScope: number): Case[] =>
  ['揭西 城管', '榕城 市监'].map((label) => ({
    label,
    req: (fx) => make(fx.order[label]!),
    expect: (c, fx) => (seesOrder(c, fx.order[label]!) ? inScope : 404),
  }));

const deskRole = (c: Caller) => c.roles.includes('hotline_agent') || c.roles.includes('supervisor');
/** Hotline-wide templates are the hotline's to edit; a unit's own are its handlers' and invisible to others. */
const replyTemplateCases = (make: (id: string) => { url: string; payload?: unknown }): Case[] => [
  { label: 'hotline-wide', req: (fx) => make(fx.replyTemplate.hotline), expect: (c) => (deskRole(c) ? 409 : 403) },
  {
    label: 'unit',
    req: (fx) => make(fx.replyTemplate.unit.id),
    expect: (c, fx) =>
      c.department?.id !== fx.replyTemplate.unit.ownerUnitId ? 404 : c.roles.includes('handling_unit') && !deskRole(c) ? 409 : 403,
  },
];

const hotlineRoutes: Record<string, Row> = {
  // an unknown category: a caller allowed to take calls gets 400 after the permission check, nothing written
  'POST /api/hotline/orders': {
    cases: [
      {
        label: 'unknown category',
        req: () => ({ url: '/api/hotline/orders', payload: { channel: 'phone', type: 'help', body: '矩阵', categoryCode: 'no.such' } }),
        expect: () => 400,
      },
    ],
  },
  'GET /api/hotline/orders': {
    cases: [
      {
        label: 'all',
        req: () => ({ url: '/api/hotline/orders?pageSize=200' }),
        expect: ok,
        async check(body, c, fx) {
          for (const o of body.items) expect(seesOrder(c, o), `${c.username} sees ${o.orderNo}`).toBe(true);
          const all = await fx.t.rt.database.db.selectFrom('hotline.work_order').select(['unit_id', 'division_code', 'co_units']).execute();
          const visible = (all as Array<{ unit_id: string | null; division_code: string | null; co_units: string[] }>).filter((o) =>
            seesOrder(c, { unitId: o.unit_id, divisionCode: o.division_code, coUnitIds: o.co_units }),
          );
          expect(body.total, `${c.username} order total`).toBe(visible.length);
        },
      },
    ],
  },
  'GET /api/hotline/orders/:id': { cases: eachOrder((o) => ({ url: `/api/hotline/orders/${o.id}` }), 200) },
  'POST /api/hotline/orders/:id/actions': {
    cases: eachOrder((o) => ({ url: `/api/hotline/orders/${o.id}/actions`, payload: { type: 'sign', version: STALE } }), 409),
  },
  'GET /api/hotline/categories': { cases: [{ label: 'tree', req: () => ({ url: '/api/hotline/categories' }), expect: ok }] },
  'GET /api/hotline/routing-rules': { cases: [{ label: 'list', req: () => ({ url: '/api/hotline/routing-rules' }), expect: ok }] },
  // a unit that does not exist: 400 for a rules manager, nothing written
  'POST /api/hotline/routing-rules': {
    cases: [
      {
        label: 'unknown unit',
        req: () => ({
          url: '/api/hotline/routing-rules',
          payload: { categoryPrefix: 'urban', unitId: '00000000-0000-4000-8000-000000000000' },
        }),
        expect: () => 400,
      },
    ],
  },
  'PATCH /api/hotline/routing-rules/:id': {
    cases: [
      {
        label: 'stale',
        req: (fx) => ({ url: `/api/hotline/routing-rules/${fx.ruleId}`, payload: { priority: 1, version: STALE } }),
        expect: () => 409,
      },
    ],
  },
  // one's own inbox only: the total is the caller's own rows, whoever else has notices
  'GET /api/hotline/notifications': {
    cases: [
      {
        label: 'own inbox',
        req: () => ({ url: '/api/hotline/notifications?pageSize=200' }),
        expect: ok,
        async check(body, c, fx) {
          const own = await fx.t.rt.database.db
            .selectFrom('hotline.notification')
            .select(['id', 'read_at'])
            .where('recipient_id', '=', c.id)
            .execute();
          expect(body.total, `${c.username} notices`).toBe(own.length);
          expect(body.unreadCount).toBe(own.filter((n: { read_at: Date | null }) => n.read_at === null).length);
          const ids = new Set(own.map((n: { id: string }) => n.id));
          for (const n of body.items) expect(ids.has(n.id), `${c.username} reads only own notices`).toBe(true);
        },
      },
    ],
  },
  // neither ids nor all: 400 for anyone signed in, nothing marked
  'POST /api/hotline/notifications/read': {
    cases: [{ label: 'nothing chosen', req: () => ({ url: '/api/hotline/notifications/read', payload: {} }), expect: () => 400 }],
  },
  // a unit sees its own card; division and city scopes see the units placed in them
  'GET /api/hotline/unit-cards': {
    cases: [
      {
        label: 'cards',
        req: () => ({ url: '/api/hotline/unit-cards?days=366' }),
        expect: ok,
        check(body, c, fx) {
          const byId = new Map(Object.values(fx.dept).map((d) => [d.id, d]));
          for (const card of body) expect(sees(c, byId.get(card.unitId)!), `${c.username} sees card of ${card.unitName}`).toBe(true);
          if (c.dataScope === 'unit') expect(body.map((x: { unitId: string }) => x.unitId)).toEqual([c.department!.id]);
        },
      },
    ],
  },
  'GET /api/hotline/reply-templates': {
    cases: [
      {
        label: 'list',
        req: () => ({ url: '/api/hotline/reply-templates' }),
        expect: ok,
        check(body, c) {
          for (const x of body) expect([null, c.department?.id]).toContain(x.ownerUnitId);
        },
      },
    ],
  },
  // an unknown category: 400 after the permission check, nothing written
  'POST /api/hotline/reply-templates': {
    cases: [
      {
        label: 'unknown category',
        req: () => ({ url: '/api/hotline/reply-templates', payload: { title: '矩阵', content: '矩阵', categoryPrefix: 'no.such' } }),
        expect: () => 400,
      },
    ],
  },
  'PATCH /api/hotline/reply-templates/:id': {
    cases: replyTemplateCases((id) => ({ url: `/api/hotline/reply-templates/${id}`, payload: { title: '矩阵', version: STALE } })),
  },
  'DELETE /api/hotline/reply-templates/:id': {
    cases: replyTemplateCases((id) => ({ url: `/api/hotline/reply-templates/${id}?version=${STALE}` })),
  },
};

/**
 * Every /api/identity/*, /api/system/* and /api/hotline/* route (HEAD follows GET), each with the requests that
 * probe it across scopes. A route missing here fails the matrix test.
 */
export const MATRIX: Record<string, Row> = {
  'POST /api/identity/login': { covered: 'public (policy.int.test.ts allow-list; auth.int.test.ts)' },
  'POST /api/identity/token': { covered: 'public (policy.int.test.ts allow-list; auth.int.test.ts)' },
  'POST /api/identity/register/citizen': { covered: 'public (policy.int.test.ts allow-list; auth.int.test.ts)' },
  'POST /api/identity/register/enterprise': { covered: 'public (policy.int.test.ts allow-list; auth.int.test.ts)' },
  'GET /api/identity/auth-options': { covered: 'public (policy.int.test.ts allow-list)' },
  'GET /api/identity/oidc/login': { covered: 'public (policy.int.test.ts allow-list; oidc-login.int.test.ts)' },
  'GET /api/identity/oidc/callback': { covered: 'public (policy.int.test.ts allow-list; oidc-login.int.test.ts)' },
  'POST /api/identity/logout': { covered: 'own session only; "logs out only the caller" below' },
  'GET /api/identity/me': {
    cases: [{ label: 'self', req: () => ({ url: '/api/identity/me' }), expect: ok, check: (b, c) => void expect(b.id).toBe(c.id) }],
  },
  // one's own real-name data only: nobody else's profile comes back, staff have none
  'GET /api/identity/me/profile': {
    cases: [
      {
        label: 'self',
        req: () => ({ url: '/api/identity/me/profile' }),
        expect: ok,
        check: (b, c) => {
          expect(b.kind).toBe(c.kind);
          expect(b.realName).toBe(c.username === 'zhangsan' ? '张三' : null);
          expect(b.enterpriseName).toBe(c.username === 'rongfeng' ? '揭阳市榕丰食品有限公司' : null);
        },
      },
    ],
  },
  'POST /api/identity/me/password': {
    cases: [
      {
        label: 'wrong current',
        req: () => ({ url: '/api/identity/me/password', payload: { currentPassword: 'Wrong-2026-x', newPassword: 'Matrix2026abc' } }),
        expect: () => 401,
      },
    ],
  },
  // divisions are the city's reference map: every staff role reads all of it; writes are scoped
  'GET /api/identity/divisions': {
    cases: [{ label: 'children of 揭阳', req: () => ({ url: `/api/identity/divisions?parent=${CITY}` }), expect: ok }],
  },
  'GET /api/identity/divisions/:code': { cases: [{ label: '揭西', req: () => ({ url: `/api/identity/divisions/${JX}` }), expect: ok }] },
  'POST /api/identity/divisions': {
    // the code never fits under the parent: in scope → 400 after the scope check, nothing written
    cases: eachDivision(
      (code) => ({
        url: '/api/identity/divisions',
        payload: { code: code === JX ? '445202999000' : '445222999000', name: '矩阵', parentCode: code },
      }),
      400,
    ),
  },
  'PATCH /api/identity/divisions/:code': {
    cases: eachDivision((code) => ({ url: `/api/identity/divisions/${code}`, payload: { name: '矩阵', version: STALE } }), 409),
  },
  'DELETE /api/identity/divisions/:code': {
    cases: eachDivision((code) => ({ url: `/api/identity/divisions/${code}?version=${STALE}` }), 409),
  },
  'GET /api/identity/departments': { cases: [departmentList(), departmentList(RC), departmentList(JX), departmentList(CITY)] },
  'GET /api/identity/departments/:id': {
    cases: eachDept(
      (d) => ({ url: `/api/identity/departments/${d.id}` }),
      200,
      (b, c) => void expect(sees(c, { id: b.id, code: b.code, division_code: b.divisionCode })).toBe(true),
    ),
  },
  'POST /api/identity/departments': {
    // a taken code: in scope → 409 DUPLICATE from the insert, rolled back
    cases: eachDivision(
      (code) => ({
        url: '/api/identity/departments',
        payload: { name: `矩阵测试局${code}`, code: 'JY-ZSJ', kind: 'department', divisionCode: code },
      }),
      409,
    ),
  },
  'PATCH /api/identity/departments/:id': {
    cases: eachDept((d) => ({ url: `/api/identity/departments/${d.id}`, payload: { name: '矩阵', version: STALE } }), 409),
  },
  'GET /api/identity/users': {
    cases: [
      {
        label: 'all',
        req: () => ({ url: '/api/identity/users?pageSize=200' }),
        expect: ok,
        async check(body, c, fx) {
          for (const u of body.items)
            expect(sees(c, { id: u.departmentId, code: '', division_code: u.divisionCode }), `${c.username} sees ${u.username}`).toBe(true);
          const { rows } =
            await sql<Dept>`SELECT d.id, d.code, d.division_code FROM identity.account a JOIN identity.department d ON d.id = a.department_id WHERE a.kind = 'staff'`.execute(
              fx.t.rt.database.db,
            );
          expect(body.total, `${c.username} user total`).toBe(rows.filter((d) => sees(c, d)).length);
        },
      },
    ],
  },
  'POST /api/identity/users': {
    // a taken username: in scope → 409 DUPLICATE, nothing written
    cases: eachDept(
      (d) => ({
        url: '/api/identity/users',
        payload: {
          username: 'admin',
          displayName: '矩阵',
          password: 'Matrix2026abc',
          roles: ['window_clerk'],
          departmentId: d.id,
          dataScope: 'unit',
        },
      }),
      409,
    ),
  },
  'PATCH /api/identity/users/:id': {
    cases: eachUser((id) => ({ url: `/api/identity/users/${id}`, payload: { displayName: '矩阵', version: STALE } }), 409),
  },
  'POST /api/identity/users/:id/reset-password': {
    cases: eachUser((id) => ({ url: `/api/identity/users/${id}/reset-password`, payload: { newPassword: 'weak' } }), 400),
  },
  'GET /api/identity/roles': { cases: [{ label: 'list', req: () => ({ url: '/api/identity/roles' }), expect: ok }] },
  'GET /api/identity/citizens/:id': {
    cases: [
      {
        label: 'citizen',
        req: (fx) => ({ url: `/api/identity/citizens/${fx.citizenId}` }),
        expect: ok,
        check: (b) => void expect(b.idNumberMasked).toContain('*'),
      },
      { label: 'enterprise is no citizen', req: (fx) => ({ url: `/api/identity/citizens/${fx.enterpriseId}` }), expect: () => 404 },
    ],
  },
  'GET /api/identity/citizens/:id/personal': {
    cases: [
      {
        label: 'citizen',
        req: (fx) => ({ url: `/api/identity/citizens/${fx.citizenId}/personal?purpose=${encodeURIComponent('矩阵核验')}` }),
        expect: ok,
      },
    ],
  },
  'GET /api/system/calendar/years': { cases: [{ label: 'list', req: () => ({ url: '/api/system/calendar/years' }), expect: ok }] },
  'GET /api/system/calendar/days': { cases: [{ label: '2025', req: () => ({ url: '/api/system/calendar/days?year=2025' }), expect: ok }] },
  'GET /api/system/calendar/add': {
    cases: [{ label: '+5', req: () => ({ url: '/api/system/calendar/add?start=2025-01-01&days=5' }), expect: ok }],
  },
  // one city-wide calendar: only callers whose scope is the whole city change it
  'PUT /api/system/calendar/days/:date': {
    cases: [
      {
        label: 'normal',
        req: () => ({ url: '/api/system/calendar/days/2026-05-06', payload: { kind: 'normal' } }),
        expect: (c) => (c.dataScope === 'all' ? 200 : 403),
      },
    ],
  },
  'PUT /api/system/calendar/years/:year': {
    cases: [
      {
        label: '2027',
        req: () => ({ url: '/api/system/calendar/years/2027', payload: { complete: false } }),
        expect: (c) => (c.dataScope === 'all' ? 200 : 403),
      },
    ],
  },
  'GET /api/system/audit': {
    cases: [
      {
        label: 'page',
        req: () => ({ url: '/api/system/audit?pageSize=200' }),
        expect: ok,
        // a reader below city scope sees only rows placed inside its divisions or its own unit
        check: (body, c) => {
          for (const r of body.items as Array<{ divisionCode: string | null; departmentId: string | null }>) {
            if (c.dataScope === 'division') expect(r.divisionCode?.startsWith(prefixOf(c.divisionCode!))).toBe(true);
            if (c.dataScope === 'unit') expect(r.departmentId).toBe(c.department?.id);
          }
        },
      },
    ],
  },
  'POST /api/system/audit/verify': { cases: [{ label: 'verify', req: () => ({ url: '/api/system/audit/verify' }), expect: ok }] },
  ...hotlineRoutes,
};
