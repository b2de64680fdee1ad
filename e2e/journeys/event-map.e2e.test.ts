import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { expectHidden, expectVisible, loginViaForm, NO_CHROMIUM, screenshot, useJourney } from '../support/browser';

/** A tiny JPEG: the sensor API checks magic bytes, not the declared type. */
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46]), Buffer.alloc(64, 1)]).toString(
  'base64',
);

describe.skipIf(NO_CHROMIUM)('journey 4: an event posted by the sensor API appears on the map', () => {
  const j = useJourney();

  it('an admin creates a source and gets its key once; the sensor posts an event; the supervisor finds it on the map', async () => {
    const tag = randomBytes(3).toString('hex');
    const sourceName = `榕城视频识别${tag}`;
    const title = `占道经营告警${tag}`;

    // 1. the bureau admin registers a video-AI source and copies its key from the one-time dialog
    const admin = await j.newPage();
    await loginViaForm(admin, 'zsj.admin', 'Jieyang2026', /\/workbench$/);
    await admin.getByRole('menuitem', { name: '接入源管理' }).click();
    await admin.waitForURL(/\/workbench\/city-ops\/sources$/);
    await admin.getByRole('button', { name: '新增接入源' }).click();
    const form = admin.getByRole('dialog', { name: '新增接入源' });
    await form.getByLabel('名称').fill(sourceName);
    await form.getByLabel('类型').click();
    await admin.getByTitle('视频智能识别', { exact: true }).click();
    await form.getByRole('button', { name: '保存' }).click();
    const keyDialog = admin.getByRole('dialog', { name: '接入密钥（仅显示这一次）' });
    await expectVisible(keyDialog.getByRole('button', { name: '复制密钥' }));
    const apiKey = await keyDialog.getByLabel(`“${sourceName}”的接入密钥`).inputValue();
    expect(apiKey).toMatch(/^yw_[0-9a-f]{12}_[A-Za-z0-9_-]{43}$/);
    await keyDialog.getByRole('button', { name: '确定' }).click();
    const row = admin.getByRole('row').filter({ hasText: sourceName });
    await expectVisible(row.filter({ hasText: '视频智能识别' }).filter({ hasText: apiKey.slice(0, 15) }));
    await screenshot(admin, 'city-ops-sources');

    // 2. the camera platform posts an event with its key (no session, as a machine would)
    const res = await fetch(`${j.baseUrl}/api/hotline/intake/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': apiKey },
      body: JSON.stringify({
        externalId: `cam-${tag}`,
        eventType: '占道经营',
        title,
        description: '视频智能识别：榕城区临江北路有流动摊贩占道经营。',
        categoryCode: 'urban.vendors',
        divisionCode: '445202001000',
        address: '榕城区临江北路',
        lat: 23.5487,
        lng: 116.3728,
        evidence: [{ contentType: 'image/jpeg', dataBase64: JPEG }],
      }),
    });
    expect(res.status).toBe(200);
    const posted = (await res.json()) as { orderId: string; orderNo: string; state: string };
    expect(posted.state).toBe('dispatched');

    // 3. the supervisor opens the event map: the event is in the list beside the chart, and its summary links to the order
    const sup = await j.newPage();
    await loginViaForm(sup, 'supervisor', 'Jieyang2026', /\/workbench$/);
    await sup.getByRole('menuitem', { name: '事件地图' }).click();
    await sup.waitForURL(/\/workbench\/city-ops\/map$/);
    await expectVisible(sup.getByRole('heading', { name: '事件地图', level: 1 }));
    await expectVisible(sup.getByRole('img', { name: /事件分布图/ }));
    const listed = sup.getByRole('row').filter({ hasText: title });
    await expectVisible(listed.filter({ hasText: posted.orderNo }));
    await listed.getByRole('button', { name: `选中的事件 ${posted.orderNo}` }).click();
    const open = sup.getByRole('link', { name: '打开工单' });
    await expectVisible(open);
    expect(await open.getAttribute('href')).toBe(`/workbench/hotline/orders/${posted.orderId}`);
    await expectVisible(sup.getByText(sourceName));
    await screenshot(sup, 'city-ops-map');

    // filtering by its channel keeps it; by another channel drops it
    await sup.getByLabel('渠道').click();
    await sup.getByTitle('视频智能识别', { exact: true }).click();
    await expectVisible(listed);
    await sup.getByLabel('渠道').click();
    await sup.getByTitle('网格员', { exact: true }).click();
    await expectHidden(listed);

    // 4. the command view counts it under its source
    await sup.getByRole('menuitem', { name: '指挥大屏' }).click();
    await sup.waitForURL(/\/workbench\/city-ops\/command$/);
    await expectVisible(sup.getByRole('row').filter({ hasText: sourceName }).filter({ hasText: '视频智能识别' }));
    await screenshot(sup, 'city-ops-command');
  });
});
