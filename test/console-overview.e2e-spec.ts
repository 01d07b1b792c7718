import type { Page } from 'playwright-core';
import { BotApiFake } from '@switchboard/bot-api-fake';
import { aBot, BuiltBot, BuiltTenant } from './support/builders';
import { signInAsAdmin } from './support/console-browser';
import { consoleSuite } from './support/console-suite';
import { sendMessage, settled } from './support/messaging';
import { aPerson, deliver, messageFrom } from './support/telegram-people';
import { TestApp } from './support/test-app';

/** The console's Overview screen in a real browser, against the real app and the Bot API fake. */
describe('web console: overview', () => {
  let fake: BotApiFake;
  let app: TestApp;
  let tenant: BuiltTenant;
  let bot: BuiltBot;
  let page: Page;

  consoleSuite((made) => ({ fake, app, tenant } = made), (opened) => (page = opened));

  beforeAll(async () => {
    bot = await aBot(app, fake, tenant, 'Quiet bot');
  }, 120_000);

  it('shows each bot’s webhook health, today’s sends by status, failures and daily limit use', async () => {
    const sender = await aBot(app, fake, tenant, 'Overview bot');
    const person = aPerson();
    await deliver(app, fake, sender, tenant.apiKey, messageFrom(person, 'hi'));
    const send = async (text: string) => settled(app, tenant.apiKey, (await sendMessage(app, tenant.apiKey, { botId: sender.id, chatId: String(person.id), text })).id);
    await expect(send('Your order has shipped')).resolves.toMatchObject({ status: 'SENT' });
    fake.inject({ method: 'sendMessage', token: sender.token, chatId: person.id, fault: { kind: 'chat-not-found' } });
    await expect(send('Your parcel is waiting')).resolves.toMatchObject({ status: 'FAILED' });

    await signInAsAdmin(page, app.url, tenant);
    await page.getByRole('link', { name: 'Overview' }).click();
    await page.getByRole('heading', { name: 'Overview', exact: true }).waitFor();
    const bots = page.getByRole('grid', { name: 'Your bots today (UTC)' });
    const rowOf = (name: string) => bots.getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) });
    await rowOf(`Overview bot (@${sender.username})`).waitFor();
    // Webhook, pending updates, Telegram's last error, sent, failed, queued, clicked, daily limit used.
    await expect(rowOf(`Overview bot (@${sender.username})`).getByRole('gridcell').allTextContents()).resolves.toEqual(['Connected', '0', 'none', '1', '1', '0', '0', '2 of 1000']);
    await expect(rowOf(`Quiet bot (@${bot.username})`).getByRole('gridcell').allTextContents()).resolves.toEqual(['Connected', '0', 'none', '0', '0', '0', '0', '0 of 1000']);

    const failure = page.getByRole('grid', { name: 'Failed messages today (UTC), newest first' }).getByRole('row').filter({ hasText: 'Your parcel is waiting' });
    await failure.waitFor();
    await expect(failure.getByRole('gridcell').allTextContents()).resolves.toEqual([`Overview bot (@${sender.username})`, String(person.id), 'Your parcel is waiting', '400: Bad Request: chat not found']);
  });
});
