import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { testEngines } from '@yiwang/platform/testing';
import { countRows, type TestApp } from '../harness.js';
import { nastyString } from '../support/fuzz-arbitraries.js';
import { safeEncode } from '../support/fuzz-poisons.js';
import { ENDPOINT, open311Setup } from './setup.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 3000) / 10;
const FIELDS = [
  'api_key',
  'jurisdiction_id',
  'service_code',
  'lat',
  'long',
  'address_string',
  'address_id',
  'phone',
  'description',
  'media_url',
];
const QUERY = [
  'jurisdiction_id',
  'service_request_id',
  'service_code',
  'start_date',
  'end_date',
  'status',
  'page',
  'page_size',
  'bbox',
  'extensions',
];

describe.each(testEngines())('Open311 edge fuzz on %s', (engine) => {
  let t: TestApp;
  let key: string;
  beforeAll(async () => {
    const s = await open311Setup(engine);
    t = s.t;
    key = s.app.apiKey;
  });
  afterAll(() => t?.close());

  it(`answers ${RUNS} hostile Open311 requests without a 5xx, every error in the spec's error array, and writes nothing when refused`, async () => {
    const format = fc.constantFrom('json', 'xml', 'html', '');
    const path = fc.oneof(
      fc.constantFrom('discovery', 'services', 'requests'),
      nastyString.map((x) => `services/${safeEncode(x)}`),
      nastyString.map((x) => `requests/${safeEncode(x)}`),
      nastyString.map((x) => `tokens/${safeEncode(x)}`),
      nastyString.map((x) => `requests/${safeEncode(x)}/updates`),
    );
    const query = fc.dictionary(fc.constantFrom(...QUERY, 'zz'), nastyString, { maxKeys: 4 });
    const form = fc.dictionary(
      fc.oneof(fc.constantFrom(...FIELDS), fc.constantFrom('attribute[DAMAGE_KIND]', 'attribute[X][]', 'attribute[')),
      nastyString,
      { maxKeys: 6 },
    );
    const post = fc.record({
      form,
      withKey: fc.boolean(),
      type: fc.constantFrom('application/x-www-form-urlencoded', 'application/json', 'text/plain'),
    });
    const request = fc.record({ method: fc.constantFrom('GET', 'POST'), path, format, query, post });
    await fc.assert(
      fc.asyncProperty(request, async ({ method, path: p, format: f, query: q, post: b }) => {
        const orders = await countRows(t, 'hotline.work_order');
        const url = `${ENDPOINT}/${method === 'POST' ? 'requests' : p}${f ? `.${f}` : ''}?${new URLSearchParams(q).toString()}`;
        const fields = { ...b.form, ...(b.withKey ? { api_key: key } : {}) };
        const payload = b.type === 'application/json' ? JSON.stringify(fields) : new URLSearchParams(fields).toString();
        const res = await t.app.inject({ method, url, ...(method === 'POST' ? { payload, headers: { 'content-type': b.type } } : {}) });
        const where = `${method} ${url.slice(0, 160)} → ${res.statusCode} ${res.body.slice(0, 200)}`;
        if (res.statusCode >= 500) throw new Error(`server error: ${where}`);
        if (res.statusCode >= 400 && !url.includes('/media/')) {
          const isXml = String(res.headers['content-type']).startsWith('text/xml');
          const ok = isXml
            ? /^<\?xml[^>]*\?><errors>(<error><code>\d{3}<\/code><description>[^<]+<\/description><\/error>)+<\/errors>$/.test(res.body)
            : Array.isArray(JSON.parse(res.body)) &&
              JSON.parse(res.body).every(
                (e: { code: unknown; description: unknown }) => typeof e.code === 'number' && typeof e.description === 'string',
              );
          if (!ok) throw new Error(`not the spec's error array: ${where}`);
          if ((await countRows(t, 'hotline.work_order')) !== orders) throw new Error(`refused but wrote: ${where}`);
        }
      }),
      { numRuns: RUNS, ...(process.env.FUZZ_SEED ? { seed: Number(process.env.FUZZ_SEED) } : {}) },
    );
    expect(RUNS).toBeGreaterThan(0);
  }, 240_000);
});
