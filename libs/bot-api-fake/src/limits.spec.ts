import { FakeFixture, startFake, telegramError } from './spec-support/fake-fixture';

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
});
