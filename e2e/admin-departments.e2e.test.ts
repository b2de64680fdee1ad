import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Department } from '@yiwang/contracts';
import { expectHidden, expectVisible, loginViaForm, NO_CHROMIUM, screenshot, useJourney } from './support/browser';

const RONGCHENG = '445202000000';

describe.skipIf(NO_CHROMIUM)('admin: create a department under 榕城区', () => {
  const j = useJourney();

  it('creates it through the form, sees it in the list, and the API has it under 榕城区', async () => {
    const name = `端到端测试局${randomBytes(3).toString('hex')}`;
    const page = await j.newPage();

    await loginViaForm(page, 'admin', 'Jieyang2026', /\/workbench$/);
    await expectVisible(page.getByRole('menuitem', { name: '工作台' }));

    await page.getByRole('menuitem', { name: '部门管理' }).click();
    await page.waitForURL(/\/workbench\/departments$/);
    await expectVisible(page.getByRole('heading', { name: '部门管理', level: 1 }));

    await page.getByRole('button', { name: '新建部门' }).click();
    const dialog = page.getByRole('dialog', { name: '新建部门' });
    await expectVisible(dialog);
    await dialog.getByLabel('名称', { exact: true }).fill(name);
    // 类型 defaults to 职能部门
    await expectVisible(dialog.getByTitle('职能部门', { exact: true }));
    await dialog.getByLabel('所属区划').fill('榕城');
    await page.getByTitle('榕城区', { exact: true }).click();
    await expectVisible(dialog.getByTitle('榕城区', { exact: true }));
    await dialog.getByRole('button', { name: '保存' }).click();
    await expectHidden(dialog);

    await page.getByLabel('搜索部门').fill(name);
    const row = page.getByRole('row').filter({ hasText: name });
    await expectVisible(row.filter({ hasText: '榕城区' }).filter({ hasText: '职能部门' }));
    await screenshot(page, 'workbench-departments');

    // The page's own session (cookie) reads it back from the API.
    const res = await page.request.get(`/api/identity/departments?q=${encodeURIComponent(name)}`);
    expect(res.status()).toBe(200);
    const body = (await res.json()) as { items: Department[]; total: number };
    expect(body.items).toHaveLength(1);
    expect(body.items[0]).toMatchObject({ name, kind: 'department', divisionCode: RONGCHENG, divisionName: '榕城区', active: true });
  });
});
