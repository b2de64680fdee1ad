import { describe, expect, it } from 'vitest';
import type { WorkOrder } from '@yiwang/contracts';
import { expectHidden, expectVisible, loginViaForm, NO_CHROMIUM, screenshot, useJourney } from '../support/browser';
import { apiSession, DEMO_PASSWORD, takeCall } from '../support/hotline-api';

const REASON = '该路段属河婆街道管辖，请改派属地街道办事处';
const STREET_OFFICE = '河婆街道办事处';

describe.skipIf(NO_CHROMIUM)('journey 2: a unit returns an order, the hotline approves the return and reassigns it', () => {
  const j = useJourney();

  it('the unit must give a reason; the agent sees it, approves, and the order goes to the street office', async () => {
    const order = await takeCall(await apiSession(j.baseUrl, 'hotline.agent'));

    const unit = await j.newPage();
    await loginViaForm(unit, 'cgj.handler', DEMO_PASSWORD, /\/workbench\/hotline\/inbox$/);
    await unit.getByRole('link', { name: order.orderNo }).click();
    await unit.getByRole('button', { name: '退单', exact: true }).click();
    const returnDialog = unit.getByRole('dialog', { name: '退单' });
    // no reason, no return
    await returnDialog.getByRole('button', { name: '退单', exact: true }).click();
    await expectVisible(returnDialog.getByText('请填写退单理由'));
    await returnDialog.getByLabel('退单理由').fill(REASON);
    await returnDialog.getByRole('button', { name: '退单', exact: true }).click();
    await expectHidden(returnDialog);
    await expectVisible(unit.getByText('退单待审', { exact: true }));

    const agent = await j.newPage();
    await loginViaForm(agent, 'hotline.agent', DEMO_PASSWORD, /\/workbench$/);
    await agent.getByRole('menuitem', { name: '我的待办' }).click();
    await agent.getByRole('tab', { name: '退单申请' }).click();
    await agent.getByRole('link', { name: order.orderNo }).click();
    // the unit's reason is on the timeline for the agent to judge
    await expectVisible(agent.getByText(REASON));
    await agent.getByRole('button', { name: '同意退单并改派' }).click();
    const approve = agent.getByRole('dialog', { name: '同意退单并改派' });
    await approve.getByLabel('承办单位').fill('河婆街道');
    await agent.getByTitle(`${STREET_OFFICE} · 河婆街道`, { exact: true }).click();
    await approve.getByRole('button', { name: '同意退单并改派' }).click();
    await expectHidden(approve);
    await expectVisible(agent.getByText('已派单', { exact: true }));
    await expectVisible(agent.getByText(STREET_OFFICE, { exact: true }));
    await screenshot(agent, 'hotline-reassigned');

    // the unit that returned it no longer sees it
    await unit.reload();
    await expectVisible(unit.getByText('工单不存在，或您无权查看'));

    const after = await (await apiSession(j.baseUrl, 'hotline.agent')).get<WorkOrder>(`/api/hotline/orders/${order.id}`);
    expect(after.state).toBe('dispatched');
    expect(after.unitId).not.toBe(order.unitId);
    expect(after.timeline.slice(-2).map((l) => [l.action, l.note])).toEqual([
      ['return', REASON],
      ['approve_return', null],
    ]);
  });
});
