import { expect } from 'vitest';
import { sql } from 'kysely';
import { seedArticleId } from '@yiwang/hotline';
import { refreshHotlineAnalytics } from '@yiwang/hotline';
import type { TestApp } from '../harness.js';
import type { IntakeFixture } from './intake-fixtures.js';

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
  /** an intake source and its event with an evidence image */
  intake: IntakeFixture;
  /** seeded service items, keyed by code (SERVICE_FIXTURE_CODES) */
  item: Record<string, FixtureItem>;
}
export interface FixtureItem {
  id: string;
  departmentId: string;
  divisionCode: string;
  liveVersionId: string | null;
}
/** seeded catalog rows the matrix probes: city and 榕城 items, published and draft */
export const SERVICE_FIXTURE_CODES = ['XK00101000445200', 'XK00101000445202', 'XK00206000445200', 'XK00302000445202'] as const;
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
const NO_MODEL = '00000000-0000-4000-8000-000000000000';

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
/**
 * Knowledge base (H4): every reader sees published articles; drafts and archived ones only a writer
 * whose data scope covers the owner department, who alone may change them. Demo articles by slug.
 */
const ARTICLES = [
  { slug: 'street-vendors', owner: 'JY-CGJ', published: true },
  { slug: 'rc-old-estate-renovation', owner: 'JY-RC-ZJJ', published: false },
  { slug: 'jx-medical-contribution', owner: 'JY-JX-YBJ', published: false },
  { slug: 'medical-fee-2023', owner: 'JY-YBJ', published: false },
];
const NEVER_SUGGESTED = ['rc-old-estate-renovation', 'jx-medical-contribution', 'medical-fee-2023', 'spring-festival-hours-2024'].map(
  seedArticleId,
);
const writes = (c: Caller, owner: Dept) => c.permissions.includes('hotline.knowledge.write') && sees(c, owner);
const seesArticle = (c: Caller, a: { published: boolean; owner: Dept }) => a.published || writes(c, a.owner);

const eachArticle = (
  make: (id: string) => { url: string; payload?: unknown },
  expect: (c: Caller, owner: Dept, published: boolean) => number,
) =>
  ARTICLES.map((a): Case => ({
    label: a.slug,
    req: () => make(seedArticleId(a.slug)),
    expect: (c, fx) => expect(c, fx.dept[a.owner]!, a.published),
  }));

function knowledgeRoutes(): Record<string, Row> {
  const stale = (c: Caller, owner: Dept) => (writes(c, owner) ? 409 : 404);
  return {
    'GET /api/hotline/knowledge/articles': {
      cases: [
        {
          label: 'all statuses',
          req: () => ({ url: '/api/hotline/knowledge/articles?pageSize=100' }),
          expect: ok,
          async check(body, c, fx) {
            const byId = new Map(Object.values(fx.dept).map((d) => [d.id, d]));
            const rows = (await fx.t.rt.database.db
              .selectFrom('hotline.kb_article')
              .select(['id', 'status', 'owner_unit_id'])
              .execute()) as Array<{
              id: string;
              status: string;
              owner_unit_id: string;
            }>;
            const visible = rows.filter((r) => seesArticle(c, { published: r.status === 'published', owner: byId.get(r.owner_unit_id)! }));
            expect(body.total, `${c.username} article total`).toBe(visible.length);
            const allowed = new Set(visible.map((r) => r.id));
            for (const a of body.items) expect(allowed.has(a.id), `${c.username} sees ${a.title}`).toBe(true);
          },
        },
      ],
    },
    'GET /api/hotline/knowledge/articles/:id': {
      cases: eachArticle(
        (id) => ({ url: `/api/hotline/knowledge/articles/${id}` }),
        (c, owner, published) => (seesArticle(c, { owner, published }) ? 200 : 404),
      ),
    },
    // an owner in 揭西 with an unknown category: 400 for a writer covering 揭西, 404 for one who cannot see it, nothing written
    'POST /api/hotline/knowledge/articles': {
      cases: [
        {
          label: 'owner in 揭西',
          req: (fx) => ({
            url: '/api/hotline/knowledge/articles',
            payload: { title: '矩阵', body: '矩阵', kind: 'faq', ownerUnitId: fx.dept['JY-JX-CGJ']!.id, categoryCodes: ['no.such'] },
          }),
          expect: (c, fx) => (writes(c, fx.dept['JY-JX-CGJ']!) ? 400 : 404),
        },
      ],
    },
    'PATCH /api/hotline/knowledge/articles/:id': {
      cases: eachArticle((id) => ({ url: `/api/hotline/knowledge/articles/${id}`, payload: { title: '矩阵', version: STALE } }), stale),
    },
    'POST /api/hotline/knowledge/articles/:id/publish': {
      cases: eachArticle((id) => ({ url: `/api/hotline/knowledge/articles/${id}/publish`, payload: { version: STALE } }), stale),
    },
    'POST /api/hotline/knowledge/articles/:id/archive': {
      cases: eachArticle((id) => ({ url: `/api/hotline/knowledge/articles/${id}/archive`, payload: { version: STALE } }), stale),
    },
    'GET /api/hotline/knowledge/search': {
      cases: [
        {
          label: 'citable only',
          req: () => ({ url: `/api/hotline/knowledge/search?q=${encodeURIComponent('医保缴费 老旧小区改造 春节 占道经营')}&limit=20` }),
          expect: ok,
          check(body) {
            expect(body.length).toBeGreaterThan(0);
            for (const h of body) expect(NEVER_SUGGESTED).not.toContain(h.id);
          },
        },
      ],
    },
    'POST /api/hotline/knowledge/suggest': {
      cases: [
        {
          label: 'top five',
          req: () => ({ url: '/api/hotline/knowledge/suggest', payload: { body: '小区门口有流动摊贩占道经营' } }),
          expect: ok,
          check(body) {
            expect(body.length).toBeGreaterThan(0);
            expect(body.length).toBeLessThanOrEqual(5);
          },
        },
      ],
    },
  };
}

/** Citizen portal (H1): portal accounts file requests and read only their own. */
function portalRoutes(): Record<string, Row> {
  return {
    // a division that does not exist: 400 for a portal account, nothing written
    'POST /api/hotline/portal/orders': {
      cases: [
        {
          label: 'unknown division',
          req: () => ({
            url: '/api/hotline/portal/orders',
            payload: { type: 'help', title: '矩阵', body: '矩阵', divisionCode: '445299999999' },
          }),
          expect: () => 400,
        },
      ],
    },
    'GET /api/hotline/portal/orders': {
      cases: [
        {
          label: 'own',
          req: () => ({ url: '/api/hotline/portal/orders?pageSize=100' }),
          expect: ok,
          async check(body, c, fx) {
            const own = await fx.t.rt.database.db.selectFrom('hotline.work_order').select('id').where('created_by', '=', c.id).execute();
            expect(body.total, `${c.username} own orders`).toBe(own.length);
            const ids = new Set(own.map((o: { id: string }) => o.id));
            for (const o of body.items) expect(ids.has(o.id), `${c.username} owns ${o.orderNo}`).toBe(true);
          },
        },
      ],
    },
    // the fixture orders were taken by phone: nobody's own portal order
    'GET /api/hotline/portal/orders/:id': { cases: eachOrder((o) => ({ url: `/api/hotline/portal/orders/${o.id}` }), 404) },
  };
}
const CLOSED = ['closed', 'merged'];
type OrderScopeRow = { id: string; state: string; unit_id: string | null; division_code: string | null; co_units: string[] };
const visibleOrders = async (fx: Fixtures, c: Caller, withPoint: boolean) => {
  let q = fx.t.rt.database.db.selectFrom('hotline.work_order').select(['id', 'state', 'unit_id', 'division_code', 'co_units']);
  if (withPoint) q = q.where('lat', 'is not', null);
  return ((await q.execute()) as OrderScopeRow[]).filter(
    (o) => !CLOSED.includes(o.state) && seesOrder(c, { unitId: o.unit_id, divisionCode: o.division_code, coUnitIds: o.co_units }),
  );
};

/** Intake sources are city-wide configuration like the 权责清单 (the permission decides); event-centre reads follow the order scope. */
const intakeRoutes: Record<string, Row> = {
  'GET /api/hotline/sources': {
    cases: [
      {
        label: 'list',
        req: () => ({ url: '/api/hotline/sources' }),
        expect: ok,
        check: (b, _c, fx) => {
          expect(b.map((x: { id: string }) => x.id)).toContain(fx.intake.sourceId);
          expect(JSON.stringify(b)).not.toMatch(/hash|apiKey/i);
        },
      },
    ],
  },
  // a division that does not exist: 400 for a sources manager, nothing written
  'POST /api/hotline/sources': {
    cases: [
      {
        label: 'unknown division',
        req: () => ({ url: '/api/hotline/sources', payload: { name: '矩阵接入源', kind: 'iot', defaultDivisionCode: '445299999999' } }),
        expect: () => 400,
      },
    ],
  },
  'PATCH /api/hotline/sources/:id': {
    cases: [
      {
        label: 'stale',
        req: (fx) => ({ url: `/api/hotline/sources/${fx.intake.sourceId}`, payload: { active: false, version: STALE } }),
        expect: () => 409,
      },
    ],
  },
  'POST /api/hotline/sources/:id/rotate': {
    cases: [
      {
        label: 'stale',
        req: (fx) => ({ url: `/api/hotline/sources/${fx.intake.sourceId}/rotate`, payload: { version: STALE } }),
        expect: () => 409,
      },
    ],
  },
  'POST /api/hotline/sources/:id/revoke': {
    cases: [
      {
        label: 'stale',
        req: (fx) => ({ url: `/api/hotline/sources/${fx.intake.sourceId}/revoke`, payload: { version: STALE } }),
        expect: () => 409,
      },
    ],
  },
  'POST /api/hotline/intake/events': {
    covered: 'public; the intake-source API key is the credential (policy.int.test.ts allow-list; intake-sources.int.test.ts)',
  },
  'GET /api/hotline/orders/:id/attachments/:attachmentId': {
    cases: [
      {
        label: 'evidence of a 揭西 event',
        req: (fx) => ({ url: `/api/hotline/orders/${fx.intake.orderId}/attachments/${fx.intake.attachmentId}` }),
        expect: (c, fx) => (seesOrder(c, { unitId: fx.intake.unitId, divisionCode: fx.intake.divisionCode }) ? 200 : 404),
      },
      {
        label: 'evidence under another order',
        req: (fx) => ({ url: `/api/hotline/orders/${fx.order['榕城 市监']!.id}/attachments/${fx.intake.attachmentId}` }),
        expect: () => 404,
      },
    ],
  },
  'GET /api/hotline/events/map': {
    cases: [
      {
        label: 'open',
        req: () => ({ url: '/api/hotline/events/map' }),
        expect: ok,
        async check(body, c, fx) {
          const visible = await visibleOrders(fx, c, true);
          expect(body.points.map((p: { id: string }) => p.id).sort(), `${c.username} map`).toEqual(visible.map((o) => o.id).sort());
          expect(body.total).toBe(visible.length);
        },
      },
    ],
  },
  'GET /api/hotline/events/counters': {
    cases: [
      {
        label: 'now',
        req: () => ({ url: '/api/hotline/events/counters' }),
        expect: ok,
        check: async (body, c, fx) => void expect(body.open, `${c.username} open`).toBe((await visibleOrders(fx, c, false)).length),
      },
    ],
  },
};

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
  ...knowledgeRoutes(),
  ...portalRoutes(),
  // the fixture city has no model and no similar order: the agent's preview says "triage", writes nothing
  'POST /api/hotline/orders/preview': {
    cases: [
      {
        label: 'no model',
        req: () => ({
          url: '/api/hotline/orders/preview',
          payload: { body: '矩阵预览：路口有流动摊贩', divisionCode: '445222001000', callerPhone: '13800138000' },
        }),
        expect: ok,
        check: (b) =>
          void expect(b).toEqual({ suggestions: [], modelVersion: null, triage: true, routing: null, duplicates: [], repeatCaller: null }),
      },
      {
        label: 'agent category',
        req: () => ({ url: '/api/hotline/orders/preview', payload: { body: '矩阵预览', categoryCode: 'urban.vendors' } }),
        expect: ok,
        check: (b) => void expect(b).toMatchObject({ triage: false, routing: { matchedOn: ['category'] } }),
      },
    ],
  },
  // decrypting the caller is for those who may read personal data and see the order; the fixture callers left no details
  'GET /api/hotline/orders/:id/caller': {
    cases: eachOrder((o) => ({ url: `/api/hotline/orders/${o.id}/caller?purpose=${encodeURIComponent('矩阵回访核实')}` }), 200).map(
      (c) => ({
        ...c,
        check: (b: unknown) => void expect(b).toEqual({ name: null, phone: null }),
      }),
    ),
  },
  'GET /api/hotline/classifier/models': { cases: [{ label: 'list', req: () => ({ url: '/api/hotline/classifier/models' }), expect: ok }] },
  // no order of the fixture city has a confirmed category: a manager is refused before anything is queued
  'POST /api/hotline/classifier/models': {
    cases: [{ label: 'too few labels', req: () => ({ url: '/api/hotline/classifier/models', payload: {} }), expect: () => 422 }],
  },
  'POST /api/hotline/classifier/models/:id/activate': {
    cases: [
      {
        label: 'no such model',
        req: () => ({ url: `/api/hotline/classifier/models/${NO_MODEL}/activate`, payload: { version: 1 } }),
        expect: () => 404,
      },
    ],
  },
  'PATCH /api/hotline/classifier/models/:id': {
    cases: [
      {
        label: 'no such model',
        req: () => ({ url: `/api/hotline/classifier/models/${NO_MODEL}`, payload: { labelMap: {}, version: 1 } }),
        expect: () => 404,
      },
    ],
  },
  'GET /api/hotline/classifier/training-runs': {
    cases: [
      {
        label: 'list',
        req: () => ({ url: '/api/hotline/classifier/training-runs' }),
        expect: ok,
        check: (b) => void expect(b).toEqual([]),
      },
    ],
  },
  ...intakeRoutes,
  // analytics: figures count exactly the orders the caller's data scope covers (the fixture orders are today's)
  'GET /api/hotline/analytics/dashboard': {
    cases: [
      // the fixture orders were written after start-up; bring the rollups up to date as the refresh job would
      {
        label: 'refresh',
        req: () => ({ url: `/api/hotline/analytics/dashboard?from=${TODAY()}&to=${TODAY()}` }),
        expect: ok,
        check: refresh,
      },
      {
        label: 'today',
        req: () => ({ url: `/api/hotline/analytics/dashboard?from=${TODAY()}&to=${TODAY()}` }),
        expect: ok,
        check: async (b, c, fx) => void expect(b.totals.received, c.username).toBe(await visibleToday(c, fx)),
      },
      {
        label: '揭西 only',
        req: () => ({ url: `/api/hotline/analytics/dashboard?from=${TODAY()}&to=${TODAY()}&divisionCode=${JX}` }),
        expect: ok,
        check: async (b, c, fx) => void expect(b.totals.received, c.username).toBe(await visibleToday(c, fx, '445222')),
      },
    ],
  },
  'GET /api/hotline/analytics/alerts': {
    cases: [
      {
        label: 'this week',
        req: () => ({ url: `/api/hotline/analytics/alerts?to=${TODAY()}` }),
        expect: ok,
        check: (b) => void expect(b.window.to).toBe(TODAY()),
      },
    ],
  },
  'GET /api/hotline/analytics/weekly-report': {
    cases: [
      {
        label: 'this week',
        req: () => ({ url: `/api/hotline/analytics/weekly-report?week=${isoWeekOfToday()}` }),
        expect: ok,
        check: async (b, c, fx) => void expect(b.current.totals.received, c.username).toBe(await visibleToday(c, fx)),
      },
    ],
  },
};

/** A unit sees its own department's catalog items, a division those implemented inside it; 'all' everything. */
export const seesItem = (c: Caller, i: { departmentId: string; divisionCode: string }) =>
  c.dataScope === 'all' ||
  (c.dataScope === 'division' && !!c.divisionCode && i.divisionCode.startsWith(prefixOf(c.divisionCode))) ||
  (c.dataScope === 'unit' && c.department?.id === i.departmentId);

const eachItem = (make: (i: FixtureItem) => { url: string; payload?: unknown }, inScope: (i: FixtureItem) => number): Case[] =>
  SERVICE_FIXTURE_CODES.map((code) => ({
    label: code,
    req: (fx) => make(fx.item[code]!),
    expect: (c, fx) => (seesItem(c, fx.item[code]!) ? inScope(fx.item[code]!) : 404),
  }));
const liveItems = SERVICE_FIXTURE_CODES.filter((code) => code.startsWith('XK00101'));
const CITY_FOOD = 'XK00101000445200';

const servicesRoutes: Record<string, Row> = {
  'GET /api/services/items': {
    cases: [
      {
        label: 'all',
        req: () => ({ url: '/api/services/items?pageSize=200' }),
        expect: ok,
        async check(body, c, fx) {
          for (const i of body.items) expect(seesItem(c, i), `${c.username} sees ${i.code}`).toBe(true);
          const rows = await fx.t.rt.database.db.selectFrom('services.item').select(['department_id', 'division_code']).execute();
          const visible = (rows as Array<{ department_id: string; division_code: string }>).filter((r) =>
            seesItem(c, { departmentId: r.department_id, divisionCode: r.division_code }),
          );
          expect(body.total, `${c.username} item total`).toBe(visible.length);
        },
      },
    ],
  },
  // a code the region rule refuses: 400 for a department in scope, nothing written; otherwise no such department
  'POST /api/services/items': {
    cases: ['JY-SJJ', 'JY-RC-SJJ', 'JY-JX-SJJ'].map((code) => ({
      label: code,
      req: (fx) => ({
        url: '/api/services/items',
        payload: { code: 'XK00000000445200', name: '矩阵事项', type: 'XK', departmentId: fx.dept[code]!.id },
      }),
      expect: (c, fx) => (sees(c, fx.dept[code]!) ? 400 : 404),
    })),
  },
  'GET /api/services/items/:id': { cases: eachItem((i) => ({ url: `/api/services/items/${i.id}` }), ok) },
  'PATCH /api/services/items/:id': {
    cases: eachItem(
      (i) => ({ url: `/api/services/items/${i.id}`, payload: { name: '矩阵', version: STALE } }),
      () => 409,
    ),
  },
  'GET /api/services/items/:id/versions': { cases: eachItem((i) => ({ url: `/api/services/items/${i.id}/versions` }), ok) },
  'POST /api/services/items/:id/workflow': {
    cases: eachItem(
      (i) => ({ url: `/api/services/items/${i.id}/workflow`, payload: { action: 'submit', version: STALE } }),
      () => 409,
    ),
  },
  'POST /api/services/items/:id/review': {
    cases: eachItem(
      (i) => ({ url: `/api/services/items/${i.id}/review`, payload: { action: 'publish', version: STALE } }),
      () => 409,
    ),
  },
  // 榕城 has claimed the city's 食品经营许可 already (409); the city cannot claim its own item (400)
  'POST /api/services/items/:id/claim': {
    cases: (
      [
        ['JY-RC-SJJ', 409],
        ['JY-SJJ', 400],
      ] as const
    ).map(([code, status]) => ({
      label: code,
      req: (fx) => ({ url: `/api/services/items/${fx.item[CITY_FOOD]!.id}/claim`, payload: { departmentId: fx.dept[code]!.id } }),
      expect: (c, fx) => (sees(c, fx.dept[code]!) ? status : 404),
    })),
  },
  // twice the same material key: refused for a published item (400), a draft cannot be split yet (409)
  'POST /api/services/items/:id/variants': {
    cases: eachItem(
      (i) => ({
        url: `/api/services/items/${i.id}/variants`,
        payload: { situation: '矩阵', overrides: { materials: [MATRIX_MATERIAL, MATRIX_MATERIAL] } },
      }),
      (i) => (i.liveVersionId ? 400 : 409),
    ),
  },
  'GET /api/services/versions/:id': {
    cases: liveItems.map((code) => ({
      label: code,
      req: (fx) => ({ url: `/api/services/versions/${fx.item[code]!.liveVersionId}` }),
      expect: (c, fx) => (seesItem(c, fx.item[code]!) ? 200 : 404),
    })),
  },
  'GET /api/services/elicence-types': { cases: [{ label: 'list', req: () => ({ url: '/api/services/elicence-types' }), expect: ok }] },
  'GET /api/services/quality': {
    cases: [
      {
        label: 'all',
        req: () => ({ url: '/api/services/quality' }),
        expect: ok,
        check: (body, c) => {
          for (const r of body) expect(seesItem(c, r), `${c.username} sees the report of ${r.departmentName}`).toBe(true);
        },
      },
    ],
  },
  'POST /api/services/quality/run': {
    cases: [
      {
        label: 'JY-SJJ',
        req: (fx) => ({ url: '/api/services/quality/run', payload: { departmentId: fx.dept['JY-SJJ']!.id } }),
        expect: (c, fx) => (sees(c, fx.dept['JY-SJJ']!) ? 200 : 404),
      },
    ],
  },
  'GET /api/services/public/items': { covered: 'public (policy.int.test.ts allow-list; services-claims.int.test.ts)' },
  'GET /api/services/public/items/:id': { covered: 'public (policy.int.test.ts allow-list; services-catalog.int.test.ts)' },
  'GET /api/services/public/versions/:id': { covered: 'public (policy.int.test.ts allow-list; services-catalog.int.test.ts)' },
  'GET /api/services/public/departments': { covered: 'public (policy.int.test.ts allow-list; services-claims.int.test.ts)' },
};
const MATRIX_MATERIAL = {
  key: 'm1',
  name: '矩阵材料',
  source: 'applicant',
  form: 'original',
  originals: 1,
  copies: 0,
  medium: 'paper',
  necessity: 'required',
};

function TODAY(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
}
async function refresh(_b: unknown, _c: Caller, fx: Fixtures): Promise<void> {
  await refreshHotlineAnalytics(fx.t.rt.database.db);
}
function isoWeekOfToday(): string {
  const d = new Date(`${TODAY()}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 3 - ((d.getUTCDay() + 6) % 7)); // the Thursday of this week names its year
  const week = Math.floor((d.getTime() - Date.UTC(d.getUTCFullYear(), 0, 1)) / (7 * 86_400_000)) + 1;
  return `${d.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}
/** Today's orders the caller's scope covers (and, with `within`, that lie in that division). */
async function visibleToday(c: Caller, fx: Fixtures, within?: string): Promise<number> {
  const rows = await fx.t.rt.database.db
    .selectFrom('hotline.work_order')
    .select(['unit_id', 'division_code', 'co_units', 'created_at'])
    .execute();
  return (rows as Array<{ unit_id: string | null; division_code: string | null; co_units: string[]; created_at: Date }>).filter(
    (o) =>
      new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(o.created_at)) === TODAY() &&
      (!within || (o.division_code ?? '').startsWith(within)) &&
      seesOrder(c, { unitId: o.unit_id, divisionCode: o.division_code, coUnitIds: o.co_units }),
  ).length;
}

/**
 * Every /api/identity/*, /api/system/*, /api/hotline/* and /api/services/* route (HEAD follows GET), each with the requests that
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
  ...servicesRoutes,
};
