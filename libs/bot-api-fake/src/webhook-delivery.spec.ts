import { FakeFixture, startFake } from './spec-support/fake-fixture';
import { refusedUrl, WebhookReceiver } from './spec-support/webhook-receiver';
import { callbackQueryUpdate, textMessageUpdate } from './updates';

describe('webhook delivery', () => {
  let f: FakeFixture;
  let receiver: WebhookReceiver;
  const chatId = 3001;
  const update = (text: string) => textMessageUpdate({ chatId, text });

  beforeEach(async () => {
    f = await startFake({ webhookRetry: { attempts: 3, baseDelayMs: 20 }, webhookTimeoutMs: 300 });
    receiver = await WebhookReceiver.start();
  });
  afterEach(async () => {
    await f.fake.stop();
    await receiver.close();
  });

  it('POSTs the update as JSON with the secret header', async () => {
    await f.telegram.setWebhook(receiver.url, { secret_token: 's3cr3t' });
    const result = await f.fake.deliverUpdate(f.bot.token, update('hello'));

    expect(result).toEqual({ delivered: true, attempts: 1, statuses: [200], updateId: result.updateId });
    expect(receiver.requests).toHaveLength(1);
    const [request] = receiver.requests;
    expect(request.headers['x-telegram-bot-api-secret-token']).toBe('s3cr3t');
    expect(request.headers['content-type']).toBe('application/json');
    expect(request.body).toMatchObject({
      update_id: result.updateId,
      message: { message_id: 1, chat: { id: chatId, type: 'private' }, text: 'hello' },
    });
    expect(f.fake.pendingUpdates(f.bot.token)).toBe(0);
  });

  it('sends no secret header when none was set', async () => {
    await f.telegram.setWebhook(receiver.url);
    await f.fake.deliverUpdate(f.bot.token, update('x'));
    expect(receiver.requests[0].headers).not.toHaveProperty('x-telegram-bot-api-secret-token');
  });

  it('retries a 503 with backoff, then succeeds, and reports the last error', async () => {
    receiver.respondWith({ status: 503 }, { status: 503 });
    await f.telegram.setWebhook(receiver.url);
    const before = Math.floor(Date.now() / 1000);
    const result = await f.fake.deliverUpdate(f.bot.token, update('again'));

    expect(result).toMatchObject({ delivered: true, attempts: 3, statuses: [503, 503, 200] });
    const [first, second, third] = receiver.requests.map((r) => r.at);
    expect(second - first).toBeGreaterThanOrEqual(15);
    expect(third - second).toBeGreaterThanOrEqual(35);
    const info = await f.telegram.getWebhookInfo();
    expect(info.last_error_message).toBe('Wrong response from the webhook: 503 Service Unavailable');
    expect(info.last_error_date).toBeGreaterThanOrEqual(before);
    expect(info.pending_update_count).toBe(0);
  });

  it('gives up after `attempts`, keeping the update pending', async () => {
    await f.telegram.setWebhook(await refusedUrl());
    const result = await f.fake.deliverUpdate(f.bot.token, update('nobody home'));

    expect(result).toMatchObject({ delivered: false, attempts: 3, statuses: [0, 0, 0] });
    const info = await f.telegram.getWebhookInfo();
    expect(info.last_error_message).toBe('Connection refused');
    expect(info.pending_update_count).toBe(1);
  });

  it('fails an attempt the webhook does not answer in time', async () => {
    receiver.respondWith({ status: 200, delayMs: 1000 });
    await f.telegram.setWebhook(receiver.url);
    const result = await f.fake.deliverUpdate(f.bot.token, update('slow'));
    expect(result).toMatchObject({ delivered: true, statuses: [0, 200] });
    expect((await f.telegram.getWebhookInfo()).last_error_message).toBe('Read timeout expired');
  });

  it('skips updates outside allowed_updates', async () => {
    await f.telegram.setWebhook(receiver.url, { allowed_updates: ['message'] });
    const skipped = await f.fake.deliverUpdate(
      f.bot.token,
      callbackQueryUpdate({ chatId, data: 'tap', messageId: 1 }),
    );
    expect(skipped).toEqual({ delivered: false, attempts: 0, statuses: [], updateId: skipped.updateId });
    await f.fake.deliverUpdate(f.bot.token, update('wanted'));
    expect(receiver.requests.map((r) => Object.keys(r.body))).toEqual([['update_id', 'message']]);
  });

  it('queues updates while no webhook is set and sends them once one is', async () => {
    await f.fake.deliverUpdate(f.bot.token, update('early'));
    expect(f.fake.pendingUpdates(f.bot.token)).toBe(1);
    await f.telegram.setWebhook(receiver.url);
    await waitFor(() => f.fake.pendingUpdates(f.bot.token) === 0);
    expect(receiver.requests[0].body).toMatchObject({ message: { text: 'early' } });
  });

  it('hands undelivered updates to getUpdates after deleteWebhook', async () => {
    await f.telegram.setWebhook(await refusedUrl());
    const { updateId } = await f.fake.deliverUpdate(f.bot.token, update('stuck'));
    await f.telegram.deleteWebhook();
    const updates = await f.telegram.getUpdates(0, 100, 0, undefined);
    expect(updates.map((u) => u.update_id)).toEqual([updateId]);
  });

  it('runs a method the webhook answers with, like Telegram', async () => {
    f.fake.addChat(f.bot.token, { id: chatId });
    receiver.respondWith({ status: 200, body: { method: 'sendMessage', chat_id: chatId, text: 'from reply' } });
    await f.telegram.setWebhook(receiver.url);
    await f.fake.deliverUpdate(f.bot.token, update('hi'));
    const [call] = f.fake.callsTo('sendMessage', f.bot.token);
    expect(call).toMatchObject({ status: 200, params: { chat_id: chatId, text: 'from reply' } });
  });

  it('keeps one chat’s updates in order', async () => {
    receiver.respondWith({ status: 200, delayMs: 100 });
    await f.telegram.setWebhook(receiver.url);
    const first = f.fake.deliverUpdate(f.bot.token, update('first'));
    const second = f.fake.deliverUpdate(f.bot.token, update('second'));
    await Promise.all([first, second]);
    expect(receiver.requests.map((r) => (r.body.message as { text: string }).text)).toEqual(['first', 'second']);
    expect(receiver.requests[1].at - receiver.requests[0].at).toBeGreaterThanOrEqual(90);
  });

  it('stop() cancels pending retries', async () => {
    const slow = await startFake({ webhookRetry: { attempts: 5, baseDelayMs: 10_000 } });
    try {
      receiver.respondWith({ status: 500 });
      await slow.telegram.setWebhook(receiver.url);
      const delivery = slow.fake.deliverUpdate(slow.bot.token, update('doomed'));
      await waitFor(() => receiver.requests.length === 1);
      const started = Date.now();
      await slow.fake.stop();
      await expect(delivery).resolves.toMatchObject({ delivered: false, attempts: 1, statuses: [500] });
      expect(Date.now() - started).toBeLessThan(1000);
    } finally {
      await slow.fake.stop();
    }
  });
});

async function waitFor(condition: () => boolean, timeoutMs = 2000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
