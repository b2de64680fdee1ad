import fc from 'fast-check';
import { isValidIdNumber, isValidUscc } from '@yiwang/platform';

/** Strings that have broken other systems: injection, markup, NUL, lone surrogates, overlong text. */
export const NASTY = [
  "'; DROP TABLE identity.account;--",
  "' OR '1'='1",
  '1; SELECT pg_sleep(10)--',
  '$$; DELETE FROM identity.department; $$',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '\u0000',
  'a\u0000b',
  '\ud800',
  'x\udfffy',
  '\u202egnp.exe',
  '%00%27',
  '../../../etc/passwd',
  '${jndi:ldap://x/a}',
  '{{7*7}}',
  '\\',
  '%_%',
  '__proto__',
  'constructor',
  '1e309',
  '-0',
  '44520219900307123X',
  '91350100M000100Y44',
  '99999999999',
  '揭阳'.repeat(80),
  '🙂'.repeat(60),
];

export const nastyString = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...NASTY) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 80 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 400 }) },
);

/** Headers must stay printable ASCII: anything else is refused by the HTTP parser before the app. */
export const headerText = fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)), maxLength: 300 });

/** The field names the API really uses, so junk often lands on a validated property. */
const FIELDS = [
  'username',
  'password',
  'name',
  'code',
  'kind',
  'divisionCode',
  'parentCode',
  'parentId',
  'newCode',
  'version',
  'roles',
  'dataScope',
  'departmentId',
  'displayName',
  'status',
  'idNumber',
  'uscc',
  'realName',
  'legalRepName',
  'phone',
  'currentPassword',
  'newPassword',
  'complete',
  'active',
  'expiresInDays',
  'q',
  'page',
  'pageSize',
  'year',
  'start',
  'days',
];
const key = fc.oneof(
  fc.constantFrom(...FIELDS),
  fc.constantFrom('__proto__', 'constructor', 'prototype', ''),
  fc.string({ maxLength: 20 }),
);
const scalar = fc.oneof(nastyString, fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.bigInt().map(String));
export const junkValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  v: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalar,
    fc.array(tie('v'), { maxLength: 4 }),
    fc.dictionary(key, tie('v'), { maxKeys: 4 }),
  ),
})).v;
export const junkObject = fc.dictionary(key, junkValue, { maxKeys: 8 });

/** JSON that is valid but nested far deeper than any schema: arrays or objects, up to 20 000 levels. */
export const deepJson = fc
  .record({ depth: fc.integer({ min: 50, max: 20_000 }), obj: fc.boolean() })
  .map(({ depth, obj }) => (obj ? `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}` : `${'['.repeat(depth)}${']'.repeat(depth)}`));

export const malformedJson = fc.oneof(
  fc.constantFrom(
    '',
    '{',
    '{"a":',
    "{'a':1}",
    '{"a":1,}',
    '[1,]',
    'NaN',
    '{"a":01}',
    '{"__proto__":{"x":1}}',
    '{"constructor":{"prototype":{"x":1}}}',
    '\u0000',
    '\ufeff{',
    '{"a":"\\x41"}',
    'nul',
  ),
  fc.string({ maxLength: 200 }).map((s) => `{${s}`),
  fc.string({ maxLength: 200 }).map((s) => `${s}}}`),
);

/** Content types Fastify has no parser for, so the body never reaches a route. */
export const foreignContentType = fc.constantFrom(
  'application/xml',
  'text/html',
  'multipart/form-data; boundary=x',
  'application/x-www-form-urlencoded',
  'image/png',
  'application/octet-stream',
  'application/jsonx',
  'json',
  'x/y',
);
export const jsonContentType = fc.constantFrom(
  'application/json',
  'application/json; charset=utf-8',
  'application/json;charset=UTF-8',
  'application/json; charset=latin1',
  'application/json;;',
);

/** Credentials that are present but never good. */
export const forgedAuth = fc.oneof(
  fc
    .string({ unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'), minLength: 20, maxLength: 200 })
    .map((t) => ({ authorization: `Bearer ${t}` })),
  headerText.map((t) => ({ authorization: t || 'Bearer' })),
  fc.constantFrom(
    { authorization: 'Basic YWRtaW46SmlleWFuZzIwMjY=' },
    { authorization: 'Bearer ' },
    { authorization: `Bearer ${'A'.repeat(5000)}` },
  ),
  headerText.map((v) => ({ cookie: `yw_session=${v.replace(/[;,\s]/g, '') || 'x'}` })),
  fc.constantFrom(
    { cookie: "yw_session='; DROP TABLE identity.session;--" },
    { cookie: '=;;=;yw_session' },
    { cookie: `yw_session=${'B'.repeat(43)}` },
  ),
);

/** Schema-shaped values that the domain rules must still refuse. */
const VALID_ID = '445202199003071236';
const VALID_USCC = '91445202MA4W1234XD';
const substitute = (base: string, alphabet: string) =>
  fc
    .record({ at: fc.nat(base.length - 1), c: fc.constantFrom(...alphabet) })
    .map(({ at, c }) => base.slice(0, at) + c + base.slice(at + 1));
export const invalidIdNumber = fc
  .oneof(
    substitute(VALID_ID, '0123456789X'),
    fc.string({ minLength: 15, maxLength: 18 }),
    fc.constantFrom("'; DROP TABLE x;--", '<script>1</script>'),
  )
  .filter((s) => s.length >= 15 && s.length <= 18 && !isValidIdNumber(s));
export const invalidUscc = fc
  .oneof(substitute(VALID_USCC, '0123456789ABCDEFGHJKLMNPQRTUWXYIOSVZ'), fc.string({ minLength: 18, maxLength: 18 }))
  .filter((s) => s.length === 18 && !isValidUscc(s));
/** 12 digits that name no division of the demo city (the seed only holds 4452…). */
export const unknownDivision = fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 10, maxLength: 10 }).map((d) => `99${d}`);
export const username = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789_.@-'), minLength: 3, maxLength: 30 });
/** trimmed or padded to a schema's length bounds, so the value gets past the schema into the code */
export const sized = (min: number, max: number) => nastyString.map((s) => (s.length < min ? s.padEnd(min, '测') : s.slice(0, max)));
export const impossibleDate = fc.constantFrom(
  '2025-02-30',
  '2025-13-01',
  '2025-00-10',
  '2023-02-29',
  '2025-04-31',
  '0000-00-00',
  '9999-99-99',
);
