import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { WorkOrder } from '@yiwang/contracts';
import { expectHidden, expectVisible, loginViaForm, NO_CHROMIUM, screenshot, useJourney } from '../support/browser';
import { apiSession, DEMO_PASSWORD } from '../support/hotline-api';

const CITY_CGJ = '揭阳市城市管理和综合执法局';

/** Opens an action's dialog from the order page, lets `fill` complete it, confirms, and waits for the new state. */
async function act(
  page: Page,
  action: string,
  newState: string,
  fill: (dialog: ReturnType<Page['getByRole']>) => Promise<void> = async () => {},
) {
  await page.getByRole('button', { name: action, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: action });
  await expectVisible(dialog);
  await fill(dialog);
  await dialog.getByRole('button', { name: action, exact: true }).click();
  await expectHidden(dialog);
  await expectVisible(page.getByText(newState, { exact: true }));
}

describe.skipIf(NO_CHROMIUM)('journey 1: a call is taken, dispatched, handled by the unit, reviewed and called back', () => {
  const j = useJourney();

  it('agent registers the call, the unit signs and replies, the agent reviews and does the 回访 → closed', async () => {
    const agent = await j.newPage();
    await loginViaForm(agent, 'hotline.agent', DEMO_PASSWORD, /\/workbench$/);
    await agent.getByRole('menuitem', { name: '来电登记' }).click();
    await expectVisible(agent.getByRole('heading', { name: '来电登记', level: 1 }));

    await agent.getByLabel('诉求类型').click();
    await agent.getByTitle('投诉', { exact: true }).click();
    await agent.getByLabel('标题').fill('路口流动摊贩占道经营');
    await agent.getByLabel('诉求内容').fill('揭西县河婆街道某路口夜间有流动摊贩占道经营，影响行人和车辆通行，希望尽快处理。');
    await agent.getByLabel('来电人姓名').fill('欧阳明');
    await agent.getByLabel('来电号码').fill('13800138000');
    await agent.getByLabel('诉求分类').fill('占道');
    await agent.getByTitle('占道经营', { exact: true }).click();
    await screenshot(agent, 'hotline-call-form');
    await agent.getByRole('button', { name: '登记工单' }).click();

    // the order page: dispatched by the responsibility list to the city 城管局, with the reason shown
    await agent.waitForURL(/\/workbench\/hotline\/orders\/[0-9a-f-]{36}$/);
    const orderId = agent.url().split('/').pop()!;
    await expectVisible(agent.getByText('已派单', { exact: true }));
    await expectVisible(agent.getByRole('heading', { name: '为什么派给该单位' }));
    await expectVisible(agent.getByText(CITY_CGJ, { exact: true }));
    // the agent sees the caller masked; the full number only through the audited 查看号码
    await expectVisible(agent.getByText('138****8000'));
    expect(await agent.getByText('13800138000').count()).toBe(0);
    const orderNo = (await agent.locator('.order-no').textContent())!.trim();
    expect(orderNo).toMatch(/^12345-\d{8}-\d{6}$/);

    // the unit's user lands on the inbox, finds the order waiting to be signed for, signs and replies
    const unit = await j.newPage();
    await loginViaForm(unit, 'cgj.handler', DEMO_PASSWORD, /\/workbench\/hotline\/inbox$/);
    await expectVisible(unit.getByRole('tab', { name: '待签收', selected: true }));
    await unit.getByRole('link', { name: orderNo }).click();
    await unit.waitForURL(new RegExp(`/orders/${orderId}$`));
    await act(unit, '签收', '办理中');
    await act(unit, '答复', '已答复', (d) => d.getByLabel('答复内容').fill('已安排执法队员到场清理，并加强该路口夜间巡查。'));
    await screenshot(unit, 'hotline-unit-replied');

    // back at the hotline: the reply waits for review, then the 回访 closes it
    await agent.getByRole('menuitem', { name: '我的待办' }).click();
    await agent.getByRole('tab', { name: '待审核' }).click();
    await agent.getByRole('link', { name: orderNo }).click();
    await expectVisible(agent.getByText('已安排执法队员到场清理，并加强该路口夜间巡查。'));
    await act(agent, '审核', '已审核', (d) => d.getByLabel('审核通过').check());
    await act(agent, '回访', '已办结', (d) => d.getByLabel('满意', { exact: true }).check());
    await screenshot(agent, 'hotline-closed');

    const api = await apiSession(j.baseUrl, 'hotline.agent');
    const order = await api.get<WorkOrder>(`/api/hotline/orders/${orderId}`);
    expect(order.state).toBe('closed');
    expect(order.timeline.map((l) => l.action)).toEqual(['register', 'dispatch', 'sign', 'reply', 'review', 'callback']);
    expect(order.routing?.unitName).toBe(CITY_CGJ);
  });
});
