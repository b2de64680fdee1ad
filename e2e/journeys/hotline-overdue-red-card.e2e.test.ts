import { describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import type { WorkOrder } from '@yiwang/contracts';
import { expectVisible, loginViaForm, NO_CHROMIUM, screenshot, useJourney } from '../support/browser';
import { apiSession, DEMO_PASSWORD, takeCall, type ApiSession } from '../support/hotline-api';
import { startPlatformInProcess, type InProcessPlatform } from '../support/in-process';

const DAY = 86_400_000;
const CITY_CGJ = '揭阳市城市管理和综合执法局';

/** Polls until `check` holds (the background job runner works on its own schedule). */
async function eventually<T>(what: string, read: () => Promise<T>, check: (v: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await read();
    if (check(v)) return v;
    if (Date.now() > deadline) throw new Error(`${what}: still ${JSON.stringify(v).slice(0, 300)}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

describe.skipIf(NO_CHROMIUM)('journey 3: an overdue order shows a red card and the supervisor gets a 督办 notice', () => {
  let platform: InProcessPlatform | undefined;
  const j = useJourney(async () => (platform = await startPlatformInProcess()));

  /**
   * Time passes: the order was due 30 days ago (row and snapshot, as if registered long ago), and its
   * 督办 timer comes due now; the platform's own background loop then fires it.
   */
  async function letItGoOverdue(agent: ApiSession, order: WorkOrder): Promise<WorkOrder> {
    const db = platform!.rt.database.db;
    const due = new Date(Date.now() - 30 * DAY);
    const warn = new Date(due.getTime() - DAY);
    await sql`UPDATE hotline.work_order SET due_at = ${due}, warn_at = ${warn},
      snapshot = jsonb_set(jsonb_set(snapshot, '{sla,dueAt}', to_jsonb(${due.toISOString()}::text)), '{sla,warnAt}', to_jsonb(${warn.toISOString()}::text))
      WHERE id = ${order.id}`.execute(db);
    await sql`UPDATE platform.job SET run_at = now() - interval '1 second'
      WHERE singleton_key = ${`order:${order.id}:overdue`} AND state = 'pending'`.execute(db);
    return eventually(
      'the 督办 timer',
      () => agent.get<WorkOrder>(`/api/hotline/orders/${order.id}`),
      (o) => o.timeline.at(-1)?.action === 'supervise',
    );
  }

  it('the timer supervises the late order; the supervisor opens the notice and sees the unit on red', async () => {
    const agent = await apiSession(j.baseUrl, 'hotline.agent');
    const order = await takeCall(agent, { title: '超期未办的占道经营投诉' });
    expect(order.unitId).not.toBeNull();
    const supervised = await letItGoOverdue(agent, order);
    expect(supervised.timeline.at(-1)).toMatchObject({ actorRole: 'system', internal: true });

    const page = await j.newPage();
    await loginViaForm(page, 'supervisor', DEMO_PASSWORD, /\/workbench$/);
    // the bell in the header counts the unread 督办 notice; opening it leads to the order
    const bell = page.getByRole('button', { name: /^通知，\d+ 条未读$/ });
    await expectVisible(bell);
    expect(await bell.getAttribute('aria-label')).not.toBe('通知，0 条未读');
    await bell.click();
    const notice = page.getByRole('button').filter({ hasText: order.orderNo }).filter({ hasText: '督办' });
    await expectVisible(notice);
    await screenshot(page, 'hotline-supervisor-bell');
    await notice.click();
    await page.waitForURL(new RegExp(`/workbench/hotline/orders/${order.id}$`));
    await expectVisible(page.getByText('已超期', { exact: false }));
    await expectVisible(page.locator('.ant-timeline').getByText('督办', { exact: true }));
    // read now: the notice no longer counts
    await eventually(
      'the notice read',
      () => page.getByRole('button', { name: /^通知，\d+ 条未读$/ }).getAttribute('aria-label'),
      (label) => label === '通知，0 条未读',
    );

    // the overdue filter finds it, and the unit shows on red with the order named
    await page.getByRole('menuitem', { name: '工单列表' }).click();
    await page.getByRole('checkbox', { name: '仅看超期' }).check();
    await expectVisible(page.getByRole('row').filter({ hasText: order.orderNo }).filter({ hasText: '已超期' }));
    await page.getByRole('menuitem', { name: '红黄牌' }).click();
    const card = page.locator('.unit-card').filter({ hasText: CITY_CGJ });
    await expectVisible(card.getByText('红牌', { exact: true }));
    await expectVisible(card.getByRole('link', { name: order.orderNo }));
    await screenshot(page, 'hotline-red-card');
  });
});
