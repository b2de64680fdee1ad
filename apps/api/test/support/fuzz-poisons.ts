import fc from 'fast-check';
import { DEPARTMENT_KINDS } from '@yiwang/contracts';
import { isMutation } from './requests.js';
import * as A from './fuzz-arbitraries.js';

/*
 * How the fuzz test makes a request invalid. Each route gets every poison that applies to it (derived
 * from its policy, method, path and OpenAPI schema), so a new route is fuzzed without editing this file;
 * other parts of the request stay random, and no poison can be undone by them.
 */

/** provider redirects may carry parameters we do not know, so this query schema is open on purpose */
export const OPEN_QUERY = new Set(['/api/identity/oidc/callback']);
export const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH']);

export interface QueryParam {
  name: string;
  schema: Record<string, any>;
}
export interface RouteInfo {
  method: string;
  url: string;
  protected: boolean;
  params: string[];
  query: QueryParam[];
  body: Record<string, any> | null;
}
export type Who = 'admin' | 'bearer' | 'citizen' | 'anonymous';
export interface Shape {
  params?: Record<string, string>;
  query?: Record<string, string | string[]>;
  body?: unknown;
  raw?: string;
  type?: string;
  who?: Who;
  headers?: Record<string, string | string[]>;
}

/** Requests that pass the schema but that the domain rules must refuse, keyed by route. */
const uuid = fc.uuid();
const version = fc.integer({ min: 1, max: 1000 });
const BUSINESS: Record<string, fc.Arbitrary<Shape>> = {
  'POST /api/identity/register/citizen': fc
    .record({
      username: A.username,
      password: fc.constantFrom('Citizen2026x', 'weak'),
      realName: A.sized(2, 50),
      idNumber: A.invalidIdNumber,
    })
    .map((body) => ({ body, who: 'anonymous' })),
  'POST /api/identity/register/enterprise': fc
    .record({
      username: A.username,
      password: fc.constantFrom('Company2026x', 'weak'),
      name: A.sized(2, 100),
      uscc: A.invalidUscc,
      legalRepName: A.sized(2, 50),
    })
    .map((body) => ({ body, who: 'anonymous' })),
  'POST /api/identity/divisions': fc
    .record({ code: A.unknownDivision, name: A.sized(1, 50), parentCode: A.unknownDivision })
    .map((body) => ({ body })),
  'PATCH /api/identity/divisions/:code': fc
    .record({ code: A.unknownDivision, name: A.sized(1, 50), version })
    .map(({ code, ...body }) => ({ params: { code }, body })),
  'DELETE /api/identity/divisions/:code': fc
    .record({ code: A.unknownDivision, version })
    .map(({ code, version: v }) => ({ params: { code }, query: { version: String(v) } })),
  'POST /api/identity/departments': fc
    .record({ name: A.sized(2, 100), kind: fc.constantFrom(...DEPARTMENT_KINDS), divisionCode: A.unknownDivision })
    .map((body) => ({ body })),
  'PATCH /api/identity/departments/:id': fc
    .record({ id: uuid, name: A.sized(2, 100), version })
    .map(({ id, ...body }) => ({ params: { id }, body })),
  'POST /api/identity/users': fc
    .record({ username: A.username, displayName: A.sized(1, 50), departmentId: uuid })
    .map((b) => ({ body: { ...b, password: 'Fuzz2026abcd', roles: ['window_clerk'], dataScope: 'unit' } })),
  'PATCH /api/identity/users/:id': fc
    .record({ id: uuid, displayName: A.sized(1, 50), version })
    .map(({ id, ...body }) => ({ params: { id }, body })),
  'POST /api/identity/users/:id/reset-password': fc
    .record({ id: uuid, p: A.sized(1, 256) })
    .map(({ id, p }) => ({ params: { id }, body: { newPassword: p } })),
  'PUT /api/system/calendar/days/:date': fc
    .record({ date: A.impossibleDate, name: A.sized(0, 40) })
    .map(({ date, name }) => ({ params: { date }, body: { kind: 'holiday', name } })),
  'GET /api/identity/citizens/:id/personal': fc
    .record({ id: uuid, purpose: A.sized(2, 100) })
    .map(({ id, purpose }) => ({ params: { id }, query: { purpose } })),
  'GET /api/hotline/orders/:id/caller': fc
    .record({ id: uuid, purpose: A.sized(2, 100) })
    .map(({ id, purpose }) => ({ params: { id }, query: { purpose } })),
  'POST /api/hotline/orders/preview': fc
    .record({ body: A.sized(1, 200), categoryCode: fc.constantFrom('no.such', 'urban.unicorns') })
    .map((body) => ({ body })),
  'POST /api/hotline/classifier/models/:id/activate': fc.record({ id: uuid, version }).map(({ id, ...body }) => ({ params: { id }, body })),
  'PATCH /api/hotline/classifier/models/:id': fc
    .record({ id: uuid, version, labelMap: fc.dictionary(A.sized(1, 10), fc.constantFrom('urban', 'no.such')) })
    .map(({ id, ...body }) => ({ params: { id }, body })),
};

const BAD_UUID = fc.oneof(A.nastyString, fc.constantFrom('00000000-0000-0000-0000-00000000000g', `${'a'.repeat(36)}`, '1'));
const BAD_PARAM: Record<string, fc.Arbitrary<string>> = {
  id: BAD_UUID,
  attachmentId: BAD_UUID,
  code: fc.oneof(A.nastyString, fc.constantFrom('44520200000', '4452020000000', '44520200000０', '-44520200000')),
  date: fc.oneof(A.nastyString, fc.constantFrom('2025-1-1', '20250101', '2025/01/01', '２０２５-01-01')),
  year: fc.constantFrom('abc', '1989', '2201', '2027.5', '-2027', '1e3', 'NaN', '0x7E3'),
};

/** A query value the parameter's own schema rejects, or null when its schema cannot reject one. */
function badQueryValue(s: Record<string, any>): fc.Arbitrary<string> | null {
  if (s.format === 'uuid') return fc.constantFrom('x', 'not-a-uuid', "'; DROP TABLE x;--");
  if (s.pattern) return A.nastyString.filter((v) => !new RegExp(s.pattern, 'u').test(v));
  if (s.type === 'integer')
    return fc.constantFrom(
      'abc',
      '1.5',
      'NaN',
      ...(s.minimum !== undefined ? [String(s.minimum - 1)] : []),
      ...(s.maximum !== undefined ? [String(s.maximum + 1)] : []),
    );
  if (s.type === 'boolean') return fc.constantFrom('maybe', 'yes', '2');
  if (s.type === 'string' && s.maxLength) return fc.constant('x'.repeat(s.maxLength + 1));
  return null;
}

export const safeEncode = (s: string) => {
  try {
    return encodeURIComponent(s);
  } catch {
    return `${encodeURIComponent(s.replace(/[\ud800-\udfff]/g, ''))}%ED%A0%80`; // a lone surrogate as invalid UTF-8
  }
};

/** Poisons that make a request on `r` invalid whatever the other parts say. */
export function poisons(r: RouteInfo): Array<[string, fc.Arbitrary<Shape>]> {
  const p: Array<[string, fc.Arbitrary<Shape>]> = [];
  const junkBody = A.junkObject.map((body) => ({ body }));
  if (r.protected) {
    p.push(['anonymous', junkBody.map((s) => ({ ...s, who: 'anonymous' as const }))]);
    p.push([
      'forged-auth',
      fc.record({ h: A.forgedAuth, s: junkBody }).map(({ h, s }) => ({ ...s, who: 'anonymous' as const, headers: h })),
    ]);
  }
  if (r.protected && isMutation(r.method)) {
    const csrf = fc.oneof(fc.constant(undefined), A.headerText, fc.constant('citizen'), fc.constant(['x', 'y']));
    p.push([
      'csrf',
      fc.record({ csrf, s: junkBody }).map(({ csrf: c, s }) => ({ ...s, who: 'admin' as const, headers: { 'x-csrf-token': c as never } })),
    ]);
  }
  if (BODY_METHODS.has(r.method)) {
    p.push(['json-syntax', fc.record({ raw: A.malformedJson, type: A.jsonContentType })]);
    p.push([
      'media-type',
      fc.record({
        raw: fc
          .oneof(
            A.malformedJson,
            A.junkObject.map((o) => JSON.stringify(o)),
          )
          .map((s) => s || 'x'),
        type: A.foreignContentType,
      }),
    ]);
    p.push([
      'too-large',
      fc.integer({ min: 1_100_000, max: 2_100_000 }).map((n) => ({ raw: `{"name":"${'x'.repeat(n)}"}`, type: 'application/json' })),
    ]);
  }
  if (r.body?.additionalProperties === false) {
    p.push([
      'unknown-field',
      fc
        .record({ o: A.junkObject, k: fc.string({ maxLength: 10 }), v: A.junkValue })
        .map(({ o, k, v }) => ({ body: { ...o, [`zz_unknown_${k}`]: v } })),
    ]);
    p.push([
      'not-object',
      fc
        .oneof(fc.array(A.junkValue), A.nastyString, fc.integer(), fc.boolean(), fc.constant(null))
        .map((body) => ({ raw: JSON.stringify(body) ?? 'null' })),
    ]);
    p.push(['deep', A.deepJson.map((raw) => ({ raw }))]);
  }
  const bad = r.params.filter((n) => BAD_PARAM[n]);
  if (bad.length)
    p.push([
      'bad-param',
      fc.record(Object.fromEntries(bad.map((n) => [n, BAD_PARAM[n]!.filter((v) => v !== '')]))).map((params) => ({ params })),
    ]);
  if (r.query.length && !OPEN_QUERY.has(r.url)) {
    p.push([
      'unknown-query',
      fc.record({ k: fc.string({ maxLength: 10 }), v: A.nastyString }).map(({ k, v }) => ({ query: { [`zz_${k}`]: v } })),
    ]);
  }
  const badQ = r.query.map((q) => [q.name, badQueryValue(q.schema)] as const).filter((x): x is [string, fc.Arbitrary<string>] => !!x[1]);
  if (badQ.length) p.push(['bad-query-value', fc.constantFrom(...badQ).chain(([n, v]) => v.map((value) => ({ query: { [n]: value } })))]);
  const business = BUSINESS[`${r.method === 'HEAD' ? 'GET' : r.method} ${r.url}`];
  if (business) p.push(['business', business.map((s) => ({ who: 'admin' as const, ...s }))]);
  return p;
}

/** A schema-shaped read with hostile values: may succeed, must never fail on the server. */
export function hostileRead(r: RouteInfo): fc.Arbitrary<Shape> {
  const value = (s: Record<string, any>) =>
    s.type === 'integer'
      ? fc.integer({ min: -2, max: 300_000 }).map(String)
      : s.type === 'boolean'
        ? fc.constantFrom('true', 'false')
        : A.sized(1, s.maxLength ?? 50);
  const query = fc.record(Object.fromEntries(r.query.map((q) => [q.name, value(q.schema)])), { requiredKeys: [] });
  return fc
    .record({ query, who: fc.constantFrom<Who>('admin', 'bearer', 'anonymous') })
    .map(({ query: q, who }) => ({ query: q as Record<string, string>, who }));
}

export const noiseHeaders = fc.record(
  {
    'accept-language': fc.oneof(fc.constantFrom('en', 'zh-CN', '*', 'en;q=abc'), A.headerText),
    'x-request-id': A.headerText,
    'idempotency-key': fc.oneof(A.headerText, fc.uuid()),
    'user-agent': A.headerText,
    'x-forwarded-for': A.headerText,
    'x-http-method-override': fc.constantFrom('DELETE', 'PUT', 'GET'),
    cookie: A.headerText.map((v) => `other=${v.replace(/[;,\s]/g, '')}`),
  },
  { requiredKeys: [] },
);
