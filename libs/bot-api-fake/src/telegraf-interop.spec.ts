import http from 'node:http';
import { AddressInfo } from 'node:net';
import { Markup, Telegraf } from 'telegraf';
import { FakeFixture, startFake } from './spec-support/fake-fixture';
import { callbackQueryUpdate, textMessageUpdate } from './updates';

/** A real Telegraf app against the fake, the way the project's bots will use it. */
describe('Telegraf app against the fake', () => {
  let f: FakeFixture;
  let app: Telegraf;
  const user = 8801;

  beforeEach(async () => {
    f = await startFake();
    app = new Telegraf(f.bot.token, { telegram: { apiRoot: f.fake.apiRoot } });
    app.command('start', (ctx) => ctx.reply('Welcome', Markup.inlineKeyboard([Markup.button.callback('OK', 'ok')])));
    app.action('ok', (ctx) => ctx.answerCbQuery('Noted'));
  });
  afterEach(() => f.fake.stop());

  it('serves a webhook: commands reply, callback answers come back in the webhook response', async () => {
    const server = http.createServer(app.webhookCallback('/hook', { secretToken: 'sekret' }));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      await app.telegram.setWebhook(`http://127.0.0.1:${port}/hook`, { secret_token: 'sekret' });

      const start = await f.fake.deliverUpdate(f.bot.token, textMessageUpdate({ chatId: user, text: '/start' }));
      expect(start).toMatchObject({ delivered: true, statuses: [200] });
      const [reply] = f.fake.callsTo('sendMessage');
      expect(reply).toMatchObject({ status: 200, params: { chat_id: user, text: 'Welcome' } });
      const sent = (reply.response as { result: { message_id: number } }).result;

      const tap = await f.fake.deliverUpdate(
        f.bot.token,
        callbackQueryUpdate({ chatId: user, data: 'ok', messageId: sent.message_id }),
      );
      expect(tap.delivered).toBe(true);
      expect(f.fake.callsTo('answerCallbackQuery')).toMatchObject([{ status: 200, params: { text: 'Noted' } }]);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('reports the 403 Telegraf answers to a delivery with the wrong secret', async () => {
    const strict = await startFake({ webhookRetry: { attempts: 1 } });
    const strictApp = new Telegraf(strict.bot.token, { telegram: { apiRoot: strict.fake.apiRoot } });
    const server = http.createServer(strictApp.webhookCallback('/hook', { secretToken: 'expected' }));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      await strict.telegram.setWebhook(`http://127.0.0.1:${port}/hook`, { secret_token: 'different' });
      const result = await strict.fake.deliverUpdate(strict.bot.token, textMessageUpdate({ chatId: user, text: 'hi' }));
      expect(result).toMatchObject({ delivered: false, statuses: [403] });
      expect((await strict.telegram.getWebhookInfo()).last_error_message).toBe(
        'Wrong response from the webhook: 403 Forbidden',
      );
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await strict.fake.stop();
    }
  });

  it('long-polls: launch() receives updates through getUpdates', async () => {
    const launched = app.launch({ dropPendingUpdates: false });
    try {
      await waitFor(() => f.fake.callsTo('getUpdates').length > 0);
      await f.fake.deliverUpdate(f.bot.token, textMessageUpdate({ chatId: user, text: '/start' }));
      await waitFor(() => f.fake.callsTo('sendMessage').length === 1);
      expect(f.fake.callsTo('sendMessage')[0]).toMatchObject({ status: 200, params: { text: 'Welcome' } });
    } finally {
      app.stop();
      await launched;
    }
  });
});

async function waitFor(condition: () => boolean, timeoutMs = 3000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
