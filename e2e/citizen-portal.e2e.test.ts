import { describe, expect, it } from 'vitest';
import { expectVisible, loginViaForm, NO_CHROMIUM, screenshot, useJourney } from './support/browser';

describe.skipIf(NO_CHROMIUM)('citizen: the portal, not the workbench', () => {
  const j = useJourney();

  it('lands on the portal with a greeting and never sees staff pages', async () => {
    const page = await j.newPage();
    await loginViaForm(page, 'zhangsan', 'Jieyang2026', /\/portal$/);
    const greeting = page.getByRole('heading', { level: 1, name: /张三/ });
    await expectVisible(greeting);
    await expectVisible(page.getByRole('menuitem', { name: '个人信息' }));
    await screenshot(page, 'portal');

    // no staff navigation anywhere in the portal shell
    for (const staffEntry of ['工作台', '部门管理', '行政区划', '用户与角色', '审计日志'])
      expect(await page.getByRole('menuitem', { name: staffEntry }).count(), staffEntry).toBe(0);

    // typing a workbench address sends a citizen back to the portal
    for (const staffPath of ['/workbench', '/workbench/departments']) {
      await page.goto(staffPath);
      await page.waitForURL(/\/portal$/);
      await expectVisible(greeting);
      expect(await page.getByRole('heading', { name: '部门管理' }).count()).toBe(0);
      expect(await page.getByRole('menuitem', { name: '部门管理' }).count()).toBe(0);
    }

    // the profile shows the real-name data masked: the full ID number never reaches the page
    await page.getByRole('menuitem', { name: '个人信息' }).click();
    await expectVisible(page.getByText('445202********1236'));
    expect(await page.getByText('445202199003071236').count()).toBe(0);

    // and the API refuses the staff data to the citizen's session
    const res = await page.request.get('/api/identity/departments');
    expect([403, 404]).toContain(res.status());
  });
});
