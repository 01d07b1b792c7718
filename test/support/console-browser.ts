import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Browser, chromium, Page } from 'playwright-core';
import { BuiltTenant } from './builders';

/** Debian's chromium: Playwright's own browser download is not used. `.ci/run` installs it. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Screenshots of each test's last screen (git-ignored). */
export const SCREENSHOTS = join(process.cwd(), 'test-output', 'console');

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`The console tests drive Chromium at ${CHROMIUM}, which is missing: install it (apt-get install -y chromium) or set CHROMIUM_PATH.`);
  }
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] });
}

export async function saveScreenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}.png`), fullPage: true });
}

/**
 * A screenshot the README shows, written to docs/screenshots/<name>.png only when
 * CONSOLE_README_SCREENSHOTS=1, so an ordinary test run leaves the committed pictures alone.
 */
export async function saveReadmeScreenshot(page: Page, name: string): Promise<void> {
  if (process.env.CONSOLE_README_SCREENSHOTS !== '1') return;
  const directory = join(process.cwd(), 'docs', 'screenshots');
  mkdirSync(directory, { recursive: true });
  await page.screenshot({ path: join(directory, `${name}.png`), fullPage: true });
}

/** A fresh page for one test, quick to fail: a screen that does not come within 10 s is a failure. */
export async function openPage(browser: Browser): Promise<Page> {
  const page = await browser.newPage();
  page.setDefaultTimeout(10_000);
  return page;
}

/** Signs the tenant's admin user in through the sign-in screen and waits for the first screen after it. */
export async function signInAsAdmin(page: Page, appUrl: string, tenant: Pick<BuiltTenant, 'adminEmail' | 'adminPassword'>): Promise<void> {
  await page.goto(`${appUrl}/`);
  await page.getByLabel('Email').fill(tenant.adminEmail!);
  await page.getByLabel('Password').fill(tenant.adminPassword!);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.getByRole('heading', { name: 'Bots' }).waitFor();
}
