import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { expectVisible, loginViaForm, NO_CHROMIUM, screenshot, useJourney } from './support/browser';

/** The hotline agent's side, through the API as any client would: find the order and answer it from the knowledge base. */
async function answerFromKnowledgeBase(baseUrl: string, orderNo: string): Promise<void> {
  const post = (path: string, body: unknown, token?: string) =>
    fetch(`${baseUrl}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });
  const token = (
    (await (await post('/api/identity/token', { username: 'hotline.agent', password: 'Jieyang2026' })).json()) as { accessToken: string }
  ).accessToken;
  const auth = { authorization: `Bearer ${token}` };
  const list = (await (await fetch(`${baseUrl}/api/hotline/orders?q=${orderNo}`, { headers: auth })).json()) as {
    items: Array<{ id: string; version: number }>;
  };
  const order = list.items[0]!;
  const hits = (await (
    await fetch(`${baseUrl}/api/hotline/knowledge/search?q=${encodeURIComponent('社保卡补办')}`, { headers: auth })
  ).json()) as Array<{
    id: string;
  }>;
  const res = await post(
    `/api/hotline/orders/${order.id}/actions`,
    { type: 'answer_directly', version: order.version, articleId: hits[0]!.id, answer: '请先挂失，再带身份证到社保网点补领。' },
    token,
  );
  expect(res.status, await res.text()).toBe(200);
}

describe.skipIf(NO_CHROMIUM)('citizen: 我要反映 in the portal, then follow it in 我的诉求', () => {
  const j = useJourney();

  it('files a request, finds it in 我的诉求 with its timeline, and reads the hotline’s answer there', async () => {
    const title = `社保卡丢失咨询${randomBytes(2).toString('hex')}`;
    const page = await j.newPage();
    await loginViaForm(page, 'zhangsan', 'Jieyang2026', /\/portal$/);

    await page.getByRole('menuitem', { name: '我要反映' }).click();
    await page.waitForURL(/\/portal\/report$/);
    await expectVisible(page.getByRole('heading', { name: '我要反映', level: 1 }));
    await page.getByLabel('诉求类型').click();
    await page.getByTitle('咨询', { exact: true }).click();
    await page.getByLabel('标题').fill(title);
    await page.getByLabel('详细描述').fill('上周在菜市场把社保卡弄丢了，想问怎么补办，需要带什么材料。');
    await page.getByLabel('地址').fill('榕城区进贤门大道');
    await page.getByRole('button', { name: '提交' }).click();

    // the new request opens at once, with its number and the first line of its progress
    await page.waitForURL(/\/portal\/orders\/[0-9a-f-]{36}$/);
    await expectVisible(page.getByRole('heading', { name: title, level: 1 }));
    const orderNo = (await page.locator('.mono').first().innerText()).trim();
    expect(orderNo).toMatch(/^12345-\d{8}-\d{6}$/);
    await expectVisible(page.getByText('已登记'));
    await expectVisible(page.getByText('受理登记'));
    await screenshot(page, 'portal-order');

    // 我的诉求 lists it; the detail is one click away
    await page.getByRole('menuitem', { name: '我的诉求' }).click();
    await page.waitForURL(/\/portal\/orders$/);
    await expectVisible(page.getByRole('heading', { name: '我的诉求', level: 1 }));
    const item = page.getByRole('listitem').filter({ hasText: orderNo });
    await expectVisible(item.getByText('已登记'));
    await item.getByRole('link', { name: title }).click();
    await page.waitForURL(/\/portal\/orders\/[0-9a-f-]{36}$/);

    // the hotline answers it directly from the knowledge base; the citizen sees the answer and its basis
    await answerFromKnowledgeBase(j.baseUrl, orderNo);
    await page.reload();
    await expectVisible(page.getByText('热线直接答复'));
    await expectVisible(page.getByText('请先挂失，再带身份证到社保网点补领。'));
    await expectVisible(page.getByText('答复依据：《社会保障卡（社保卡）挂失与补领》'));
    await expectVisible(page.getByText('已直接答复').first());
    await screenshot(page, 'portal-order-answered');
  });
});
