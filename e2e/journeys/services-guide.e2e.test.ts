import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Guide, ItemDetail } from '@yiwang/contracts';
import { DEMO_ITEMS } from '@yiwang/services';
import { expectHidden, expectVisible, loginViaForm, NO_CHROMIUM, screenshot, useJourney } from '../support/browser';

const FOOD = DEMO_ITEMS.find((i) => i.name === '食品经营许可')!.elements;

describe.skipIf(NO_CHROMIUM)('一网通办: an admin publishes a service item, a visitor prints its guide', () => {
  const j = useJourney();

  it('takes a registered item through review to published, then shows it to a visitor without login, printable', async () => {
    const suffix = randomBytes(2).toString('hex');
    const name = `端到端测试许可${suffix}`;
    const admin = await j.newPage();
    await loginViaForm(admin, 'zsj.admin', 'Jieyang2026', /\/workbench$/);

    // the department's registration (the editor's fields are covered by the API tests): a complete draft
    const me = await (await admin.request.get('/api/identity/me')).json();
    const depts = await (await admin.request.get(`/api/identity/departments?q=${encodeURIComponent('揭阳市市场监督管理局')}`)).json();
    const main = String(90000 + (parseInt(suffix, 16) % 9999)).padStart(5, '0');
    const created = await admin.request.post('/api/services/items', {
      headers: { 'x-csrf-token': me.csrfToken },
      data: { ...FOOD, code: `XK${main}000445200`, name, type: 'XK', departmentId: depts.items[0].id },
    });
    expect(created.status(), await created.text()).toBe(200);
    const item = (await created.json()) as ItemDetail;

    await admin.getByRole('menuitem', { name: '事项目录' }).click();
    await admin.waitForURL(/\/workbench\/services\/items$/);
    await admin.getByLabel('搜索事项名称或编码').fill(name);
    await admin.getByRole('link', { name }).click();
    await admin.waitForURL(new RegExp(`/workbench/services/items/${item.id}$`));
    await expectVisible(admin.getByRole('heading', { name, level: 1 }));
    await expectVisible(admin.getByText('要素齐全，可以提交审核'));
    await expectVisible(admin.getByRole('tab', { name: '申请材料' }));
    // the editor saves only what changed: here the promised limit
    await admin.getByRole('tab', { name: '流程与时限' }).click();
    await admin.getByLabel('承诺办结时限（工作日）').fill('2');
    await admin.getByRole('button', { name: '保存草稿' }).click();
    await expectVisible(admin.getByText('草稿已保存'));
    await expectVisible(admin.getByText('各环节时限合计 3 个工作日，超过承诺办结时限 2 个工作日'));
    await admin.getByRole('button', { name: '提交审核' }).click();
    await expectVisible(admin.getByText('待审核'));
    await admin.getByLabel('审核意见（选填）').fill('要素齐全，同意发布');
    await admin.getByRole('button', { name: '审核发布' }).click();
    await expectVisible(admin.getByText('已发布', { exact: true }));
    await admin.getByRole('tab', { name: '版本' }).click();
    await expectVisible(admin.getByText('v1', { exact: true }));
    await screenshot(admin, 'services-editor-published');

    // a visitor with no session finds it in the public catalog and opens the guide
    const visitor = await j.newPage();
    await visitor.goto('/services');
    await expectVisible(visitor.getByRole('heading', { name: '办事指南', level: 1 }));
    await visitor.getByLabel('搜索事项名称或编码').fill(name);
    await visitor.getByRole('link', { name }).click();
    await visitor.waitForURL(new RegExp(`/guide/${item.id}$`));
    await expectVisible(visitor.getByRole('heading', { name, level: 1 }));
    for (const section of ['设定依据', '受理条件', '申请材料', '办理流程', '办理时限', '办理地点和时间'])
      await expectVisible(visitor.getByRole('heading', { name: section, level: 2 }));
    await expectVisible(visitor.getByRole('cell', { name: /食品经营许可申请书/ }));
    await expectVisible(visitor.getByText('揭阳市市场监督管理局'));
    await expectVisible(visitor.getByText('可用电子证照“营业执照”免交'));
    const print = visitor.getByRole('button', { name: '打印办事指南' });
    await expectVisible(print);
    await screenshot(visitor, 'services-guide');

    // on paper: the guide only, without the site's header, footer and buttons
    await visitor.emulateMedia({ media: 'print' });
    await expectHidden(print);
    await expectHidden(visitor.locator('.ant-layout-header'));
    await expectVisible(visitor.getByRole('heading', { name: '申请材料', level: 2 }));
    const pdf = await visitor.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');

    const guide = (await (await visitor.request.get(`/api/services/public/items/${item.id}`)).json()) as Guide;
    expect(guide).toMatchObject({ name, versionNo: 1, current: true });
    expect(guide.content.timeLimits).toMatchObject({ statutoryDays: 10, promisedDays: 2 });
  });
});
