import type { TestApp, Session } from '../harness.js';

/** Smallest images whose magic bytes say what they are (the platform checks bytes, not declared types). */
export const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46]), Buffer.alloc(200, 1)]);
export const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(120, 2)]);
export const image = (b: Buffer, contentType = 'image/jpeg') => ({ contentType, dataBase64: b.toString('base64') });

export interface NewSource {
  source: { id: string; version: number; keyPrefix: string; [k: string]: unknown };
  apiKey: string;
}

/** Creates an intake source through the admin API and returns it with its one-time key. */
export async function createSource(t: TestApp, admin: Session, body: Record<string, unknown>): Promise<NewSource> {
  const res = await t.app.inject({ method: 'POST', url: '/api/hotline/sources', headers: admin.headers, payload: body });
  if (res.statusCode !== 200) throw new Error(`create source: ${res.statusCode} ${res.body}`);
  return res.json() as NewSource;
}

/** Posts an event as a sensor would: the key in X-Api-Key, no session. */
export const postEvent = (t: TestApp, key: string | undefined, payload: unknown) =>
  t.app.inject({
    method: 'POST',
    url: '/api/hotline/intake/events',
    headers: key === undefined ? {} : { 'x-api-key': key },
    payload: payload as object,
  });

export const HEPO = '445222001000'; // 揭西县河婆街道

export const event = (extra: Record<string, unknown> = {}) => ({
  externalId: `cam-${Math.random().toString(36).slice(2)}`,
  eventType: '占道经营',
  description: '视频智能识别：河婆街道某路口有流动摊贩占道经营。',
  categoryCode: 'urban.vendors',
  divisionCode: HEPO,
  address: '揭西县河婆街道某路口',
  lat: 23.431,
  lng: 115.842,
  ...extra,
});
