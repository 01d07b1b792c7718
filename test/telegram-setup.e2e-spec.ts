import { BotApiFake, textMessageUpdate } from '@switchboard/bot-api-fake';
import { aBot, aTenant, BuiltBot, BuiltTenant, eventually } from './support/builders';
import { TelegramWorld, startTelegramWorld } from './support/telegram-world';
import { TestApp } from './support/test-app';

/** OpenScouter's setup and check-connection, exactly as its seed documents them. */
describe('POST /api/telegram/setup and GET /api/telegram/check-connection', () => {
  let fake: BotApiFake;
  let app: TestApp;
  let tenant: BuiltTenant;
  let bot: BuiltBot;

  let world: TelegramWorld;

  beforeAll(async () => {
    world = await startTelegramWorld();
    ({ fake, app, tenant, bot } = world);
  });
  afterAll(() => world.close());

  const setup = (body: object, who = tenant) => app.http().post('/api/telegram/setup').set('authorization', `Bearer ${who.apiKey}`).send(body);
  const check = (query = '', who = tenant) => app.http().get(`/api/telegram/check-connection${query}`).set('authorization', `Bearer ${who.apiKey}`);

  it('sets the webhook as the seed’s request asks and answers as the seed shows', async () => {
    const response = await setup({ webhookUrl: 'https://openscouter.com/api/telegram/webhook', allowedUpdates: ['message', 'callback_query'] });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      success: true,
      data: { webhookSet: true, url: 'https://openscouter.com/api/telegram/webhook', botUsername: bot.username, confirmedAt: expect.any(String) },
      error: null,
      metadata: null,
    });
    expect(fake.webhookOf(bot.token)).toMatchObject({
      url: 'https://openscouter.com/api/telegram/webhook',
      allowedUpdates: ['message', 'callback_query'],
      secretToken: expect.stringMatching(/^[A-Za-z0-9_-]{32,}$/),
    });
  });

  it('reports the connection as the seed shows', async () => {
    const response = await check();
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      success: true,
      data: {
        connected: true,
        botUsername: bot.username,
        webhookUrl: 'https://openscouter.com/api/telegram/webhook',
        pendingUpdateCount: 0,
        lastErrorDate: null,
        lastErrorMessage: null,
      },
      error: null,
      metadata: null,
    });
  });

  it('defaults allowedUpdates to every type, and the single webhook then receives updates', async () => {
    const response = await setup({ webhookUrl: `${app.url}/api/telegram/webhook` });
    expect(response.status).toBe(200);
    expect(fake.webhookOf(bot.token)!.allowedUpdates).toEqual(expect.arrayContaining(['message', 'chat_member', 'poll_answer']));
    const delivered = await fake.deliverUpdate(bot.token, textMessageUpdate({ chatId: 1, text: 'hi' }));
    expect(delivered.statuses).toEqual([200]);
    const events = await eventually(
      async () => (await app.http().get('/telegram/v1/webhook-events/').set('authorization', `Bearer ${tenant.apiKey}`)).body.items,
      (items: Array<{ update_id: number; status: string; bot_app_id: string }>) => items.some((item) => item.update_id === delivered.updateId && item.status === 'PROCESSED'),
    );
    expect(events[0].bot_app_id).toBe(bot.id);
  });

  it('answers connected: false with Telegram’s last error when deliveries fail', async () => {
    await setup({ webhookUrl: 'http://127.0.0.1:9/unreachable' }).expect(200);
    void fake.deliverUpdate(bot.token, textMessageUpdate({ chatId: 2, text: 'lost' }));
    const response = await eventually(() => check(), (res) => res.body.data?.lastErrorMessage !== null);
    expect(response.body.data).toMatchObject({
      connected: false,
      webhookUrl: 'http://127.0.0.1:9/unreachable',
      pendingUpdateCount: 1,
      lastErrorDate: expect.any(String),
      lastErrorMessage: expect.any(String),
    });
  });

  it('acts on the bot a botId names, else the tenant’s first', async () => {
    const second = await aBot(app, fake, tenant, 'second');
    const response = await check(`?botId=${second.id}`);
    expect(response.body.data).toMatchObject({ connected: true, botUsername: second.username, webhookUrl: `${app.url}/telegram/v1/webhooks/${second.id}/` });
    const setSecond = await setup({ webhookUrl: 'https://example.com/hook', botId: second.id });
    expect(setSecond.body.data.botUsername).toBe(second.username);
    expect(fake.webhookOf(second.token)!.url).toBe('https://example.com/hook');
  });

  it('answers in the OpenScouter envelope: 404 without a bot, 400 for a bad body, 401 without a key', async () => {
    const empty = await aTenant(app).build();
    const noBot = await check('', empty);
    expect(noBot.status).toBe(404);
    expect(noBot.body).toEqual({
      success: false,
      data: null,
      error: { code: 'NO_BOT', message: 'This tenant has no bot yet: register one first' },
      metadata: { requestId: noBot.headers['x-request-id'] },
    });
    const badUrl = await setup({ webhookUrl: 'not a url' });
    expect(badUrl.status).toBe(400);
    expect(badUrl.body).toMatchObject({ success: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(/webhookUrl/) } });
    const badType = await setup({ webhookUrl: 'https://example.com/x', allowedUpdates: ['messages'] });
    expect(badType.status).toBe(400);
    const anonymous = await app.http().get('/api/telegram/check-connection');
    expect(anonymous.status).toBe(401);
    expect(anonymous.body).toMatchObject({ success: false, data: null, error: { code: 'MISSING_CREDENTIALS' } });
  });

  it('never touches another tenant’s bot', async () => {
    const other = await aTenant(app).build();
    const response = await setup({ webhookUrl: 'https://evil.example/hook', botId: bot.id }, other);
    expect(response.status).toBe(404);
    expect(fake.webhookOf(bot.token)!.url).not.toBe('https://evil.example/hook');
  });
});
