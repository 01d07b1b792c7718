import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { BotApiFake } from '@switchboard/bot-api-fake';
import { aTenant, BuiltTenant, eventually } from './support/builders';
import { launchChromium, openPage, saveScreenshot, signInAsAdmin } from './support/console-browser';
import { aPerson, messageFrom } from './support/telegram-people';
import { ADMIN_TOKEN, startTelegramFake, startTestApp, TestApp } from './support/test-app';

/** The web console (built by the e2e global setup) in a real browser, against the real app on the Bot API fake. */
describe('web console', () => {
  let fake: BotApiFake;
  let app: TestApp;
  let tenant: BuiltTenant;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    fake = await startTelegramFake();
    app = await startTestApp({ telegram: fake });
    tenant = await aTenant(app).withAdmin().build();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await fake?.stop();
  });

  beforeEach(async () => {
    page = await openPage(browser);
  });

  afterEach(async () => {
    await saveScreenshot(page, expect.getState().currentTestName ?? 'console');
    await page.close();
  });

  const signIn = async () => {
    await signInAsAdmin(page, app.url, tenant);
  };

  it('leaves the API alone: an unknown path is still a JSON 404, a screen is the console', async () => {
    const unknown = await app.http().get('/no/such/route');
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('ROUTE_NOT_FOUND');
    const screen = await app.http().get('/inbox');
    expect(screen.status).toBe(200);
    expect(screen.text).toContain('<div id="root">');
    await page.goto(`${app.url}/bots`);
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
  });

  it('refuses a wrong password with the API’s message', async () => {
    await page.goto(`${app.url}/sign-in`);
    await page.getByLabel('Email').fill(tenant.adminEmail!);
    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toMatch(/\S/);
  });

  it('lets the operator see and create tenants', async () => {
    await page.goto(`${app.url}/`);
    await page.getByLabel('Admin token').fill(ADMIN_TOKEN);
    await page.getByRole('button', { name: 'Sign in as operator' }).click();
    await page.getByRole('heading', { name: 'Tenants' }).waitFor();
    await page.getByLabel('Name').fill('Made in the console');
    await page.getByRole('button', { name: 'Create tenant' }).click();
    await page.getByRole('status').filter({ hasText: 'Created Made in the console' }).waitFor();
    const shownOnce = page.getByRole('dialog', { name: "The tenant's API key" });
    const apiKey = (await shownOnce.locator('code').textContent()) ?? '';
    const me = await app.http().post('/graphql').set('Authorization', `Bearer ${apiKey}`).send({ query: '{ me { tenant { name } } }' });
    expect(me.body.data.me.tenant.name).toBe('Made in the console');
    await shownOnce.getByRole('button', { name: 'I have copied it' }).click();
    await shownOnce.waitFor({ state: 'detached' });
    await page.getByRole('rowheader', { name: 'Made in the console' }).waitFor();
  });

  it('keeps the first load, up to the first screen after sign-in, under 400 KB gzipped', async () => {
    const bodies: Buffer[] = [];
    page.on('response', (response) => {
      if (/\.(js|css|html)$|\/$|\/sign-in$/.test(new URL(response.url()).pathname)) bodies.push(response.body() as unknown as Buffer);
    });
    await signIn();
    const gzipped = (await Promise.all(bodies)).reduce((total, body) => total + gzipSync(body).length, 0);
    expect(bodies.length).toBeGreaterThanOrEqual(3);
    expect(gzipped).toBeLessThan(400 * 1024);
  });

  it('registers a bot, shows a new message live and sends the reply to Telegram', async () => {
    const info = fake.addBot({ username: 'console_test_bot' });
    await signIn();

    await page.getByLabel('Name').fill('Console bot');
    await page.getByLabel('Bot token').fill(info.token);
    await page.getByRole('button', { name: 'Register bot' }).click();
    await page.getByRole('status').filter({ hasText: 'Registered @console_test_bot' }).waitFor();
    await page.getByRole('cell', { name: '@console_test_bot' }).waitFor();

    await page.getByRole('link', { name: 'Inbox' }).click();
    await page.getByRole('heading', { name: 'Inbox' }).waitFor();
    const person = aPerson({ first_name: 'Ada', last_name: 'Lovelace' });
    const delivered = await fake.deliverUpdate(info.token, messageFrom(person, 'Hello from Telegram'));
    expect(delivered.delivered).toBe(true);

    const conversation = page.getByRole('button', { name: /Ada Lovelace/ });
    await conversation.waitFor();
    await expect(conversation.textContent()).resolves.toContain('1');
    await conversation.click();
    await page.getByRole('list', { name: 'Messages' }).getByText('Hello from Telegram').waitFor();

    await page.getByLabel('Reply').fill('Hello Ada, how can we help?');
    await page.getByRole('button', { name: 'Send' }).click();
    await eventually(
      async () => fake.callsTo('sendMessage', info.token),
      (calls) => calls.some((call) => call.params.text === 'Hello Ada, how can we help?' && String(call.params.chat_id) === String(person.id)),
    );
    await page.getByRole('list', { name: 'Your replies' }).getByText('SENT').waitFor();
    await page.getByRole('list', { name: 'Messages' }).getByText('Hello Ada, how can we help?').waitFor();

    await page.getByRole('button', { name: 'Mark read' }).click();
    await page.getByRole('button', { name: 'Mark read' }).and(page.locator(':disabled')).waitFor();
  }, 60_000);
});
