import type { Browser, Page } from 'playwright-core';
import { BotApiFake } from '@switchboard/bot-api-fake';
import { aBot, aTenant, BuiltBot, BuiltTenant, eventually } from './support/builders';
import { peopleWhoStarted } from './support/broadcasts';
import { launchChromium, openPage, saveScreenshot, signInAsAdmin } from './support/console-browser';
import { gql } from './support/graphql-client';
import { Person } from './support/telegram-people';
import { startTelegramFake, startTestApp, TestApp } from './support/test-app';

/** The console's Broadcasts screen in a real browser, sending through the real app to the Bot API fake. */
describe('web console: broadcasts', () => {
  let fake: BotApiFake;
  let app: TestApp;
  let tenant: BuiltTenant;
  let bot: BuiltBot;
  let people: Person[];
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    fake = await startTelegramFake();
    app = await startTestApp({ telegram: fake });
    tenant = await aTenant(app).withAdmin().build();
    bot = await aBot(app, fake, tenant, 'News bot');
    people = await peopleWhoStarted(app, fake, bot, tenant.apiKey, 3);
    const segment = await gql(
      app,
      `mutation ($input: CreateSegmentInput!) { createSegment(input: $input) { id } }`,
      { input: { name: 'Started the news bot', criteria: { botId: bot.id, reachable: true } } },
      tenant.apiKey,
    );
    if (segment.errors) throw new Error(`creating the segment failed: ${JSON.stringify(segment.errors)}`);
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
    await saveScreenshot(page, expect.getState().currentTestName ?? 'console-broadcasts');
    await page.close();
  });

  const signIn = async () => {
    await signInAsAdmin(page, app.url, tenant);
  };

  it('shows the API’s message for a schedule in the past, then schedules and cancels a draft', async () => {
    await signIn();
    await page.getByRole('link', { name: 'Broadcasts' }).click();
    await page.getByRole('heading', { name: 'Broadcasts', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Compose a broadcast' }).click();
    await page.getByLabel('Name', { exact: true }).fill('Nobody');
    await page.getByLabel('Text', { exact: true }).fill('Hello');
    await page.getByRole('radio', { name: 'A list of contacts' }).check();
    await page.getByLabel(/^Contact ids/).fill('not-a-contact-id');
    await page.getByRole('button', { name: 'Create draft' }).click();
    await page.getByRole('heading', { name: 'Nobody' }).waitFor();

    await page.getByLabel('Start at').fill('2020-01-01T10:00');
    await page.getByRole('button', { name: 'Schedule' }).click();
    await page.getByRole('alert').filter({ hasText: 'scheduledAt is in the past' }).waitFor();

    await page.getByLabel('Start at').fill(`${new Date().getFullYear() + 1}-01-01T10:00`);
    await page.getByRole('button', { name: 'Schedule' }).click();
    await page.getByRole('status').filter({ hasText: 'Scheduled: SCHEDULED' }).waitFor();
    await page.getByRole('row').filter({ hasText: 'Nobody' }).filter({ hasText: 'SCHEDULED' }).waitFor();

    await page.getByRole('button', { name: 'Cancel broadcast' }).click();
    await page.getByRole('status').filter({ hasText: 'Cancelled: CANCELLED' }).waitFor();
    await page.getByTestId('broadcast-state').filter({ hasText: 'CANCELLED' }).waitFor();
  });

  it('composes a broadcast to a segment, shows its estimate, launches it and follows it to COMPLETED', async () => {
    await signIn();
    await page.getByRole('link', { name: 'Broadcasts' }).click();
    await page.getByRole('heading', { name: 'Broadcasts', exact: true }).waitFor();

    await page.getByRole('button', { name: 'Compose a broadcast' }).click();
    await page.getByLabel('Name', { exact: true }).fill('Spring news');
    await expect(page.getByRole('combobox', { name: /^Bot\b/ }).textContent()).resolves.toContain('News bot');
    await page.getByLabel('Text', { exact: true }).fill('Hello {{first_name|there}}, <b>spring</b> is here');
    await page.getByLabel('Parse mode').selectOption('HTML');
    await page.getByRole('radio', { name: 'A segment' }).check();
    await expect(page.getByRole('combobox', { name: /^Segment\b/ }).textContent()).resolves.toContain('Started the news bot (3 contacts)');
    await page.getByRole('button', { name: 'Create draft' }).click();

    await page.getByRole('heading', { name: 'Spring news' }).waitFor();
    await page.getByTestId('broadcast-state').filter({ hasText: 'DRAFT' }).waitFor();
    await expect(page.getByLabel('Estimate').textContent()).resolves.toContain('Recipients3');

    await page.getByRole('button', { name: 'Launch now' }).click();
    await page.getByRole('status').filter({ hasText: /Launched: (RUNNING|COMPLETED)/ }).waitFor();
    await page.getByTestId('broadcast-state').filter({ hasText: 'COMPLETED' }).waitFor({ timeout: 30_000 });
    await page.getByTestId('sent-count').filter({ hasText: /^3$/ }).waitFor();
    const sentRows = page.getByRole('table', { name: /Deliveries/ }).getByRole('cell', { name: 'SENT', exact: true });
    await sentRows.nth(2).waitFor();
    await expect(sentRows.count()).resolves.toBe(3);
    await page.getByRole('row').filter({ hasText: 'Spring news' }).filter({ hasText: 'COMPLETED' }).waitFor();

    const sends = await eventually(
      async () => fake.callsTo('sendMessage', bot.token),
      (calls) => calls.length >= 3,
    );
    expect(sends.map((call) => String(call.params.chat_id)).sort()).toEqual(people.map((person) => String(person.id)).sort());
    for (const call of sends) {
      expect(call.params.parse_mode).toBe('HTML');
      expect(call.params.text).toMatch(/^Hello .+, <b>spring<\/b> is here$/);
    }
  }, 90_000);
});
