import { rawCall, FakeFixture, startFake } from './spec-support/fake-fixture';

describe('call recording', () => {
  let f: FakeFixture;

  beforeEach(async () => {
    f = await startFake();
    f.fake.addChat(f.bot.token, { id: 6001 });
  });
  afterEach(() => f.fake.stop());

  it('records token, method, decoded params, time, status and response', async () => {
    const before = Date.now();
    const message = await f.telegram.sendMessage(6001, 'logged', {
      reply_markup: { inline_keyboard: [[{ text: 'a', callback_data: 'a' }]] },
    });
    expect(f.fake.calls).toEqual([
      {
        token: f.bot.token,
        method: 'sendMessage',
        params: {
          chat_id: 6001,
          text: 'logged',
          reply_markup: { inline_keyboard: [[{ text: 'a', callback_data: 'a' }]] },
        },
        at: expect.any(Number),
        paidBroadcast: false,
        status: 200,
        response: { ok: true, result: message },
      },
    ]);
    expect(f.fake.calls[0].at).toBeGreaterThanOrEqual(before);
  });

  it('records failed calls and unknown tokens too, with the canonical method name', async () => {
    await rawCall(f.fake, f.bot.token, 'SendMessage', { chat_id: 404, text: 'x' });
    await rawCall(f.fake, '1:nope', 'getMe');
    expect(f.fake.calls.map(({ token, method, status }) => ({ token, method, status }))).toEqual([
      { token: f.bot.token, method: 'sendMessage', status: 400 },
      { token: '1:nope', method: 'getMe', status: 401 },
    ]);
  });

  it('records chat actions with their params and times', async () => {
    await f.telegram.sendChatAction(6001, 'typing');
    await f.telegram.sendChatAction(6001, 'typing', { message_thread_id: 3 });
    const actions = f.fake.callsTo('sendChatAction', f.bot.token);
    expect(actions.map(({ params, status }) => ({ params, status }))).toEqual([
      { params: { chat_id: 6001, action: 'typing' }, status: 200 },
      { params: { chat_id: 6001, action: 'typing', message_thread_id: 3 }, status: 200 },
    ]);
    expect(actions[1].at).toBeGreaterThanOrEqual(actions[0].at);
  });

  it('filters by method and token, and clears', async () => {
    const other = f.fake.addBot();
    await f.telegram.getMe();
    await f.telegram.sendMessage(6001, 'x');
    await rawCall(f.fake, other.token, 'getMe');

    expect(f.fake.callsTo('getMe')).toHaveLength(2);
    expect(f.fake.callsTo('getMe', other.token).map((c) => c.token)).toEqual([other.token]);
    expect(f.fake.callsTo('sendMessage')).toHaveLength(1);
    f.fake.clearCalls();
    expect(f.fake.calls).toEqual([]);
  });
});
