import type { Browser, Page } from 'playwright-core';
import { eventually } from './support/builders';
import { launchChromium, openPage, saveScreenshot, signInAsAdmin } from './support/console-browser';
import { gql } from './support/graphql-client';
import { aPerson, deliver, messageFrom, Person } from './support/telegram-people';
import { startTelegramWorld, TelegramWorld } from './support/telegram-world';

/** The console's Jobs screen in a real browser, against the real app and the Bot API fake. */
describe('web console: jobs', () => {
  let world: TelegramWorld;
  let browser: Browser;
  let page: Page;
  let tester: Person;

  beforeAll(async () => {
    browser = await launchChromium();
    world = await startTelegramWorld({ admin: true });
    const segment = await gql(world.app, 'mutation($input: CreateSegmentInput!) { createSegment(input: $input) { id } }', { input: { name: 'Testers', criteria: { botId: world.bot.id } } }, world.tenant.apiKey);
    if (segment.errors) throw new Error(`creating the segment failed: ${JSON.stringify(segment.errors)}`);
    // A tester who connected Telegram: their backend gave us their chat id with their own id, and they wrote to the bot.
    tester = aPerson({ first_name: 'Grace' });
    const tokens = await world.app
      .http()
      .post(`/v1/apps/${world.bot.id}/tokens`)
      .set('authorization', `Bearer ${world.tenant.apiKey}`)
      .send({ tokens: [{ token: String(tester.id), externalCustomerId: 'tester_grace' }] });
    if (tokens.status !== 200) throw new Error(`adding the tester's token failed: ${tokens.status} ${JSON.stringify(tokens.body)}`);
    await deliver(world.app, world.fake, world.bot, world.tenant.apiKey, messageFrom(tester, 'hi'));
    // One page signed in once: each test starts from a fresh load of the Jobs screen.
    page = await openPage(browser);
    await signInAsAdmin(page, world.app.url, world.tenant);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await world?.close();
  });

  beforeEach(async () => {
    await page.goto(`${world.app.url}/jobs`);
    await page.getByRole('heading', { name: 'Jobs', exact: true }).waitFor();
  });

  afterEach(async () => {
    await saveScreenshot(page, `jobs ${expect.getState().currentTestName ?? ''}`);
  });

  const sentTo = (person: Person, text: string) =>
    eventually(
      async () => world.fake.callsTo('sendMessage', world.bot.token).filter((call) => String(call.params.chat_id) === String(person.id) && call.params.text === text),
      (calls) => calls.length === 1,
    );

  it('creates a job aimed at a segment, then tells one tester about it; an unknown tester gets the API’s error', async () => {
    await page.getByLabel('Title').fill('Checkout study');
    await page.getByLabel('Link').fill('https://example.com/jobs/checkout');
    await page.getByLabel('Segment').selectOption({ label: 'Testers (1 contacts)' });
    await page.getByRole('button', { name: 'Create job' }).click();
    await page.getByRole('status').filter({ hasText: /^Created Checkout study \(job_/ }).waitFor();
    const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Checkout study' }) });
    await row.getByRole('gridcell', { name: 'Testers' }).waitFor();

    await row.getByRole('button', { name: 'Notify a tester about Checkout study' }).click();
    const form = page.getByRole('form', { name: 'Notify a tester about Checkout study' });
    await form.getByLabel(/^Tester id/).fill('nobody_here');
    await form.getByRole('button', { name: 'Notify tester' }).click();
    await form.getByRole('alert').filter({ hasText: 'Tester nobody_here has not connected a Telegram account' }).waitFor();

    await form.getByLabel(/^Tester id/).fill('tester_grace');
    await form.getByLabel(/^Message/).fill('Grace, a study for you');
    await form.getByRole('button', { name: 'Notify tester' }).click();
    await form.getByRole('status').filter({ hasText: `Sent to tester_grace (Telegram chat ${tester.id}` }).waitFor();
    const [call] = await sentTo(tester, 'Grace, a study for you');
    const button = (call.params.reply_markup as { inline_keyboard: Array<Array<{ text: string; url: string }>> }).inline_keyboard[0][0];
    expect(button.text).toBe('View details');
    const followed = await world.app.http().get(new URL(button.url).pathname).redirects(0);
    expect(followed.headers.location).toBe('https://example.com/jobs/checkout');
  });

  it('sends a job to its segment as a broadcast', async () => {
    const created = await gql(world.app, 'mutation { createJob(input: { title: "Onboarding interview", url: "https://example.com/jobs/onboarding" }) { id } }', {}, world.tenant.apiKey);
    expect(created.errors).toBeUndefined();
    await page.reload();
    const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Onboarding interview' }) });
    await row.getByRole('button', { name: 'Send Onboarding interview to its segment' }).click();
    const form = page.getByRole('form', { name: 'Send Onboarding interview to every contact' });
    await form.getByLabel('Notification text').fill('Join our onboarding interview');
    await form.getByRole('button', { name: 'Send now' }).click();
    await form.getByRole('status').filter({ hasText: /^Job: Onboarding interview: (RUNNING|COMPLETED) to 1 contacts/ }).waitFor();
    await sentTo(tester, 'Join our onboarding interview');
  });

  it('pages the jobs, twenty at a time', async () => {
    for (let index = 1; index <= 21; index++) {
      const created = await gql(world.app, 'mutation($input: CreateJobInput!) { createJob(input: $input) { id } }', {
        input: { title: `Paged job ${String(index).padStart(2, '0')}`, url: 'https://example.com/jobs/paged' },
      }, world.tenant.apiKey);
      expect(created.errors).toBeUndefined();
    }
    await page.reload();
    const jobs = page.getByRole('grid', { name: 'Jobs' });
    await jobs.getByRole('rowheader', { name: 'Paged job 21' }).waitFor();
    await expect(jobs.getByRole('rowheader').count()).resolves.toBe(20);
    await expect(jobs.getByRole('rowheader', { name: 'Paged job 01' }).count()).resolves.toBe(0);
    const pager = page.getByRole('navigation', { name: 'Jobs pages' });
    await pager.getByRole('button', { name: 'Next page' }).click();
    await jobs.getByRole('rowheader', { name: 'Paged job 01' }).waitFor();
    await pager.getByText('Page 2').waitFor();
    await pager.getByRole('button', { name: 'Previous page' }).press('Enter');
    await jobs.getByRole('rowheader', { name: 'Paged job 21' }).waitFor();
  });
});
