import { FakeFixture, looseCall, rawCall, startFake, telegramError } from './spec-support/fake-fixture';

describe('sendMessageDraft', () => {
  let f: FakeFixture;
  const user = 7001;
  const group = -7002;
  const supergroup = -1007000000003;
  const channel = -1007000000004;
  const draft = (params: Record<string, unknown>) => looseCall(f.telegram, 'sendMessageDraft', params);

  beforeEach(async () => {
    f = await startFake();
    f.fake.addChat(f.bot.token, { id: user });
    f.fake.addChat(f.bot.token, { id: group });
    f.fake.addChat(f.bot.token, { id: supergroup });
    f.fake.addChat(f.bot.token, { id: channel, type: 'channel' });
  });
  afterEach(() => f.fake.stop());

  const expectError = async (call: Promise<unknown>, code: number, description: string) => {
    const error = await telegramError(call);
    expect({ code: error.code, description: error.description }).toEqual({ code, description });
  };

  it('answers true and is recorded with its params, each frame of a stream as its own call', async () => {
    await expect(draft({ chat_id: user, draft_id: 42, text: 'Hel' })).resolves.toBe(true);
    await expect(draft({ chat_id: user, draft_id: 42, text: 'Hello', message_thread_id: 9 })).resolves.toBe(true);
    const calls = f.fake.callsTo('sendMessageDraft', f.bot.token);
    expect(calls.map(({ params, status, response }) => ({ params, status, response }))).toEqual([
      { params: { chat_id: user, draft_id: 42, text: 'Hel' }, status: 200, response: { ok: true, result: true } },
      {
        params: { chat_id: user, draft_id: 42, text: 'Hello', message_thread_id: 9 },
        status: 200,
        response: { ok: true, result: true },
      },
    ]);
  });

  it('sends no message: the next sendMessage is still the chat’s first', async () => {
    await draft({ chat_id: user, draft_id: 1, text: 'partial' });
    await expect(f.telegram.sendMessage(user, 'final')).resolves.toMatchObject({ message_id: 1, text: 'final' });
  });

  it.each([[0], ['0'], ['abc'], [undefined]])('answers draft_id %j with 400', async (draftId) => {
    await expectError(draft({ chat_id: user, draft_id: draftId, text: 'x' }), 400, 'Bad Request: draft_id must be non-zero');
  });

  it('accepts a negative draft_id and one sent as text', async () => {
    await expect(draft({ chat_id: user, draft_id: -5, text: 'x' })).resolves.toBe(true);
    const form = await fetch(`${f.fake.apiRoot}/bot${f.bot.token}/sendMessageDraft`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ chat_id: String(user), draft_id: '7', text: 'form' }),
    });
    expect(form.status).toBe(200);
  });

  it('checks the text like sendMessage: 1–4096 characters after parse_mode', async () => {
    await expectError(draft({ chat_id: user, draft_id: 1 }), 400, 'Bad Request: message text is empty');
    await expectError(draft({ chat_id: user, draft_id: 1, text: ' \n' }), 400, 'Bad Request: message text is empty');
    await expectError(draft({ chat_id: user, draft_id: 1, text: 'x'.repeat(4097) }), 400, 'Bad Request: message is too long');
    const bold = `<b>${'x'.repeat(4096)}</b>`;
    await expect(draft({ chat_id: user, draft_id: 1, text: bold, parse_mode: 'HTML' })).resolves.toBe(true);
    const entities = [{ type: 'bold', offset: 0, length: 4 }];
    await expect(draft({ chat_id: user, draft_id: 1, text: 'bold', entities })).resolves.toBe(true);
  });

  it('is for private chats only', async () => {
    for (const chatId of [group, supergroup, channel]) {
      await expectError(draft({ chat_id: chatId, draft_id: 1, text: 'x' }), 400, 'Bad Request: TEXTDRAFT_PEER_INVALID');
    }
  });

  it('checks the chat first: missing, unknown, blocked', async () => {
    await expectError(draft({ draft_id: 1, text: 'x' }), 400, 'Bad Request: chat_id is empty');
    await expectError(draft({ chat_id: 404, draft_id: 0, text: '' }), 400, 'Bad Request: chat not found');
    f.fake.blockChat(f.bot.token, user);
    await expectError(draft({ chat_id: user, draft_id: 1, text: 'x' }), 403, 'Forbidden: bot was blocked by the user');
  });

  it('is not counted against the message flood limits', async () => {
    f.fake.enforceTelegramLimits({});
    for (let i = 1; i <= 5; i++) await expect(draft({ chat_id: user, draft_id: 1, text: 'x'.repeat(i) })).resolves.toBe(true);
    await expect(f.telegram.sendMessage(user, 'final')).resolves.toMatchObject({ text: 'final' });
  });

  it('can be refused by an injected fault, leaving sendMessage alone', async () => {
    f.fake.inject({
      method: 'sendMessageDraft',
      times: Infinity,
      fault: { kind: 'bad-request', description: 'method is not available' },
    });
    const refused = await rawCall(f.fake, f.bot.token, 'sendMessageDraft', { chat_id: user, draft_id: 1, text: 'x' });
    expect(refused).toEqual({
      status: 400,
      body: { ok: false, error_code: 400, description: 'Bad Request: method is not available' },
    });
    await expectError(draft({ chat_id: user, draft_id: 1, text: 'x' }), 400, 'Bad Request: method is not available');
    await expect(f.telegram.sendMessage(user, 'final')).resolves.toMatchObject({ text: 'final' });
    expect(f.fake.callsTo('sendMessageDraft').map((call) => call.status)).toEqual([400, 400]);
  });
});
