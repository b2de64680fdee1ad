import { describe, expect, it } from 'vitest';
import { expectHidden, expectVisible, loginViaForm, NO_CHROMIUM, screenshot, UI_TIMEOUT_MS, useJourney } from '../support/browser';

const PASSWORD = 'Jieyang2026';
/** The server's refresh job brings the rollups up to date about every half minute. */
const REFRESH_WAIT_MS = 75_000;

const CALLS = [
  { channel: 'phone', type: 'complaint', categoryCode: 'urban.vendors', divisionCode: '445222001000', lat: 23.431, lng: 115.845 },
  { channel: 'phone', type: 'complaint', categoryCode: 'urban.vendors', divisionCode: '445222001000', lat: 23.432, lng: 115.846 },
  { channel: 'web', type: 'help', categoryCode: 'urban.roads', divisionCode: '445202001000', lat: 23.55, lng: 116.37 },
  { channel: 'wechat', type: 'complaint', categoryCode: 'market.food_safety', divisionCode: '445202001000', lat: 23.551, lng: 116.372 },
  { channel: 'phone', type: 'suggestion', categoryCode: 'transport.public_transit', divisionCode: '445281000000' },
  { channel: 'mobile', type: 'report', categoryCode: 'environment.noise', divisionCode: '445224100000', lat: 23.03, lng: 116.29 },
];

describe.skipIf(NO_CHROMIUM)('leader: the hotline dashboard and the weekly report', () => {
  const j = useJourney();

  async function token(username: string): Promise<string> {
    const res = await fetch(`${j.baseUrl}/api/identity/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password: PASSWORD }),
    });
    expect(res.status).toBe(200);
    return ((await res.json()) as { accessToken: string }).accessToken;
  }

  it('a leader opens the dashboard, reads the figures and charts, and opens the printable weekly report', async () => {
    const agent = await token('hotline.agent');
    for (const call of CALLS) {
      const res = await fetch(`${j.baseUrl}/api/hotline/orders`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${agent}` },
        body: JSON.stringify({ ...call, body: `端到端测试来电：${call.categoryCode}` }),
      });
      expect(res.status, await res.clone().text()).toBe(200);
    }
    // wait for the refresh job, as a leader would wait for the next update
    const leader = await token('leader');
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
    const deadline = Date.now() + REFRESH_WAIT_MS;
    for (;;) {
      const res = await fetch(`${j.baseUrl}/api/hotline/analytics/dashboard?from=${today}&to=${today}`, {
        headers: { authorization: `Bearer ${leader}` },
      });
      const body = (await res.json()) as { totals: { received: number } };
      if (body.totals.received >= CALLS.length) break;
      if (Date.now() > deadline) throw new Error(`the dashboard still counts ${body.totals.received} orders after ${REFRESH_WAIT_MS} ms`);
      await new Promise((r) => setTimeout(r, 1000));
    }

    const page = await j.newPage();
    await loginViaForm(page, 'leader', PASSWORD, /\/workbench$/);
    await page.getByRole('menuitem', { name: '热线数据分析' }).click();
    await page.waitForURL(/\/workbench\/analytics$/);
    await expectVisible(page.getByRole('heading', { name: '12345 热线数据分析', level: 1 }));

    const kpis = page.getByRole('list', { name: '12345 热线数据分析' });
    await expectVisible(
      kpis
        .getByRole('listitem')
        .filter({ hasText: '受理量' })
        .filter({ hasText: String(CALLS.length) }),
    );
    await expectVisible(kpis.getByRole('listitem').filter({ hasText: '按时办结率' }));
    for (const chart of ['受理与办结趋势', '诉求热力图', '受理渠道', '诉求类型', '一级分类', '县（市、区）分布']) {
      const img = page.getByRole('img', { name: chart });
      await expectVisible(img);
      // ECharts drew into it (SVG renderer), and the same figures are there as text for screen readers
      await img.locator('svg').first().waitFor({ state: 'attached', timeout: UI_TIMEOUT_MS });
    }
    expect(await page.getByRole('img', { name: '受理渠道' }).getAttribute('aria-describedby')).toBeTruthy();
    await expectVisible(page.getByRole('row').filter({ hasText: '揭阳市城市管理和综合执法局' }));
    await expectVisible(page.getByRole('heading', { name: '弱信号预警' }));
    await screenshot(page, 'analytics-dashboard');

    // narrowing to 榕城区 changes the figures without leaving the page
    await page.getByLabel('区划').fill('榕城');
    await page.getByTitle('榕城区', { exact: true }).click();
    await expectVisible(
      kpis
        .getByRole('listitem')
        .filter({ hasText: '受理量' })
        .filter({ hasText: /^受理量\s*2$/ }),
    );

    await page.getByRole('button', { name: '查看智能周报' }).click();
    await page.waitForURL(/\/workbench\/analytics\/weekly\?week=\d{4}-W\d{2}$/);
    const report = page.getByRole('article', { name: /12345 热线智能周报 · \d{4}-W\d{2}/ });
    await expectVisible(report);
    await expectVisible(report.getByText(`本周共受理 12345 工单 ${CALLS.length} 件`, { exact: false }));
    await expectVisible(report.getByRole('img', { name: '受理与办结趋势' }));
    await expectVisible(report.getByRole('heading', { name: '热点诉求' }));
    await expectVisible(report.getByRole('row').filter({ hasText: '占道经营' }).filter({ hasText: '2' }));
    await expectVisible(page.getByRole('button', { name: '打印周报' }));

    // printed, the report stands alone: no menu, no controls
    await page.emulateMedia({ media: 'print' });
    await expectHidden(page.getByRole('navigation', { name: '主导航' }));
    await expectHidden(page.getByRole('button', { name: '打印周报' }));
    await expectVisible(report.getByText(`本周共受理 12345 工单 ${CALLS.length} 件`, { exact: false }));
    await page.emulateMedia({ media: 'screen' });
    await screenshot(page, 'analytics-weekly-report');

    // and in English through the language toggle
    await page.getByRole('button', { name: 'English' }).click();
    await expectVisible(page.getByRole('heading', { name: '12345 hotline weekly report', level: 1 }));
    await expectVisible(page.getByText(`The hotline received ${CALLS.length} orders this week`, { exact: false }));
  });
});
