import { FakeFixture, startFake, telegramError } from './spec-support/fake-fixture';
import { callbackQueryUpdate, textMessageUpdate } from './updates';

describe('getUpdates', () => {
  let f: FakeFixture;
  const chatId = 8001;
  const say = (text: string) => f.fake.deliverUpdate(f.bot.token, textMessageUpdate({ chatId, text }));

  beforeEach(async () => {
    f = await startFake();
    f.fake.addChat(f.bot.token, { id: chatId });
  });
  afterEach(() => f.fake.stop());

  it('numbers updates from a 9-digit start and keeps them until confirmed by offset', async () => {
    const first = await say('one');
    const second = await say('two');
    expect(first).toEqual({ delivered: false, attempts: 0, statuses: [], updateId: first.updateId });
    expect(String(first.updateId)).toMatch(/^\d{9}$/);
    expect(second.updateId).toBe(first.updateId + 1);

    const all = await f.telegram.getUpdates(0, 100, 0, undefined);
    expect(all.map((u) => u.update_id)).toEqual([first.updateId, second.updateId]);
    expect(all[0]).toMatchObject({ message: { text: 'one', chat: { id: chatId } } });
    expect(await f.telegram.getUpdates(0, 100, 0, undefined)).toHaveLength(2);

    const rest = await f.telegram.getUpdates(0, 100, first.updateId + 1, undefined);
    expect(rest.map((u) => u.update_id)).toEqual([second.updateId]);
    expect(f.fake.pendingUpdates(f.bot.token)).toBe(1);
  });

  it('honours limit and a negative offset', async () => {
    await say('a');
    await say('b');
    const third = await say('c');
    expect(await f.telegram.getUpdates(0, 1, 0, undefined)).toHaveLength(1);
    const last = await f.telegram.getUpdates(0, 100, -1, undefined);
    expect(last.map((u) => u.update_id)).toEqual([third.updateId]);
    expect(f.fake.pendingUpdates(f.bot.token)).toBe(1);
  });

  it('long-polls: answers as soon as an update arrives', async () => {
    const started = Date.now();
    const poll = f.telegram.getUpdates(5, 100, 0, undefined);
    setTimeout(() => void say('late'), 50);
    const updates = await poll;
    expect(updates).toHaveLength(1);
    expect(updates[0]).toMatchObject({ message: { text: 'late' } });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('long-polls: answers [] once the timeout passes', async () => {
    const started = Date.now();
    await expect(f.telegram.callApi('getUpdates', { timeout: 0.2 })).resolves.toEqual([]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(150);
  });

  it('ends a waiting long poll with 409 when another one starts', async () => {
    const first = telegramError(f.telegram.callApi('getUpdates', { timeout: 5 }));
    await new Promise((resolve) => setTimeout(resolve, 50));
    const second = f.telegram.callApi('getUpdates', { timeout: 0.1 });
    const error = await first;
    expect(error.code).toBe(409);
    expect(error.description).toBe(
      'Conflict: terminated by other getUpdates request; make sure that only one bot instance is running',
    );
    await expect(second).resolves.toEqual([]);
  });

  it('ends a waiting long poll with 409 when a webhook is set', async () => {
    const poll = telegramError(f.telegram.callApi('getUpdates', { timeout: 5 }));
    await new Promise((resolve) => setTimeout(resolve, 50));
    await f.telegram.setWebhook('https://bots.example.com/hook');
    const error = await poll;
    expect(error.code).toBe(409);
    expect(error.description).toBe('Conflict: terminated by setWebhook request');
  });

  it('refuses getUpdates with 409 while a webhook is set', async () => {
    await f.telegram.setWebhook('https://bots.example.com/hook');
    const error = await telegramError(f.telegram.getUpdates(0, 100, 0, undefined));
    expect(error.code).toBe(409);
    expect(error.description).toBe(
      "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first",
    );
  });

  it('ends a pending long poll on stop()', async () => {
    const poll = f.telegram.callApi('getUpdates', { timeout: 30 });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const started = Date.now();
    await f.fake.stop();
    await expect(poll).resolves.toEqual([]);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('keeps to allowed_updates once getUpdates set them', async () => {
    await f.telegram.getUpdates(0, 100, 0, ['message']);
    const skipped = await f.fake.deliverUpdate(
      f.bot.token,
      callbackQueryUpdate({ chatId, data: 'x', messageId: 1 }),
    );
    expect(skipped).toMatchObject({ delivered: false, attempts: 0 });
    await say('kept');
    const updates = await f.telegram.getUpdates(0, 100, 0, undefined);
    expect(updates).toHaveLength(1);
    expect(updates[0]).toHaveProperty('message');
    expect((await f.telegram.getWebhookInfo()).allowed_updates).toEqual(['message']);
  });

  it('leaves chat_member updates out unless asked for, like Telegram', async () => {
    const chatMember = { chat_member: { chat: { id: -5, title: 'G', type: 'group' }, date: 1 } };
    await f.fake.deliverUpdate(f.bot.token, chatMember);
    expect(f.fake.pendingUpdates(f.bot.token)).toBe(0);
    await f.telegram.getUpdates(0, 100, 0, ['chat_member']);
    await f.fake.deliverUpdate(f.bot.token, chatMember);
    expect(f.fake.pendingUpdates(f.bot.token)).toBe(1);
  });
});
