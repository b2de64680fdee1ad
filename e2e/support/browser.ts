import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { startPlatform, type RunningPlatform } from './server';

/** The system Chromium (Debian package `chromium`); CI installs it, a laptop may not have it. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const HAS_CHROMIUM = existsSync(CHROMIUM_PATH);
/** Browser journeys skip (not fail) without Chromium: use with `describe.skipIf(NO_CHROMIUM)`. */
export const NO_CHROMIUM = !HAS_CHROMIUM;
if (NO_CHROMIUM)
  console.warn(
    `[e2e] Chromium not found at ${CHROMIUM_PATH}: browser journeys are SKIPPED. ` +
      'Install it (apt-get install chromium) or set CHROMIUM_PATH to run them.',
  );

/** How long a web-first wait (visible, hidden, URL) may take before the step fails. */
export const UI_TIMEOUT_MS = 20_000;

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--no-first-run',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface Journey {
  readonly platform: RunningPlatform;
  readonly browser: Browser;
  readonly baseUrl: string;
  /** A fresh browser context (own cookies and storage) and page; closed after the test. */
  newPage(options?: { locale?: string }): Promise<Page>;
}

/**
 * One platform and one browser for the calling test file (call inside `describe`). Every page's
 * uncaught script errors fail the test that opened it. `start` may run the platform in-process.
 */
export function useJourney(start: () => Promise<RunningPlatform> = startPlatform): Journey {
  let platform: RunningPlatform | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    [platform, browser] = await Promise.all([start(), launchBrowser()]);
  });
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((c) => c.close().catch(() => undefined)));
    const errors = pageErrors.splice(0);
    if (errors.length) throw new Error(`uncaught errors in the page:\n${errors.join('\n')}`);
  });
  afterAll(async () => {
    await browser?.close().catch(() => undefined);
    await platform?.stop();
  });

  const need = <T>(v: T | undefined, what: string): T => {
    if (v === undefined) throw new Error(`${what} is not started (beforeAll failed?)`);
    return v;
  };

  return {
    get platform() {
      return need(platform, 'platform');
    },
    get browser() {
      return need(browser, 'browser');
    },
    get baseUrl() {
      return need(platform, 'platform').baseUrl;
    },
    async newPage({ locale = 'zh-CN' } = {}) {
      const context = await need(browser, 'browser').newContext({
        baseURL: need(platform, 'platform').baseUrl,
        locale,
        timezoneId: 'Asia/Shanghai',
        viewport: { width: 1366, height: 900 },
      });
      contexts.push(context);
      context.setDefaultTimeout(UI_TIMEOUT_MS);
      context.setDefaultNavigationTimeout(UI_TIMEOUT_MS);
      const page = await context.newPage();
      page.on('pageerror', (err) => pageErrors.push(`${page.url()}: ${err.stack ?? err.message}`));
      return page;
    },
  };
}

/** Web-first "is visible" (playwright-core has no `expect`): waits, then fails with the locator's description. */
export async function expectVisible(locator: Locator, timeout = UI_TIMEOUT_MS): Promise<void> {
  await locator.first().waitFor({ state: 'visible', timeout });
}

/** Web-first "is not there / not visible". */
export async function expectHidden(locator: Locator, timeout = UI_TIMEOUT_MS): Promise<void> {
  await locator.first().waitFor({ state: 'hidden', timeout });
}

/** Signs in through the login form and waits for the area the account lands in. */
export async function loginViaForm(page: Page, username: string, password: string, landing: RegExp): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: '登录' }).click();
  await page.waitForURL(landing);
}

/** Saves a screenshot when E2E_SCREENSHOT_DIR is set (kept out of the repository). */
export async function screenshot(page: Page, name: string): Promise<void> {
  const dir = process.env.E2E_SCREENSHOT_DIR;
  if (!dir) return;
  await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: true });
}
