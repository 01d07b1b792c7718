import type { Browser, Page } from 'playwright-core';
import { BotApiFake } from '@switchboard/bot-api-fake';
import { aBot, aTenant, BuiltBot, BuiltTenant } from './support/builders';
import { launchChromium, openPage, saveScreenshot, signInAsAdmin } from './support/console-browser';
import { aPerson, deliver, messageFrom, Person } from './support/telegram-people';
import { startTelegramFake, startTestApp, TestApp } from './support/test-app';

/** The console's Contacts screen in a real browser, on contacts made by people writing to a bot through the Bot API fake. */
describe('web console: contacts and segments', () => {
  let fake: BotApiFake;
  let app: TestApp;
  let tenant: BuiltTenant;
  let bot: BuiltBot;
  let ada: Person;
  let others: Person[];
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    fake = await startTelegramFake();
    app = await startTestApp({ telegram: fake });
    tenant = await aTenant(app).withAdmin().build();
    bot = await aBot(app, fake, tenant, 'Shop bot');
    ada = aPerson({ first_name: 'Ada', last_name: 'Lovelace', username: 'ada_engines' });
    others = [aPerson({ first_name: 'Charles' }), aPerson({ first_name: 'Mary' })];
    await deliver(
      app,
      fake,
      bot,
      tenant.apiKey,
      messageFrom(ada, '/start'),
      messageFrom(ada, 'Is the analytical engine in stock?'),
      ...others.map((person) => messageFrom(person, '/start')),
    );
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
    await saveScreenshot(page, expect.getState().currentTestName ?? 'console-contacts');
    await page.close();
  });

  const openContacts = async () => {
    await signInAsAdmin(page, app.url, tenant);
    await page.getByRole('link', { name: 'Contacts' }).click();
    await page.getByRole('heading', { name: 'Contacts', exact: true }).waitFor();
  };

  it('finds a contact by search, opens its card with its message, and saves its tags', async () => {
    await openContacts();
    const find = page.getByRole('form', { name: 'Find contacts' });
    await page.getByRole('table', { name: /^Contacts/ }).getByRole('row').nth(3).waitFor();

    await find.getByLabel('Search').fill('ada_eng');
    await find.getByRole('button', { name: 'Find' }).click();
    await page.getByRole('button', { name: 'Open Charles' }).waitFor({ state: 'detached' });
    await expect(page.getByRole('table', { name: /^Contacts/ }).getByRole('row').count()).resolves.toBe(2);

    await page.getByRole('button', { name: 'Open Ada Lovelace' }).click();
    await page.getByRole('heading', { name: 'Ada Lovelace' }).waitFor();
    await page.getByRole('list', { name: /Conversation/ }).getByText('Is the analytical engine in stock?').waitFor();
    await page.getByRole('table', { name: 'Identities' }).getByRole('cell', { name: 'Shop bot' }).waitFor();

    await page.getByLabel('Tags (separated by commas)').fill('vip, engines');
    await page.getByRole('button', { name: 'Save contact' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved Ada Lovelace' }).waitFor();
    await page.getByRole('row').filter({ hasText: 'Ada Lovelace' }).getByRole('cell', { name: 'vip, engines' }).waitFor();

    await page.getByLabel('Id of a contact to merge into this one').fill('999999');
    await page.getByRole('button', { name: 'Merge into Ada Lovelace' }).click();
    await page.getByRole('alert').filter({ hasText: 'Contact 999999 not found' }).waitFor();
  }, 60_000);

  it('creates a segment while its live count follows the criteria, and deletes a contact after confirming', async () => {
    await openContacts();
    await page.getByRole('button', { name: 'New segment' }).click();
    const form = page.getByRole('form', { name: 'New segment' });
    await form.getByLabel('Segment name').fill('Shop regulars');
    await form.getByLabel('Bot').selectOption({ label: `Shop bot (@${bot.username})` });
    const live = page.getByTestId('live-count');
    await live.filter({ hasText: /^3 matching contacts$/ }).waitFor();
    await form.getByLabel('Search').fill('Ada');
    await live.filter({ hasText: /^1 matching contact$/ }).waitFor();
    await form.getByLabel('Search').fill('');
    await form.getByLabel('Reachable').selectOption('true');
    await live.filter({ hasText: /^3 matching contacts$/ }).waitFor();
    await form.getByRole('button', { name: 'Create segment' }).click();
    await page.getByRole('status').filter({ hasText: 'Created the segment Shop regulars: 3 contacts' }).waitFor();
    await page.getByRole('row').filter({ hasText: 'Shop regulars' }).getByRole('cell', { name: '3', exact: true }).waitFor();

    await page.getByRole('button', { name: 'Open Mary' }).click();
    await page.getByRole('heading', { name: 'Mary' }).waitFor();
    await page.getByRole('button', { name: 'Delete contact' }).click();
    await page.getByRole('button', { name: 'Keep' }).click();
    await page.getByRole('button', { name: 'Delete contact' }).click();
    await page.getByRole('button', { name: 'Yes, delete Mary' }).click();
    await page.getByRole('heading', { name: 'Mary' }).waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Open Mary' }).waitFor({ state: 'detached' });

    await page.getByRole('button', { name: 'Edit Shop regulars' }).click();
    await page.getByTestId('live-count').filter({ hasText: /^2 matching contacts$/ }).waitFor();
  }, 60_000);
});
