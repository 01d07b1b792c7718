import { Telegram } from 'telegraf';
import { BotApiFake } from './bot-api-fake';
import { FakeFixture, rawCall, startFake, telegramError } from './spec-support/fake-fixture';

describe('BotApiFake routing and auth', () => {
  let f: FakeFixture;

  beforeEach(async () => {
    f = await startFake();
  });
  afterEach(() => f.fake.stop());

  it('answers an unknown token with 401 Unauthorized', async () => {
    const stranger = new Telegram('123456:unknown-token', { apiRoot: f.fake.apiRoot });
    const error = await telegramError(stranger.getMe());
    expect(error.code).toBe(401);
    expect(error.description).toBe('Unauthorized');

    const raw = await rawCall(f.fake, '123456:unknown-token', 'getMe');
    expect(raw).toEqual({ status: 401, body: { ok: false, error_code: 401, description: 'Unauthorized' } });
  });

  it('answers 401 once a bot is removed', async () => {
    await expect(f.telegram.getMe()).resolves.toMatchObject({ id: f.bot.id });
    f.fake.removeBot(f.bot.token);
    expect((await telegramError(f.telegram.getMe())).code).toBe(401);
  });

  it('answers an unknown method with 404 Not Found', async () => {
    const raw = await rawCall(f.fake, f.bot.token, 'sendTelepathy', { chat_id: 1 });
    expect(raw).toEqual({ status: 404, body: { ok: false, error_code: 404, description: 'Not Found' } });
  });

  it('answers getMe with the bot User', async () => {
    await expect(f.telegram.getMe()).resolves.toEqual({
      id: f.bot.id,
      is_bot: true,
      first_name: f.bot.firstName,
      username: f.bot.username,
      can_join_groups: true,
      can_read_all_group_messages: false,
      supports_inline_queries: false,
      can_connect_to_business: false,
      has_main_web_app: false,
    });
  });

  it('gives added bots BotFather-shaped defaults', () => {
    const bot = f.fake.addBot();
    expect(String(bot.id)).toMatch(/^\d{10}$/);
    expect(bot.token).toMatch(new RegExp(`^${bot.id}:[A-Za-z0-9_-]{35}$`));
    expect(bot.username).toBe(`test_${bot.id}_bot`);
    expect(f.fake.addBot({ token: '42:abc' })).toMatchObject({ id: 42, username: 'test_42_bot' });
    expect(() => f.fake.addBot({ token: '42:abc' })).toThrow(/already exists/);
  });

  it('accepts GET with a query string, method names in any case', async () => {
    f.fake.addChat(f.bot.token, { id: 5001 });
    const markup = JSON.stringify({ inline_keyboard: [[{ text: 'Go', callback_data: 'go' }]] });
    const query = new URLSearchParams({ chat_id: '5001', text: 'hi', reply_markup: markup });
    const response = await fetch(`${f.fake.apiRoot}/bot${f.bot.token}/SENDMESSAGE?${query}`);
    const body = (await response.json()) as { ok: boolean; result: Record<string, unknown> };
    expect(response.status).toBe(200);
    expect(body.result).toMatchObject({ text: 'hi', reply_markup: JSON.parse(markup) as unknown });
    expect(f.fake.callsTo('sendMessage')[0].params).toEqual({
      chat_id: '5001',
      text: 'hi',
      reply_markup: JSON.parse(markup) as unknown,
    });
  });

  it('accepts application/x-www-form-urlencoded bodies', async () => {
    f.fake.addChat(f.bot.token, { id: 5002 });
    const response = await fetch(`${f.fake.apiRoot}/bot${f.bot.token}/sendMessage`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ chat_id: '5002', text: '[not json]' }).toString(),
    });
    const body = (await response.json()) as { result: { chat: { id: number }; text: string } };
    expect(body.result.chat.id).toBe(5002);
    expect(body.result.text).toBe('[not json]');
  });

  it('answers a malformed JSON body with 400', async () => {
    const response = await fetch(`${f.fake.apiRoot}/bot${f.bot.token}/getMe`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{nope',
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      ok: false,
      error_code: 400,
      description: "Bad Request: can't parse JSON object",
    });
  });

  it('refuses apiRoot before start and restarting after stop', async () => {
    const idle = new BotApiFake();
    expect(() => idle.apiRoot).toThrow(/start\(\)/);
    await idle.start();
    await idle.stop();
    await expect(idle.start()).rejects.toThrow(/cannot be restarted/);
  });
});
