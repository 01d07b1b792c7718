import { Telegram } from 'telegraf';
import { BotApiFake, textMessageUpdate } from '@switchboard/bot-api-fake';
import { aBot, aTenant, eventually } from './support/builders';
import { startTelegramFake, startTestApp, TestApp } from './support/test-app';

describe('polling mode (TELEGRAM_UPDATES=polling)', () => {
  let fake: BotApiFake;
  let app: TestApp;

  beforeAll(async () => {
    fake = await startTelegramFake();
    app = await startTestApp({ telegram: fake, env: { TELEGRAM_UPDATES: 'polling' } });
  });
  afterAll(async () => {
    await app.close();
    await fake.stop();
  });

  it('sets no webhook, and takes updates through getUpdates into the same pipeline', async () => {
    const tenant = await aTenant(app).build();
    const bot = await aBot(app, fake, tenant);
    expect(fake.webhookOf(bot.token)).toBeUndefined();
    const bots = await app.http().get(`/telegram/v1/bots/${bot.id}/`).set('authorization', `Bearer ${tenant.apiKey}`);
    expect(bots.body.webhook).toMatchObject({ url: null, active: false });

    const first = await fake.deliverUpdate(bot.token, textMessageUpdate({ chatId: 10, text: 'polled' }));
    const second = await fake.deliverUpdate(bot.token, textMessageUpdate({ chatId: 10, text: 'polled too' }));
    expect(first.delivered).toBe(false);
    const items = await eventually(
      async () => (await app.http().get('/telegram/v1/webhook-events/').set('authorization', `Bearer ${tenant.apiKey}`)).body.items,
      (events: Array<{ status: string; update_id: number }>) => events.length === 2 && events.every((event) => event.status === 'PROCESSED'),
    );
    expect(items.map((event) => event.update_id).sort()).toEqual([first.updateId, second.updateId].sort());
    expect(fake.callsTo('getUpdates', bot.token).length).toBeGreaterThan(0);
    await eventually(async () => fake.pendingUpdates(bot.token), (pending) => pending === 0);
  });
});

describe('webhook watch', () => {
  let fake: BotApiFake;
  let app: TestApp;

  beforeAll(async () => {
    fake = await startTelegramFake();
    app = await startTestApp({ telegram: fake, env: { WEBHOOK_WATCH_INTERVAL: '1' } });
  });
  afterAll(async () => {
    await app.close();
    await fake.stop();
  });

  it('sets a drifted webhook again, and keeps Telegram’s last error on the bot', async () => {
    const tenant = await aTenant(app).build();
    const bot = await aBot(app, fake, tenant);
    const ours = fake.webhookOf(bot.token)!;
    await new Telegram(bot.token, { apiRoot: fake.apiRoot }).setWebhook('http://127.0.0.1:9/someone-else', { allowed_updates: ['message'] });

    const repaired = await eventually(async () => fake.webhookOf(bot.token)!, (webhook) => webhook.url === ours.url);
    expect(repaired).toMatchObject({ secretToken: ours.secretToken, allowedUpdates: ours.allowedUpdates });

    await new Telegram(bot.token, { apiRoot: fake.apiRoot }).setWebhook('http://127.0.0.1:9/dead');
    void fake.deliverUpdate(bot.token, textMessageUpdate({ chatId: 3, text: 'to the dead end' }));
    const read = async () => (await app.http().get(`/telegram/v1/bots/${bot.id}/`).set('authorization', `Bearer ${tenant.apiKey}`)).body;
    const withError = await eventually(read, (body) => body.webhook.last_error_message !== null);
    expect(withError.webhook).toMatchObject({ url: ours.url, last_error_message: expect.any(String), last_error_at: expect.any(String) });
  });
});
