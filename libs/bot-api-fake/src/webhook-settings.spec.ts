import { FakeFixture, rawCall, startFake, telegramError } from './spec-support/fake-fixture';
import { textMessageUpdate } from './updates';

describe('setWebhook / getWebhookInfo / deleteWebhook', () => {
  let f: FakeFixture;

  beforeEach(async () => {
    f = await startFake();
  });
  afterEach(() => f.fake.stop());

  it('reports no webhook before one is set', async () => {
    await expect(f.telegram.getWebhookInfo()).resolves.toEqual({
      url: '',
      has_custom_certificate: false,
      pending_update_count: 0,
    });
    expect(f.fake.webhookOf(f.bot.token)).toBeUndefined();
  });

  it('sets a webhook and reports it like Telegram', async () => {
    await expect(
      f.telegram.setWebhook('https://bots.example.com/hook', {
        secret_token: 'Abc_123-xyz',
        allowed_updates: ['message', 'callback_query'],
        max_connections: 10,
      }),
    ).resolves.toBe(true);

    await expect(f.telegram.getWebhookInfo()).resolves.toEqual({
      url: 'https://bots.example.com/hook',
      has_custom_certificate: false,
      pending_update_count: 0,
      max_connections: 10,
      ip_address: '127.0.0.1',
      allowed_updates: ['message', 'callback_query'],
    });
    expect(f.fake.webhookOf(f.bot.token)).toEqual({
      url: 'https://bots.example.com/hook',
      secretToken: 'Abc_123-xyz',
      allowedUpdates: ['message', 'callback_query'],
      maxConnections: 10,
    });
  });

  it('says what each call changed in `description`', async () => {
    const url = 'https://bots.example.com/hook';
    const said = async (method: string, params: Record<string, unknown> = {}): Promise<unknown> =>
      (await rawCall(f.fake, f.bot.token, method, params)).body;

    expect(await said('setWebhook', { url })).toEqual({ ok: true, result: true, description: 'Webhook was set' });
    expect(await said('setWebhook', { url })).toEqual({ ok: true, result: true, description: 'Webhook is already set' });
    expect(await said('deleteWebhook')).toEqual({ ok: true, result: true, description: 'Webhook was deleted' });
    expect(await said('deleteWebhook')).toEqual({ ok: true, result: true, description: 'Webhook is already deleted' });
  });

  it('deletes the webhook when setWebhook gets an empty URL, as Telegram does', async () => {
    await f.telegram.setWebhook('https://bots.example.com/hook');
    const { body } = await rawCall(f.fake, f.bot.token, 'setWebhook', { url: '' });
    expect(body).toEqual({ ok: true, result: true, description: 'Webhook was deleted' });
    expect(f.fake.webhookOf(f.bot.token)).toBeUndefined();
  });

  it('defaults max_connections to 40 and clamps it to 1..100', async () => {
    await f.telegram.setWebhook('https://bots.example.com/a');
    expect(f.fake.webhookOf(f.bot.token)?.maxConnections).toBe(40);
    await f.telegram.setWebhook('https://bots.example.com/b', { max_connections: 500 });
    expect(f.fake.webhookOf(f.bot.token)?.maxConnections).toBe(100);
    await f.telegram.setWebhook('https://bots.example.com/c', { max_connections: 0 });
    expect(f.fake.webhookOf(f.bot.token)?.maxConnections).toBe(1);
  });

  it.each([
    [{ url: 'not a url' }, 'Bad Request: invalid webhook URL specified'],
    [{ url: 'ftp://bots.example.com/hook' }, 'Bad Request: invalid webhook URL specified'],
    [{ url: 'https://bots.example.com/hook', secret_token: 'has space' }, 'Bad Request: secret token contains unallowed characters'],
    [{ url: 'https://bots.example.com/hook', secret_token: 'x'.repeat(257) }, 'Bad Request: secret token is too long'],
  ])('rejects %j', async (params, description) => {
    const { url, ...extra } = params;
    const error = await telegramError(f.telegram.setWebhook(url, extra));
    expect(error.code).toBe(400);
    expect(error.description).toBe(description);
  });

  it('drops the old webhook before rejecting a bad new one, as Telegram does', async () => {
    await f.telegram.setWebhook('https://bots.example.com/hook');
    await telegramError(f.telegram.setWebhook('not a url'));
    expect((await f.telegram.getWebhookInfo()).url).toBe('');
  });

  it('drops pending updates when asked', async () => {
    f.fake.addChat(f.bot.token, { id: 7001 });
    await f.fake.deliverUpdate(f.bot.token, textMessageUpdate({ chatId: 7001, text: 'queued' }));
    expect((await f.telegram.getWebhookInfo()).pending_update_count).toBe(1);
    await f.telegram.deleteWebhook({ drop_pending_updates: true });
    expect((await f.telegram.getWebhookInfo()).pending_update_count).toBe(0);
    expect(f.fake.pendingUpdates(f.bot.token)).toBe(0);
  });

  it('answers a second setWebhook within a second with 429 by default', async () => {
    const strict = await startFake({ setWebhookCooldownMs: undefined });
    try {
      await strict.telegram.setWebhook('https://bots.example.com/one');
      const error = await telegramError(strict.telegram.setWebhook('https://bots.example.com/two'));
      expect(error.code).toBe(429);
      expect(error.description).toBe('Too Many Requests: retry after 1');
      expect(error.parameters?.retry_after).toBe(1);
      await expect(strict.telegram.deleteWebhook()).resolves.toBe(true);
    } finally {
      await strict.fake.stop();
    }
  });
});
