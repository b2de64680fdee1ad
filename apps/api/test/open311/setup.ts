import { createTestApp, publishCalendarThrough, type TestApp } from '../harness.js';
import { createSource } from '../support/intake.js';
import { open311Client, type Transport } from './client.js';

export const ENDPOINT = '/open311/v2';
export const JURISDICTION = 'jieyang.gov.cn';

/** A platform with an Open311 client source and a video-AI source, and a spec client talking to it in-process. */
export async function open311Setup(engine: Parameters<typeof createTestApp>[0]) {
  const t: TestApp = await createTestApp(engine);
  await publishCalendarThrough(t, new Date().getFullYear() + 1);
  const admin = await t.login('zsj.admin');
  const app = await createSource(t, admin, { name: '市民随手拍 App', kind: 'open311_client', defaultDivisionCode: '445202000000' });
  const camera = await createSource(t, admin, { name: '视频识别（Open311 测试）', kind: 'video_ai' });
  const transport: Transport = async (r) => {
    const res = await t.app.inject({
      method: r.method,
      url: r.url,
      headers: r.headers ?? {},
      ...(r.body !== undefined ? { payload: r.body } : {}),
    });
    return { status: res.statusCode, contentType: String(res.headers['content-type'] ?? ''), text: res.body };
  };
  return { t, admin, app, camera, transport, client: open311Client(transport, ENDPOINT) };
}
