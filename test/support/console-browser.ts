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

/** Screenshots the README shows, written only when CONSOLE_README_SCREENSHOTS=1 (then committed). */
export const README_SCREENSHOTS = join(process.cwd(), 'docs', 'screenshots');

/** Also keeps this screen as docs/screenshots/<name>.png for the README, when CONSOLE_README_SCREENSHOTS=1. */
export async function saveReadmeScreenshot(page: Page, name: string): Promise<void> {
  if (process.env.CONSOLE_README_SCREENSHOTS !== '1') return;
  mkdirSync(README_SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(README_SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** A fresh page for one test, quick to fail: a screen that does not come within 10 s is a failure. */
export async function openPage(browser: Browser): Promise<Page> {
  const page = await browser.newPage();
  page.setDefaultTimeout(10_000);
  return page;
}

/** Where the console keeps who is signed in (apps/console/src/session.ts); the tests' tsconfig has no DOM types, so the page is given expressions. */
const SESSION_KEY = 'switchboard.session';
/** The session each admin's first sign-in in this suite stored, by app and email. */
const sessions = new Map<string, string>();

/**
 * Signs the tenant's admin user in and waits for the first screen after it. The first time in a
 * suite it goes through the sign-in screen; later pages take over the session it stored, as a
 * second tab would, so a suite of more tests than the login limit (5 a minute per account) allows
 * still signs in once.
 */
export async function signInAsAdmin(page: Page, appUrl: string, tenant: Pick<BuiltTenant, 'adminEmail' | 'adminPassword'>): Promise<void> {
  const account = `${appUrl} ${tenant.adminEmail!}`;
  const stored = sessions.get(account);
  await page.goto(`${appUrl}/`);
  if (stored) {
    await page.evaluate(`sessionStorage.setItem(${JSON.stringify(SESSION_KEY)}, ${JSON.stringify(stored)})`);
    await page.reload();
  } else {
    await page.getByLabel('Email').fill(tenant.adminEmail!);
    await page.getByLabel('Password').fill(tenant.adminPassword!);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  }
  await page.getByRole('heading', { name: 'Bots' }).waitFor();
  if (!stored) sessions.set(account, await page.evaluate<string>(`sessionStorage.getItem(${JSON.stringify(SESSION_KEY)})`));
}

/**
 * A fresh page for each test of a suite, handed to the suite through `use`, and a screenshot of
 * its last screen once the test is over. Registered before the suite's own hooks, so a suite's
 * beforeEach may already use the page and its afterEach see it open.
 */
export function pagePerTest(browser: () => Browser, use: (page: Page) => void): void {
  let page: Page | undefined;
  beforeEach(async () => {
    page = await openPage(browser());
    use(page);
  });
  afterEach(async () => {
    if (!page) return;
    await saveScreenshot(page, expect.getState().currentTestName ?? 'console');
    await page.close();
  });
}
