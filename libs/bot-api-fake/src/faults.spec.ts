import { FakeFixture, startFake, telegramError, timeoutSignal } from './spec-support/fake-fixture';
import { Fault } from './types';

describe('injected faults', () => {
  let f: FakeFixture;
  const chatA = 1101;
  const chatB = 1102;

  beforeEach(async () => {
    f = await startFake();
    f.fake.addChat(f.bot.token, { id: chatA });
    f.fake.addChat(f.bot.token, { id: chatB });
  });
  afterEach(() => f.fake.stop());

  it.each<[Fault, number, string, Record<string, number> | undefined]>([
    [{ kind: 'rate-limit', retryAfter: 7 }, 429, 'Too Many Requests: retry after 7', { retry_after: 7 }],
    [{ kind: 'blocked' }, 403, 'Forbidden: bot was blocked by the user', undefined],
    [{ kind: 'chat-not-found' }, 400, 'Bad Request: chat not found', undefined],
    [{ kind: 'server-error' }, 500, 'Internal Server Error', undefined],
    [{ kind: 'server-error', status: 502 }, 502, 'Bad Gateway', undefined],
    [{ kind: 'server-error', status: 503 }, 503, 'Service Unavailable', undefined],
    [{ kind: 'unauthorized' }, 401, 'Unauthorized', undefined],
    [{ kind: 'bad-request', description: 'method is not available' }, 400, 'Bad Request: method is not available', undefined],
  ])('answers %j with its Telegram error', async (fault, code, description, parameters) => {
    f.fake.inject({ method: 'sendMessage', fault });
    const error = await telegramError(f.telegram.sendMessage(chatA, 'x'));
    expect(error.code).toBe(code);
    expect(error.description).toBe(description);
    expect(error.parameters).toEqual(parameters);
    expect(f.fake.callsTo('sendMessage')[0].status).toBe(code);
    await expect(f.telegram.sendMessage(chatA, 'x')).resolves.toMatchObject({ text: 'x' });
  });

  it('matches on method, token and chat id (number or string)', async () => {
    const other = f.fake.addBot();
    f.fake.addChat(other.token, { id: chatA });
    f.fake.inject({ method: 'sendMessage', token: f.bot.token, chatId: String(chatA), times: Infinity, fault: { kind: 'blocked' } });

    await expect(f.telegram.getMe()).resolves.toBeDefined();
    await expect(f.telegram.sendMessage(chatB, 'x')).resolves.toBeDefined();
    await expect(f.fake.callsTo('sendMessage', f.bot.token)).toHaveLength(1);
    const viaOther = await fetch(`${f.fake.apiRoot}/bot${other.token}/sendMessage`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ chat_id: chatA, text: 'x' }),
    });
    expect(viaOther.status).toBe(200);
    for (let i = 0; i < 3; i++) expect((await telegramError(f.telegram.sendMessage(chatA, 'x'))).code).toBe(403);
  });

  it('uses up `times`, first matching rule first, and can be removed', async () => {
    f.fake.inject({ fault: { kind: 'server-error', status: 504 }, times: 2 });
    const rule = f.fake.inject({ fault: { kind: 'unauthorized' }, times: Infinity });

    expect((await telegramError(f.telegram.getMe())).code).toBe(504);
    expect((await telegramError(f.telegram.getMe())).code).toBe(504);
    expect((await telegramError(f.telegram.getMe())).code).toBe(401);
    rule.remove();
    await expect(f.telegram.getMe()).resolves.toMatchObject({ id: f.bot.id });
  });

  it('hangs: never answers, so the client has to give up', async () => {
    f.fake.inject({ method: 'sendMessage', fault: { kind: 'hang' } });
    const started = Date.now();
    const call = f.telegram.callApi(
      'sendMessage',
      { chat_id: chatA, text: 'x' },
      { signal: timeoutSignal(200) },
    );
    await expect(call).rejects.toMatchObject({ name: 'AbortError' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(150);
    expect(f.fake.callsTo('sendMessage')[0]).toMatchObject({ status: 0, response: undefined });
  });

  it('stop() cuts a hanging call', async () => {
    f.fake.inject({ fault: { kind: 'hang' } });
    const call = f.telegram.getMe();
    await new Promise((resolve) => setTimeout(resolve, 50));
    const started = Date.now();
    await f.fake.stop();
    await expect(call).rejects.toThrow();
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
