import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '@yiwang/platform/testing';
import { countRows, type TestApp } from '../harness.js';
import { asText, formEncode, open311Client, type Format } from './client.js';
import { ENDPOINT, JURISDICTION, open311Setup } from './setup.js';

const FORMATS: Format[] = ['json', 'xml'];

describe.each(testEngines())('Open311 POST requests and errors on %s', (engine) => {
  let t: TestApp;
  let s: Awaited<ReturnType<typeof open311Setup>>;
  beforeAll(async () => {
    s = await open311Setup(engine);
    t = s.t;
  });
  afterAll(() => t?.close());

  const pothole = (extra: Record<string, string | number | undefined> = {}) => ({
    api_key: s.app.apiKey,
    jurisdiction_id: JURISDICTION,
    service_code: 'urban.roads',
    lat: 23.5487,
    long: 116.3728,
    address_string: '榕城区临江北路与新阳路交界',
    first_name: '明',
    last_name: '欧阳',
    phone: '13800138000',
    email: 'ouyang@example.com',
    device_id: 'device-1',
    description: '路面有大坑，电动车易摔倒。联系电话 13800138000',
    ...extra,
  });
  const written = () =>
    Promise.all(['hotline.work_order', 'hotline.attachment', 'platform.audit_log', 'platform.outbox'].map((x) => countRows(t, x)));

  it.each(FORMATS)('takes a form-encoded request with attributes into the order pipeline (%s)', async (format) => {
    const res = await s.client.postRequest(format, formEncode(pothole(), { DAMAGE_KIND: 'pothole', DAMAGE_AREA: '1.5' }));
    expect(res.status, res.text).toBe(200);
    expect(res.contentType).toBe(format === 'json' ? 'application/json; charset=utf-8' : 'text/xml; charset=utf-8');
    expect(res.doc).toHaveLength(1);
    const [created] = res.doc;
    expect(created.service_request_id).toMatch(/^12345-\d{8}-\d{6}$/);
    // realtime: an id and no token (the spec allows only one of them)
    expect(created).not.toHaveProperty('token');
    expect(Object.keys(created)).toEqual(['service_request_id', 'service_notice', 'account_id']);

    const order = await t.rt.database.db
      .selectFrom('hotline.work_order')
      .select([
        'id',
        'channel',
        'type',
        'category_code',
        'state',
        'body',
        'source_id',
        'division_code',
        'caller_name_masked',
        'caller_phone_enc',
        'intake',
      ])
      .where('order_no', '=', created.service_request_id)
      .executeTakeFirstOrThrow();
    expect(order).toMatchObject({
      channel: 'open311',
      type: 'help',
      category_code: 'urban.roads',
      state: 'dispatched',
      source_id: s.app.source.id,
    });
    expect(order.division_code).toBe('445202000000');
    expect(order.body).toContain('路面损坏类型：坑洼');
    expect(order.caller_name_masked).toBe('欧阳*');
    expect(t.rt.identity.cipher.decrypt(order.caller_phone_enc!)).toBe('13800138000');
    expect(order.intake).toEqual({ open311: { attributes: { DAMAGE_KIND: 'pothole', DAMAGE_AREA: 1.5 }, addressId: null } });
    // e-mail and device id are not kept anywhere
    const row = JSON.stringify(
      await t.rt.database.db.selectFrom('hotline.work_order').selectAll().where('id', '=', order.id).executeTakeFirstOrThrow(),
    );
    expect(row).not.toContain('ouyang@example.com');
    expect(row).not.toContain('device-1');
  });

  it('accepts the same request as JSON, several values for a multi-value list, and a media URL kept as a reference', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: `${ENDPOINT}/requests.json`,
      payload: {
        api_key: s.app.apiKey,
        service_code: 'urban.sanitation',
        address_id: 'JY-ADDR-0001',
        media_url: 'https://img.example.gov.cn/r/1.jpg',
        attribute: { WASTE_KIND: ['construction', 'bulky'] },
      },
    });
    expect(res.statusCode, res.body).toBe(200);
    const id = res.json()[0].service_request_id as string;
    const one = await s.client.request('json', id);
    expect(one.doc[0]).toMatchObject({
      service_code: 'urban.sanitation',
      address_id: 'JY-ADDR-0001',
      media_url: 'https://img.example.gov.cn/r/1.jpg',
    });
    // no description given: the service's name stands in, with the answers to its questions
    expect(one.doc[0].description).toBe('环境卫生\n\n垃圾类型（可多选）：建筑垃圾、大件垃圾');
  });

  it('answers a retry with the same Idempotency-Key with the first request', async () => {
    const body = formEncode(pothole(), { DAMAGE_KIND: 'crack' });
    const first = await s.client.postRequest('json', body, { 'idempotency-key': 'app-req-0001' });
    const n = await written();
    const again = await s.client.postRequest('json', body, { 'idempotency-key': 'app-req-0001' });
    expect(again.doc).toEqual(first.doc);
    expect(await written()).toEqual(n);
  });

  it.each(FORMATS)('answers bad requests in the spec error format with 403, 404 or 400, writing nothing (%s)', async (format) => {
    const before = await written();
    const revoked = await t.app.inject({
      method: 'POST',
      url: `/api/hotline/sources`,
      headers: s.admin.headers,
      payload: { name: `已吊销的 App ${format}`, kind: 'open311_client' },
    });
    const gone = revoked.json();
    await t.app.inject({
      method: 'POST',
      url: `/api/hotline/sources/${gone.source.id}/revoke`,
      headers: s.admin.headers,
      payload: { version: 1 },
    });
    const snapshot = await written();
    const cases: Array<[string, Record<string, string | number | undefined>, Record<string, string | string[]>, number, string]> = [
      ['no key', { api_key: undefined }, { DAMAGE_KIND: 'pothole' }, 403, 'API_KEY_MISSING'],
      ['forged key', { api_key: `yw_${'0'.repeat(12)}_${'A'.repeat(43)}` }, { DAMAGE_KIND: 'pothole' }, 403, 'API_KEY_INVALID'],
      ['revoked key', { api_key: gone.apiKey }, { DAMAGE_KIND: 'pothole' }, 403, 'API_KEY_REVOKED'],
      ['a camera key', { api_key: s.camera.apiKey }, { DAMAGE_KIND: 'pothole' }, 403, 'SOURCE_KIND_MISMATCH'],
      ['other jurisdiction', { jurisdiction_id: 'shenzhen.gov.cn' }, { DAMAGE_KIND: 'pothole' }, 404, 'OPEN311_JURISDICTION_NOT_FOUND'],
      ['no service', { service_code: undefined }, {}, 400, 'OPEN311_SERVICE_CODE_REQUIRED'],
      ['unknown service', { service_code: 'urban.unicorns' }, {}, 404, 'OPEN311_SERVICE_NOT_FOUND'],
      ['missing attribute', {}, {}, 400, 'OPEN311_ATTRIBUTE_REQUIRED'],
      ['bad attribute value', {}, { DAMAGE_KIND: 'volcano' }, 400, 'OPEN311_ATTRIBUTE_INVALID'],
      ['unknown attribute', {}, { DAMAGE_KIND: 'pothole', COLOUR: 'red' }, 400, 'OPEN311_ATTRIBUTE_INVALID'],
      [
        'no location',
        { lat: undefined, long: undefined, address_string: undefined },
        { DAMAGE_KIND: 'pothole' },
        400,
        'OPEN311_LOCATION_REQUIRED',
      ],
      ['lat without long', { long: undefined }, { DAMAGE_KIND: 'pothole' }, 400, 'OPEN311_BAD_PARAMETER'],
      ['broken coordinates', { lat: '23.5abc' }, { DAMAGE_KIND: 'pothole' }, 400, 'OPEN311_BAD_PARAMETER'],
      ['latitude out of range', { lat: 123.4 }, { DAMAGE_KIND: 'pothole' }, 400, 'OPEN311_BAD_PARAMETER'],
      ['bad phone', { phone: '12345' }, { DAMAGE_KIND: 'pothole' }, 400, 'INVALID_PHONE'],
      ['unknown field', { colour: 'red' }, { DAMAGE_KIND: 'pothole' }, 400, 'OPEN311_BAD_PARAMETER'],
      ['description over 4,000', { description: '长'.repeat(4001) }, { DAMAGE_KIND: 'pothole' }, 400, 'OPEN311_BAD_PARAMETER'],
      ['media url not http', { media_url: 'javascript:alert(1)' }, { DAMAGE_KIND: 'pothole' }, 400, 'OPEN311_BAD_PARAMETER'],
    ];
    for (const [label, fields, attrs, status, code] of cases) {
      const res = await s.client.postRequest(format, formEncode(pothole(fields), attrs));
      expect(res.status, label).toBe(status);
      expect(res.doc, `${label}: ${res.text}`).toEqual([
        { code: format === 'json' ? status : String(status), description: expect.stringContaining(`(${code})`) },
      ]);
    }
    // every attribute at fault is its own entry of the error array
    const two = await s.client.postRequest(format, formEncode(pothole({ service_code: 'environment.noise' }), { COLOUR: 'red' }));
    expect(two.doc.map((e: { description: string }) => e.description)).toEqual([
      expect.stringMatching(/COLOUR \(OPEN311_ATTRIBUTE_INVALID\)$/),
      expect.stringMatching(/NOISE_SOURCE \(OPEN311_ATTRIBUTE_REQUIRED\)$/),
    ]);
    const many = await t.app.inject({
      method: 'POST',
      url: `${ENDPOINT}/requests.${format}`,
      payload: 'a=1&b=2',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(many.statusCode).toBe(400);
    const junk = await t.app.inject({
      method: 'POST',
      url: `${ENDPOINT}/requests.${format}`,
      payload: '{"api_key":',
      headers: { 'content-type': 'application/json' },
    });
    expect(junk.statusCode).toBe(400);
    expect(await written()).toEqual(snapshot);
    expect(snapshot[0]).toBe(before[0]);
  });

  it('speaks English on request and uses the spec error shape for unknown paths and formats', async () => {
    const english = open311Client(s.transport, ENDPOINT, { language: 'en' });
    const res = await english.postRequest('json', formEncode(pothole({ api_key: undefined })));
    expect(res.doc[0].description).toMatch(/^The API key is missing/);
    for (const url of [`${ENDPOINT}/requests.html`, `${ENDPOINT}/services/urban.roads.yaml`, `${ENDPOINT}/nothing.xml`]) {
      const r = await t.app.inject({ method: 'GET', url });
      expect(r.statusCode, url).toBe(404);
      expect(r.body.startsWith(url.endsWith('.xml') ? '<?xml' : '[')).toBe(true);
    }
    expect(asText({ a: null, b: [1, true] })).toEqual({ a: '', b: ['1', 'true'] });
  });
});
