import type { Browser, Page } from 'playwright-core';
import { BotApiFake } from '@switchboard/bot-api-fake';
import { LlmFake } from '@switchboard/llm-fake';
import { aTenant, BuiltTenant } from './support/builders';
import { launchChromium, pagePerTest, signInAsAdmin } from './support/console-browser';
import { startTelegramFake, startTestApp, TestApp } from './support/test-app';

const LLM_KEY = 'sk-test-platform-key';

/** The console's Replicas screen in a real browser: a replica made, tried in its test chat against a model, and put on Telegram. */
describe('web console: replicas', () => {
  let fake: BotApiFake;
  let llm: LlmFake;
  let app: TestApp;
  let tenant: BuiltTenant;
  let browser: Browser;
  let page: Page;

  pagePerTest(() => browser, (opened) => (page = opened));

  beforeAll(async () => {
    browser = await launchChromium();
    fake = await startTelegramFake();
    llm = new LlmFake({ apiKey: LLM_KEY });
    await llm.start();
    app = await startTestApp({ telegram: fake, env: { REPLICA_LLM_BASE_URL: llm.baseUrl, REPLICA_LLM_API_KEY: LLM_KEY } });
    tenant = await aTenant(app).withAdmin().build();
  }, 120_000);

  afterEach(() => llm.reset());

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await llm?.stop();
    await fake?.stop();
  });

  beforeEach(async () => {
    await signInAsAdmin(page, app.url, tenant);
    await page.getByRole('link', { name: 'Replicas' }).click();
    await page.getByRole('heading', { name: 'Replicas', exact: true }).waitFor();
  });

  const createReplica = async (name: string, slug: string, systemMessage: string) => {
    await page.getByLabel('Name', { exact: true }).fill(name);
    await page.getByLabel('Short description').fill('Answers guests day and night');
    await page.getByLabel('Greeting').fill('Hi! How can I help?');
    await page.getByLabel(/^Slug/).fill(slug);
    await page.getByLabel(/^Suggested questions/).fill('When is breakfast?\nIs there a pool?');
    await page.getByLabel('System message').fill(systemMessage);
    await page.getByRole('button', { name: 'Create replica' }).click();
    await page.getByRole('heading', { name, level: 2 }).waitFor();
    await page.getByRole('grid', { name: 'Your replicas' }).getByRole('gridcell', { name: slug }).waitFor();
  };

  it("creates a replica and shows the model's answers in its test chat, the conversation kept in the page", async () => {
    await createReplica('Hotel concierge', 'hotel-concierge', 'You are a friendly concierge.');

    const conversation = page.getByRole('list', { name: 'Test conversation' });
    await page.getByLabel('Your message').fill('When is breakfast?');
    await page.getByRole('button', { name: 'Send' }).click();
    await conversation.getByText('You said: When is breakfast?').waitFor();

    // The Enter key sends too; the second question goes with the first turns.
    await page.getByLabel('Your message').fill('And dinner?');
    await page.getByLabel('Your message').press('Enter');
    await conversation.getByText('You said: And dinner?').waitFor();

    const requests = llm.chatRequests();
    expect(requests).toHaveLength(2);
    expect(requests[0].messages).toEqual([
      { role: 'system', content: 'You are a friendly concierge.' },
      { role: 'user', content: 'When is breakfast?' },
    ]);
    expect(requests[1].messages).toEqual([
      { role: 'system', content: 'You are a friendly concierge.' },
      { role: 'user', content: 'When is breakfast?' },
      { role: 'assistant', content: 'You said: When is breakfast?' },
      { role: 'user', content: 'And dinner?' },
    ]);
  }, 60_000);

  it("shows the fallback and why when the model fails, saves the replica's settings, and follows its Telegram start through an outage", async () => {
    await createReplica('Spa assistant', 'spa-assistant', 'You answer questions about the spa.');

    llm.queueReplies({ error: { status: 500 } });
    await page.getByLabel('Your message').fill('Is the spa open?');
    await page.getByRole('button', { name: 'Send' }).click();
    const conversation = page.getByRole('list', { name: 'Test conversation' });
    await conversation.getByText("Sorry, I can't answer right now.", { exact: false }).waitFor();
    await conversation.getByText(/No answer: .*HTTP 500/).waitFor();

    await page.getByLabel('System message').fill('You answer questions about the spa, briefly.');
    await page.getByRole('button', { name: 'Save replica' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();

    // Telegram is out of reach when the integration is made: it starts in the background once it is back.
    const bot = fake.addBot({ username: 'spa_helper_bot' });
    const outage = fake.inject({ token: bot.token, method: 'getMe', times: Infinity, fault: { kind: 'server-error', status: 502 } });
    await page.getByLabel('Bot token').fill(bot.token);
    await page.getByLabel(/^Mention/).fill('@spa_helper_bot');
    await page.getByRole('button', { name: 'Integrate with Telegram' }).click();
    const integration = page.getByRole('region', { name: 'Telegram' });
    await integration.getByRole('status').filter({ hasText: 'Integration starting.' }).waitFor();
    const facts = integration.getByRole('definition');
    await facts.filter({ hasText: /^starting: / }).waitFor();
    await facts.filter({ hasText: 'Telegram could not be reached; starting the bot is retried' }).waitFor();
    await facts.filter({ hasText: '@spa_helper_bot' }).waitFor();
    outage.remove();
    await facts.filter({ hasText: /^active$/ }).waitFor({ timeout: 30_000 });
    await facts.filter({ hasText: /\(@spa_helper_bot\)$/ }).waitFor();

    await page.getByRole('button', { name: 'Remove integration' }).click();
    await page.getByRole('alertdialog', { name: 'Remove integration' }).getByRole('button', { name: 'Remove' }).click();
    await integration.getByRole('status').filter({ hasText: 'Integration removed.' }).waitFor();
    await page.getByRole('button', { name: 'Integrate with Telegram' }).waitFor();
    await expect(integration.getByRole('status').allTextContents()).resolves.toEqual(['Integration removed.']);
  }, 90_000);

  it('deletes a replica only once the question is confirmed', async () => {
    await createReplica('Night porter', 'night-porter', 'You answer at night.');
    const question = page.getByRole('alertdialog', { name: 'Delete Night porter' });
    await page.getByRole('button', { name: 'Delete Night porter' }).click();
    await question.getByRole('button', { name: 'Cancel' }).click();
    await question.waitFor({ state: 'detached' });
    await expect(page.getByRole('heading', { name: 'Night porter', level: 2 }).isVisible()).resolves.toBe(true);

    await page.getByRole('button', { name: 'Delete Night porter' }).click();
    await question.getByRole('button', { name: 'Delete', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Deleted Night porter.' }).waitFor();
    await page.getByRole('grid', { name: 'Your replicas' }).getByRole('rowheader', { name: 'Night porter' }).waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Create replica' }).waitFor();
  }, 60_000);
});
