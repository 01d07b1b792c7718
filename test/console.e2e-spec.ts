import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { BotApiFake, callbackQueryUpdate } from '@switchboard/bot-api-fake';
import { aBot, aTenant, BuiltTenant, eventually } from './support/builders';
import { saveReadmeScreenshot, saveScreenshot, signInAsAdmin } from './support/console-browser';
import { consoleSuite } from './support/console-suite';
import { aPerson, deliver, messageFrom } from './support/telegram-people';
import { ADMIN_TOKEN, TestApp } from './support/test-app';

/** The web console (built by the e2e global setup) in a real browser, against the real app on the Bot API fake. */
describe('web console', () => {
  let fake: BotApiFake;
  let app: TestApp;
  let tenant: BuiltTenant;
  let page: Page;

  consoleSuite((made) => ({ fake, app, tenant } = made), (opened) => (page = opened));

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

  it('registers a bot, shows a new message live, replies with buttons and follows the reply to CLICKED', async () => {
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
    const messages = page.getByRole('list', { name: 'Messages' });
    await messages.getByText('Hello from Telegram').waitFor();

    await page.getByLabel('Reply', { exact: true }).fill('Hello Ada, which plan suits you?');
    await page.getByRole('button', { name: 'Add a button' }).click();
    const button = (number: number) => page.getByRole('group', { name: `Button ${number}` });
    await button(1).getByLabel('Label').fill('See plans');
    await button(1).getByLabel('Link (http, https or tg://)').fill('https://example.com/plans');
    await page.getByRole('button', { name: 'Add a button' }).click();
    await button(2).getByLabel('Label').fill('Call me back');
    await button(2).getByLabel('Action').selectOption({ label: 'Answer in the chat (callback)' });
    await button(2).getByLabel('Data sent back on a press').fill('call-back:ada');
    await page.getByRole('button', { name: 'Send' }).click();
    const [call] = await eventually(
      async () => fake.callsTo('sendMessage', info.token).filter((c) => c.params.text === 'Hello Ada, which plan suits you?' && String(c.params.chat_id) === String(person.id)),
      (calls) => calls.length === 1,
    );
    type Keyboard = { inline_keyboard: Array<Array<{ text: string; url?: string; callback_data?: string }>> };
    const keyboard = call.params.reply_markup as Keyboard;
    expect(keyboard).toEqual({
      inline_keyboard: [[{ text: 'See plans', url: expect.stringMatching(new RegExp(`^${app.url}/r/`)) }], [{ text: 'Call me back', callback_data: expect.stringMatching(/^sb:/) }]],
    });
    const reply = messages.getByRole('listitem').filter({ hasText: 'Hello Ada, which plan suits you?' });
    await reply.getByText('SENT', { exact: true }).waitFor();
    await expect(reply.getByRole('list', { name: 'Buttons' }).textContent()).resolves.toBe('See plansCall me back');

    const press = callbackQueryUpdate({
      chatId: person.id,
      from: person,
      data: keyboard.inline_keyboard[1][0].callback_data!,
      messageId: (call.response as { result: { message_id: number } }).result.message_id,
    });
    expect((await fake.deliverUpdate(info.token, press)).delivered).toBe(true);
    await reply.getByText('CLICKED', { exact: true }).waitFor();
    await messages.getByText('Pressed a button: call-back:ada').waitFor();
    await conversation.filter({ hasText: '[button] call-back:ada' }).waitFor();

    fake.blockChat(info.token, person.id);
    await page.getByLabel('Reply', { exact: true }).fill('Are you still there?');
    await page.getByRole('button', { name: 'Send' }).click();
    await messages.getByRole('listitem').filter({ hasText: 'Are you still there?' }).getByText(/^FAILED$/).waitFor();
    await messages.getByText(/: Forbidden: bot was blocked by the user/).waitFor();

    await page.getByRole('button', { name: 'Mark read' }).click();
    await page.getByRole('button', { name: 'Mark read' }).and(page.locator(':disabled')).waitFor();
    await saveScreenshot(page, 'inbox');
    await saveReadmeScreenshot(page, 'inbox');
  }, 60_000);

  it('pages the inbox: the conversations past the first page come with "Load more conversations"', async () => {
    const own = await aTenant(app).withAdmin().build();
    const bot = await aBot(app, fake, own, 'Busy bot');
    const people = Array.from({ length: 21 }, (_, index) => aPerson({ first_name: 'Writer', last_name: String(index + 1).padStart(2, '0') }));
    const [oldest, ...rest] = people.map((person) => messageFrom(person, `Message from ${person.last_name}`));
    // Conversations written by one statement share its time and are then ordered by id: the oldest
    // goes first, on its own, so it is the one left for the second page.
    await deliver(app, fake, bot, own.apiKey, oldest);
    await deliver(app, fake, bot, own.apiKey, ...rest);
    await signInAsAdmin(page, app.url, own);
    await page.getByRole('link', { name: 'Inbox' }).click();

    const listed = page.getByRole('navigation', { name: 'Conversations' }).getByRole('button', { name: /^Writer/ });
    await page.getByRole('button', { name: /Writer 21/ }).waitFor();
    await expect(listed.count()).resolves.toBe(20);
    await expect(page.getByRole('button', { name: /Writer 01/ }).count()).resolves.toBe(0);
    await page.getByRole('button', { name: 'Load more conversations' }).click();
    await page.getByRole('button', { name: /Writer 01/ }).waitFor();
    await expect(listed.count()).resolves.toBe(21);
    await page.getByRole('button', { name: 'Load more conversations' }).waitFor({ state: 'detached' });

    // A message to a conversation on the second page moves it to the top, shown once.
    await fake.deliverUpdate(bot.token, messageFrom(people[0], 'Back again'));
    await listed.first().filter({ hasText: 'Back again' }).waitFor();
    await expect(listed.count()).resolves.toBe(21);
    await expect(listed.first().textContent()).resolves.toMatch(/^Writer 01/);
  }, 60_000);
});
