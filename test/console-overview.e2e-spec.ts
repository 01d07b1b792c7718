import type { Browser, Page } from 'playwright-core';
import { BotApiFake } from '@switchboard/bot-api-fake';
import { aBot, aTenant, BuiltBot, BuiltTenant } from './support/builders';
import { launchChromium, openPage, saveScreenshot, signInAsAdmin } from './support/console-browser';
import { gql } from './support/graphql-client';
import { startTelegramFake, startTestApp, TestApp } from './support/test-app';

/** The console's Overview and Jobs screens in a real browser, against the real app and the Bot API fake. */
describe('web console: overview and jobs', () => {
  let fake: BotApiFake;
  let app: TestApp;
  let tenant: BuiltTenant;
  let bot: BuiltBot;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    fake = await startTelegramFake();
    app = await startTestApp({ telegram: fake });
    tenant = await aTenant(app).withAdmin().build();
    bot = await aBot(app, fake, tenant, 'Jobs bot');
    const segment = await gql(
      app,
      `mutation ($input: CreateSegmentInput!) { createSegment(input: $input) { id } }`,
      { input: { name: 'Testers', criteria: { botId: bot.id } } },
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
    await saveScreenshot(page, expect.getState().currentTestName ?? 'console-overview');
    await page.close();
  });

  it('shows the bot’s webhook health, then creates a job and lists it', async () => {
    const health = await gql<{ bot: { connection: { connected: boolean } } }>(
      app,
      `query ($id: ID!) { bot(id: $id) { connection { connected } } }`,
      { id: bot.id },
      tenant.apiKey,
    );
    const connected = health.data!.bot.connection.connected;

    await signInAsAdmin(page, app.url, tenant);

    await page.getByRole('link', { name: 'Overview' }).click();
    await page.getByRole('heading', { name: 'Overview', exact: true }).waitFor();
    const row = page.getByRole('row').filter({ hasText: `Jobs bot (@${bot.username})` });
    await row.getByTestId(`webhook-${bot.id}`).filter({ hasText: connected ? /^Connected/ : /^Not connected/ }).waitFor();
    await expect(row.getByRole('cell').nth(2).textContent()).resolves.toBe('1000');

    await page.getByRole('link', { name: 'Jobs' }).click();
    await page.getByRole('heading', { name: 'Jobs', exact: true }).waitFor();
    await page.getByText('No jobs yet.').waitFor();
    await page.getByLabel('Title').fill('Test the checkout flow');
    await page.getByLabel('Link').fill('https://example.com/jobs/checkout');
    await page.getByLabel('Segment').selectOption({ label: 'Testers (0 contacts)' });
    await page.getByLabel('Message (optional)').fill('A new test is waiting for you');
    await page.keyboard.press('Tab');
    await page.getByRole('button', { name: 'Create job' }).press('Enter');

    await page.getByRole('status').filter({ hasText: 'Created Test the checkout flow' }).waitFor();
    const jobRow = page.getByRole('table', { name: 'Jobs' }).getByRole('row').filter({ hasText: 'Test the checkout flow' });
    await jobRow.filter({ hasText: 'https://example.com/jobs/checkout' }).filter({ hasText: 'Testers' }).waitFor();

    const jobs = await gql<{ jobs: { nodes: { title: string; segmentId: string | null; message: string | null }[] } }>(
      app,
      `{ jobs(first: 10) { nodes { title segmentId message } } }`,
      {},
      tenant.apiKey,
    );
    expect(jobs.data!.jobs.nodes).toEqual([expect.objectContaining({ title: 'Test the checkout flow', message: 'A new test is waiting for you' })]);
    expect(jobs.data!.jobs.nodes[0].segmentId).toBeTruthy();

    await jobRow.getByRole('button', { name: 'Send Test the checkout flow to its segment' }).click();
    await page.getByRole('heading', { name: 'Send Test the checkout flow to Testers' }).waitFor();
    await expect(page.getByLabel(/^Notification text/).inputValue()).resolves.toBe('A new test is waiting for you');
    await page.getByRole('button', { name: 'Send now' }).click();
    const sendForm = page.getByRole('form', { name: /^Send / });
    await sendForm.getByRole('status').filter({ hasText: /^Job: Test the checkout flow: (RUNNING|COMPLETED) to 0 contacts/ }).waitFor();
  });
});
