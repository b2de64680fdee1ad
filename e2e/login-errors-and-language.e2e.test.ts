import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectHidden, expectVisible, NO_CHROMIUM, useJourney } from './support/browser';

const htmlLang = (page: Page) => page.locator('html').getAttribute('lang');

describe.skipIf(NO_CHROMIUM)('login: wrong password and language switch', () => {
  const j = useJourney();

  it('shows a clear message for a wrong password, in Chinese and then in English', async () => {
    const page = await j.newPage();
    await page.goto('/login');
    await expectVisible(page.getByRole('heading', { name: '登录', level: 1 }));
    expect(await htmlLang(page)).toBe('zh-CN');

    // empty form: field-level messages, no request
    await page.getByRole('button', { name: '登录' }).click();
    await expectVisible(page.getByText('请输入用户名'));
    await expectVisible(page.getByText('请输入密码'));

    await page.getByLabel('用户名').fill('admin');
    await page.getByLabel('密码').fill('not-the-password-1');
    await page.getByRole('button', { name: '登录' }).click();
    await expectVisible(page.getByRole('alert').filter({ hasText: '用户名或密码错误' }));
    expect(page.url()).toMatch(/\/login$/);

    await page.getByRole('button', { name: 'English' }).click();
    await expectVisible(page.getByRole('heading', { name: 'Sign in', level: 1 }));
    await expect.poll(() => htmlLang(page)).toBe('en');
    await expectVisible(page.getByLabel('Username'));
    await expectVisible(page.getByLabel('Password'));
    await expectVisible(page.getByRole('button', { name: '中文' }));

    await page.getByLabel('Password').fill('still-not-the-password-2');
    // editing the form clears the previous (Chinese) error
    await expectHidden(page.getByRole('alert').filter({ hasText: '用户名或密码错误' }));
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expectVisible(page.getByRole('alert').filter({ hasText: 'Wrong username or password' }));
    expect(page.url()).toMatch(/\/login$/);

    // the choice survives a reload
    await page.reload();
    await expectVisible(page.getByRole('heading', { name: 'Sign in', level: 1 }));
    expect(await htmlLang(page)).toBe('en');

    await page.getByRole('button', { name: '中文' }).click();
    await expectVisible(page.getByRole('heading', { name: '登录', level: 1 }));
    await expect.poll(() => htmlLang(page)).toBe('zh-CN');
  });
});
