import { FakeFixture, freezeDate, looseCall, rawCall, startFake, telegramError } from './spec-support/fake-fixture';

describe('enforceTelegramLimits', () => {
  let f: FakeFixture;

  beforeEach(async () => {
    f = await startFake();
    for (let i = 0; i < 40; i++) f.fake.addChat(f.bot.token, { id: 20_000 + i });
  });
  afterEach(() => f.fake.stop());

  it('does not limit until turned on', async () => {
    for (let i = 0; i < 5; i++) await f.telegram.sendMessage(20_000, `m${i}`);
    expect(f.fake.callsTo('sendMessage').every((call) => call.status === 200)).toBe(true);
  });

  it('answers the 31st message in a second (to different chats) with 429', async () => {
    f.fake.enforceTelegramLimits({});
    for (let i = 0; i < 30; i++) await f.telegram.sendMessage(20_000 + i, 'bulk');
    const error = await telegramError(f.telegram.sendMessage(20_030, 'one too many'));
    expect(error.code).toBe(429);
    expect(error.description).toBe('Too Many Requests: retry after 1');
    expect(error.parameters?.retry_after).toBe(1);
  });

  it('answers a second message to the same private chat within a second with 429', async () => {
    f.fake.enforceTelegramLimits({});
    await f.telegram.sendMessage(20_000, 'first');
    const error = await telegramError(f.telegram.sendMessage(20_000, 'second'));
    expect(error.code).toBe(429);
    expect(error.parameters?.retry_after).toBe(1);
    await expect(f.telegram.sendMessage(20_001, 'other chat')).resolves.toBeDefined();
  });

  it('frees the window after retry_after', async () => {
    f.fake.enforceTelegramLimits({ perBotPerSecond: 2, perPrivateChatPerSecond: 5 });
    await f.telegram.sendMessage(20_000, 'a');
    await f.telegram.sendMessage(20_001, 'b');
    expect((await telegramError(f.telegram.sendMessage(20_002, 'c'))).code).toBe(429);
    await new Promise((resolve) => setTimeout(resolve, 1050));
    await expect(f.telegram.sendMessage(20_002, 'c')).resolves.toBeDefined();
  });

  it('counts groups per minute and says when the window frees', async () => {
    const group = -30_001;
    f.fake.addChat(f.bot.token, { id: group, title: 'G' });
    f.fake.enforceTelegramLimits({ perGroupPerMinute: 2 });
    await f.telegram.sendMessage(group, 'a');
    await f.telegram.sendMessage(group, 'b');
    const error = await telegramError(f.telegram.sendMessage(group, 'c'));
    expect(error.code).toBe(429);
    expect(error.parameters?.retry_after).toBeGreaterThanOrEqual(59);
    expect(error.parameters?.retry_after).toBeLessThanOrEqual(60);
  });

  it('does not count sendChatAction, and can be turned off again', async () => {
    f.fake.enforceTelegramLimits({});
    await f.telegram.sendChatAction(20_000, 'typing');
    await f.telegram.sendChatAction(20_000, 'typing');
    await f.telegram.sendMessage(20_000, 'after typing');
    f.fake.enforceTelegramLimits(false);
    await expect(f.telegram.sendMessage(20_000, 'unlimited')).resolves.toBeDefined();
  });

  it('counts sendPhoto with sendMessage against the same limits', async () => {
    f.fake.enforceTelegramLimits({ perBotPerSecond: 2, perPrivateChatPerSecond: 5 });
    await f.telegram.sendMessage(20_000, 'a');
    await f.telegram.sendPhoto(20_001, 'https://example.com/b.jpg');
    const error = await telegramError(f.telegram.sendPhoto(20_002, 'https://example.com/c.jpg'));
    expect(error.code).toBe(429);
    expect((await telegramError(f.telegram.sendMessage(20_003, 'd'))).code).toBe(429);
  });
});

describe('allow_paid_broadcast', () => {
  let f: FakeFixture;
  const chatCount = 1001;
  const paidSend = (i: number) =>
    rawCall(f.fake, f.bot.token, i % 2 ? 'sendPhoto' : 'sendMessage', {
      chat_id: 40_000 + i,
      ...(i % 2 ? { photo: 'https://example.com/p.jpg' } : { text: 'paid' }),
      allow_paid_broadcast: true,
    });

  beforeEach(async () => {
    freezeDate();
    f = await startFake();
    for (let i = 0; i < chatCount; i++) f.fake.addChat(f.bot.token, { id: 40_000 + i });
    f.fake.enforceTelegramLimits({});
  });
  afterEach(async () => {
    await f.fake.stop();
    jest.useRealTimers();
  });

  it('lets 1,000 paid sends through in a second and answers the 1,001st with 429, while a 31st free one is refused', async () => {
    for (let i = 0; i < 30; i++) await f.telegram.sendMessage(40_000 + i, 'free');
    expect((await telegramError(f.telegram.sendMessage(40_030, 'free'))).code).toBe(429);
    const statuses: number[] = [];
    for (let start = 30; start < 1000; start += 50) {
      const batch = Array.from({ length: Math.min(50, 1000 - start) }, (_, k) => paidSend(start + k));
      statuses.push(...(await Promise.all(batch)).map((answer) => answer.status));
    }
    expect(statuses.filter((status) => status !== 200)).toEqual([]);
    const over = await paidSend(1000);
    expect(over.status).toBe(429);
    expect(over.body).toMatchObject({ description: 'Too Many Requests: retry after 1', parameters: { retry_after: 1 } });
  });

  it('still holds a paid send to the per-chat limits', async () => {
    expect((await paidSend(0)).status).toBe(200);
    expect((await paidSend(0)).body).toMatchObject({ error_code: 429, parameters: { retry_after: 1 } });
  });

  it('is recorded in the call log, for form-encoded sends too', async () => {
    await paidSend(1);
    await fetch(`${f.fake.apiRoot}/bot${f.bot.token}/sendMessage`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ chat_id: '40002', text: 'form', allow_paid_broadcast: 'true' }),
    });
    await f.telegram.sendMessage(40_003, 'free');
    expect(f.fake.calls.map(({ method, status, paidBroadcast }) => ({ method, status, paidBroadcast }))).toEqual([
      { method: 'sendPhoto', status: 200, paidBroadcast: true },
      { method: 'sendMessage', status: 200, paidBroadcast: true },
      { method: 'sendMessage', status: 200, paidBroadcast: false },
    ]);
  });

  it.each([['yes'], [2], [{ on: true }]])('answers a non-Boolean %j with 400, counting nothing', async (value) => {
    const error = await telegramError(
      looseCall(f.telegram, 'sendPhoto', {
        chat_id: 40_000,
        photo: 'https://example.com/p.jpg',
        allow_paid_broadcast: value,
      }),
    );
    expect({ code: error.code, description: error.description }).toEqual({
      code: 400,
      description: 'Bad Request: Field "allow_paid_broadcast" must be of type Boolean',
    });
    await expect(f.telegram.sendMessage(40_000, 'still free to send')).resolves.toHaveProperty('text');
  });
});
