import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { testEngines } from '@yiwang/platform/testing';
import { json, type Session, type TestApp } from '../harness.js';
import { event, image, JPEG, postEvent } from '../support/intake.js';
import { asText, formEncode, open311Client, type Format } from './client.js';
import { ENDPOINT, JURISDICTION, open311Setup } from './setup.js';

const FORMATS: Format[] = ['json', 'xml'];
const W3C = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$/;

describe.each(testEngines())('Open311 GeoReport v2 reads on %s', (engine) => {
  let t: TestApp;
  let s: Awaited<ReturnType<typeof open311Setup>>;
  let agent: Session;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    s = await open311Setup(engine);
    t = s.t;
    agent = await t.login('hotline.agent');
    const posted = await s.client.postRequest(
      'json',
      formEncode(
        {
          api_key: s.app.apiKey,
          service_code: 'urban.roads',
          lat: 23.5487,
          long: 116.3728,
          phone: '13900139000',
          first_name: '伟',
          last_name: '张',
          description: '大坑，回电 13900139000',
        },
        { DAMAGE_KIND: 'subsidence' },
      ),
    );
    ids.pothole = posted.doc[0].service_request_id;
    const camera = await postEvent(t, s.camera.apiKey, event({ evidence: [image(JPEG), { url: 'https://cam.example.gov.cn/1.jpg' }] }));
    ids.vendor = json(camera).orderNo;
    ids.vendorId = json(camera).orderId;
    const { categoryCode: _c, ...unsorted } = event({ description: '不明物体', lat: 23.3, lng: 116.17 });
    const triage = json(await postEvent(t, s.camera.apiKey, unsorted));
    ids.triage = triage.orderNo;
    const closed = await t.app.inject({
      method: 'POST',
      url: `/api/hotline/orders/${triage.orderId}/actions`,
      headers: agent.headers,
      payload: { type: 'close', reason: '现场核查无此事件', version: 1 },
    });
    expect(closed.statusCode, closed.body).toBe(200);
    const old = await s.client.postRequest('json', formEncode({ api_key: s.app.apiKey, service_code: 'other', address_string: '某地' }));
    ids.old = old.doc[0].service_request_id;
    await sql`UPDATE hotline.work_order SET created_at = now() - interval '120 days' WHERE order_no = ${ids.old}`.execute(t.rt.database.db);
    const call = await t.app.inject({
      method: 'POST',
      url: '/api/hotline/orders',
      headers: agent.headers,
      payload: { channel: 'phone', type: 'complaint', body: '私人来电', categoryCode: 'urban.roads', lat: 23.5, lng: 116.3 },
    });
    ids.call = json(call).orderNo;
  });
  afterAll(() => t?.close());

  const both = async (get: (f: Format) => Promise<{ status: number; doc: any; text: string }>) => {
    const [j, x] = await Promise.all(FORMATS.map(get));
    expect(j!.status, j!.text).toBe(200);
    expect(x!.status, x!.text).toBe(200);
    // the two formats carry the same data (XML as text)
    expect(asText(x!.doc)).toEqual(asText(j!.doc));
    return j!.doc;
  };

  it('describes itself at discovery.{json,xml}', async () => {
    const d = await both((f) => s.client.discovery(f));
    expect(Object.keys(d)).toEqual(['changeset', 'contact', 'key_service', 'endpoints']);
    expect(d.endpoints).toEqual([
      {
        specification: 'http://wiki.open311.org/GeoReport_v2',
        url: `http://localhost:80${ENDPOINT}`,
        changeset: d.changeset,
        type: 'production',
        formats: ['text/xml', 'application/json'],
      },
    ]);
  });

  it('lists our categories as services, with metadata where a definition asks more', async () => {
    const services = await both((f) => s.client.services(f));
    expect(services.length).toBeGreaterThanOrEqual(40);
    const roads = services.find((x: { service_code: string }) => x.service_code === 'urban.roads');
    expect(roads).toEqual({
      service_code: 'urban.roads',
      service_name: '市政道路',
      description: '城乡建设 › 市政道路',
      metadata: true,
      type: 'realtime',
      keywords: '市政道路, 城乡建设, urban.roads',
      group: '城乡建设',
    });
    expect(services.find((x: { service_code: string }) => x.service_code === 'other')).toMatchObject({ metadata: false, group: '其他' });
  });

  it('gives each service definition its attributes in the spec shape, and 404 for an unknown service', async () => {
    const def = await both((f) => s.client.serviceDefinition(f, 'urban.roads'));
    expect(def.service_code).toBe('urban.roads');
    expect(def.attributes.map((a: { code: string; order: number }) => [a.code, a.order])).toEqual([
      ['DAMAGE_KIND', 1],
      ['DAMAGE_AREA', 2],
    ]);
    expect(def.attributes[0]).toEqual({
      variable: true,
      code: 'DAMAGE_KIND',
      datatype: 'singlevaluelist',
      required: true,
      datatype_description: null,
      order: 1,
      description: '路面损坏类型',
      values: [
        { key: 'pothole', name: '坑洼' },
        { key: 'crack', name: '裂缝' },
        { key: 'subsidence', name: '塌陷' },
        { key: 'manhole', name: '井盖缺失或破损' },
      ],
    });
    expect((await both((f) => s.client.serviceDefinition(f, 'other'))).attributes).toEqual([]);
    for (const f of FORMATS) {
      const missing = await s.client.serviceDefinition(f, 'urban.unicorns');
      expect(missing.status).toBe(404);
      expect(asText(missing.doc)).toEqual([{ code: '404', description: expect.stringContaining('OPEN311_SERVICE_NOT_FOUND') }]);
    }
  });

  it('shows one request with the spec fields, status derived from our state, and no personal data', async () => {
    const [r] = await both((f) => s.client.request(f, ids.pothole!));
    expect(Object.keys(r)).toEqual([
      'service_request_id',
      'status',
      'status_notes',
      'service_name',
      'service_code',
      'description',
      'agency_responsible',
      'service_notice',
      'requested_datetime',
      'updated_datetime',
      'expected_datetime',
      'address',
      'address_id',
      'zipcode',
      'lat',
      'long',
      'media_url',
    ]);
    expect(r).toMatchObject({
      service_request_id: ids.pothole,
      status: 'open',
      status_notes: '已派单',
      service_code: 'urban.roads',
      lat: 23.5487,
      long: 116.3728,
    });
    expect(r.agency_responsible).toBe('榕城区城市管理和综合执法局');
    for (const k of ['requested_datetime', 'updated_datetime', 'expected_datetime']) expect(r[k]).toMatch(W3C);
    expect(r.description).toContain('139****9000');
    const everything = (await s.client.requests('xml')).text + (await s.client.requests('json')).text;
    for (const secret of ['13900139000', '张伟', '张*', '私人来电', ids.call]) expect(everything).not.toContain(secret);
    expect((await s.client.request('json', ids.call!)).status).toBe(404);

    const [closed] = await both((f) => s.client.request(f, ids.triage!));
    expect(closed).toMatchObject({ status: 'closed', status_notes: '已办结', service_code: null, expected_datetime: null });
    const english = await open311Client(s.transport, ENDPOINT, { language: 'en' }).request('json', ids.triage!);
    expect(english.doc[0].status_notes).toBe('Closed');
  });

  it('publishes evidence as media_url, the images themselves at public URLs', async () => {
    const [r] = await both((f) => s.client.request(f, ids.vendor!, { extensions: true }));
    expect(r.media_url).toMatch(new RegExp(`^http://localhost:80${ENDPOINT}/media/[0-9a-f-]{36}\\.jpg$`));
    expect(r.extended_attributes).toEqual({
      detailed_status: 'dispatched',
      channel: 'video_ai',
      token: ids.vendorId,
      media_urls: [r.media_url, 'https://cam.example.gov.cn/1.jpg'],
    });
    const img = await t.app.inject({ method: 'GET', url: new URL(r.media_url).pathname });
    expect(img.statusCode).toBe(200);
    expect(img.headers['content-type']).toBe('image/jpeg');
    expect(img.rawPayload.equals(JPEG)).toBe(true);
    expect((await t.app.inject({ method: 'GET', url: `${ENDPOINT}/media/${crypto.randomUUID()}.jpg` })).statusCode).toBe(404);
  });

  it('filters requests by ids, service, status, dates (90 days by default), bounding box, and pages', async () => {
    const no = (doc: Array<{ service_request_id: string }>) => doc.map((x) => x.service_request_id).sort();
    expect(no(await both((f) => s.client.requests(f)))).toEqual([ids.pothole, ids.vendor, ids.triage].sort());
    expect(no(await both((f) => s.client.requests(f, { service_request_id: `${ids.old},${ids.vendor},nope` })))).toEqual(
      [ids.old, ids.vendor].sort(),
    );
    expect(no(await both((f) => s.client.requests(f, { service_code: 'urban.roads,urban.vendors' })))).toEqual(
      [ids.pothole, ids.vendor].sort(),
    );
    expect(no(await both((f) => s.client.requests(f, { status: 'closed' })))).toEqual([ids.triage]);
    expect(no(await both((f) => s.client.requests(f, { status: 'open,closed' })))).toHaveLength(3);
    const day = 86_400_000;
    const start = new Date(Date.now() - 130 * day).toISOString().replace(/\.\d+Z$/, 'Z');
    const end = new Date(Date.now() - 100 * day).toISOString().replace(/\.\d+Z$/, '+00:00');
    expect(no(await both((f) => s.client.requests(f, { start_date: start, end_date: end })))).toEqual([ids.old]);
    // 揭西 (河婆) only: minLng,minLat,maxLng,maxLat
    expect(no(await both((f) => s.client.requests(f, { bbox: '115.8,23.4,115.9,23.5' })))).toEqual([ids.vendor]);
    const page1 = await s.client.requests('json', { page_size: 2, page: 1 });
    const page2 = await s.client.requests('json', { page_size: 2, page: 2 });
    expect(page1.doc).toHaveLength(2);
    expect(no([...page1.doc, ...page2.doc])).toEqual([ids.pothole, ids.vendor, ids.triage].sort());
    expect(new Date(page1.doc[0].requested_datetime) >= new Date(page1.doc[1].requested_datetime)).toBe(true);
  });

  it.each(FORMATS)('refuses bad filters and a foreign jurisdiction in the spec error format (%s)', async (format) => {
    const cases: Array<[Record<string, string | number>, number, string]> = [
      [{ start_date: '2026-01-01T00:00:00' }, 400, 'OPEN311_BAD_DATE'],
      [{ start_date: '2026-01-01T00:00:00Z', end_date: '2026-06-01T00:00:00Z' }, 400, 'OPEN311_BAD_DATE'],
      [{ start_date: '2026-06-01T00:00:00Z', end_date: '2026-01-01T00:00:00Z' }, 400, 'OPEN311_BAD_DATE'],
      [{ status: 'pending' }, 400, 'OPEN311_BAD_PARAMETER'],
      [{ bbox: '116,23' }, 400, 'OPEN311_BAD_PARAMETER'],
      [{ bbox: '117,23,116,24' }, 400, 'OPEN311_BAD_PARAMETER'],
      [{ page_size: 5000 }, 400, 'VALIDATION_FAILED'],
      [{ colour: 'red' }, 400, 'VALIDATION_FAILED'],
      [{ service_code: "x'; DROP TABLE y" }, 400, 'OPEN311_BAD_PARAMETER'],
    ];
    for (const [params, status, code] of cases) {
      const res = await s.client.requests(format, params);
      expect(res.status, JSON.stringify(params)).toBe(status);
      expect(asText(res.doc)).toEqual([{ code: String(status), description: expect.stringContaining(code) }]);
    }
    const foreign = open311Client(s.transport, ENDPOINT, { jurisdiction: 'shenzhen.gov.cn' });
    for (const get of [() => foreign.services(format), () => foreign.requests(format), () => foreign.request(format, ids.pothole!)]) {
      const res = await get();
      expect(res.status).toBe(404);
      expect(asText(res.doc)[0].description).toContain('OPEN311_JURISDICTION_NOT_FOUND');
    }
    const ours = open311Client(s.transport, ENDPOINT, { jurisdiction: JURISDICTION });
    expect((await ours.services(format)).status).toBe(200);
  });

  it('resolves a token to its service_request_id, and shows the public update history without internal steps', async () => {
    const tokens = await both((f) => s.client.token(f, ids.vendorId!));
    expect(tokens).toEqual([{ service_request_id: ids.vendor, token: ids.vendorId }]);
    expect((await s.client.token('xml', crypto.randomUUID())).status).toBe(404);

    const unit = await t.login('cgj.handler');
    const act = async (body: Record<string, unknown>, who: Session) => {
      const o = json(await t.app.inject({ method: 'GET', url: `/api/hotline/orders/${ids.vendorId}`, headers: who.headers }));
      const res = await t.app.inject({
        method: 'POST',
        url: `/api/hotline/orders/${ids.vendorId}/actions`,
        headers: who.headers,
        payload: { ...body, version: o.version },
      });
      expect(res.statusCode, res.body).toBe(200);
    };
    await act({ type: 'return', reason: '内部：不属本单位职责' }, unit);
    await act({ type: 'reject_return', reason: '内部：属城管职责' }, agent);
    await act({ type: 'sign' }, unit);
    const notes = await both((f) => s.client.updates(f, ids.vendor!));
    expect(notes.map((n: { type: string; status: string }) => [n.type, n.status])).toEqual([
      ['register', 'open'],
      ['dispatch', 'open'],
      ['sign', 'open'],
    ]);
    expect(notes[2]).toEqual({
      service_request_id: ids.vendor,
      datetime: expect.stringMatching(W3C),
      type: 'sign',
      status: 'open',
      description: '签收：办理中',
    });
    expect(JSON.stringify(notes)).not.toContain('内部');
    expect((await s.client.updates('json', ids.call!)).status).toBe(404);
  });
});
