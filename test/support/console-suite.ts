import type { Browser, Page } from 'playwright-core';
import { BotApiFake } from '@switchboard/bot-api-fake';
import { aTenant, BuiltTenant } from './builders';
import { launchChromium, pagePerTest } from './console-browser';
import { startTelegramFake, startTestApp, TestApp } from './test-app';

export interface ConsoleSuite {
  fake: BotApiFake;
  app: TestApp;
  tenant: BuiltTenant;
}

interface ConsoleSuiteOptions {
  /** The Bot API fake the app talks to; the tests' usual one when left out. */
  fake?: () => Promise<BotApiFake>;
  env?: Record<string, string>;
}

/**
 * What a browser suite of the console stands on, made once for its file: Chromium, the Bot API
 * fake, the app on it and a tenant with an admin user (handed over through `use`), and a fresh
 * page for each test (through `usePage`). A suite's own `beforeAll`, registered after, runs once
 * all of it is there.
 */
export function consoleSuite(use: (made: ConsoleSuite) => void, usePage: (page: Page) => void, options: ConsoleSuiteOptions = {}): void {
  let browser: Browser | undefined;
  let made: Partial<ConsoleSuite> = {};
  pagePerTest(() => browser!, usePage);
  beforeAll(async () => {
    browser = await launchChromium();
    const fake = await (options.fake ?? startTelegramFake)();
    made = { fake };
    const app = await startTestApp({ telegram: fake, env: options.env });
    made = { fake, app, tenant: await aTenant(app).withAdmin().build() };
    use(made as ConsoleSuite);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await made.app?.close();
    await made.fake?.stop();
  });
}
