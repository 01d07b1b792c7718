import { FakeFixture, startFake, telegramError } from './spec-support/fake-fixture';
import { callbackQueryUpdate, myChatMemberUpdate, textMessageUpdate } from './updates';

describe('update builders', () => {
  it('builds a private text message like Telegram, with a bot_command entity for commands', () => {
    expect(textMessageUpdate({ chatId: 77, text: '/start payload', messageId: 5, date: 1700000000 })).toEqual({
      message: {
        message_id: 5,
        from: { id: 77, is_bot: false, first_name: 'Test' },
        chat: { id: 77, first_name: 'Test', type: 'private' },
        date: 1700000000,
        text: '/start payload',
        entities: [{ offset: 0, length: 6, type: 'bot_command' }],
      },
    });
    expect(textMessageUpdate({ chatId: 77, text: 'plain', updateId: 9 })).toMatchObject({ update_id: 9 });
    expect(textMessageUpdate({ chatId: 77, text: 'plain' }).message).not.toHaveProperty('entities');
  });

  it('builds group messages with a member sender and channel posts with sender_chat', () => {
    const group = textMessageUpdate({ chatId: -5, text: 'hi', from: { id: 8, first_name: 'Eve' }, chatTitle: 'Club' });
    expect(group.message).toMatchObject({
      from: { id: 8, first_name: 'Eve' },
      chat: { id: -5, title: 'Club', type: 'group' },
    });
    const post = textMessageUpdate({ chatId: -1001, text: 'news', chatType: 'channel' });
    expect(post).toHaveProperty('channel_post.sender_chat.type', 'channel');
    expect(post).not.toHaveProperty('message');
  });

  it('builds callback queries and my_chat_member updates', () => {
    const tap = callbackQueryUpdate({ chatId: 77, data: 'yes', messageId: 3 });
    expect(tap.callback_query).toMatchObject({
      id: expect.stringMatching(/^\d{18}$/),
      from: { id: 77, is_bot: false },
      message: { message_id: 3, chat: { id: 77, type: 'private' } },
      chat_instance: expect.any(String),
      data: 'yes',
    });
    const kicked = myChatMemberUpdate({ chatId: 77, status: 'kicked' });
    expect(kicked.my_chat_member).toMatchObject({
      chat: { id: 77, type: 'private' },
      old_chat_member: { status: 'member' },
      new_chat_member: { status: 'kicked', until_date: 0 },
    });
  });
});

describe('deliverUpdate completes and learns from updates', () => {
  let f: FakeFixture;
  const user = 4401;

  beforeEach(async () => {
    f = await startFake();
  });
  afterEach(() => f.fake.stop());

  it('registers the chat and numbers messages after the ones already in it', async () => {
    await f.fake.deliverUpdate(f.bot.token, textMessageUpdate({ chatId: user, text: 'hi' }));
    const [incoming] = await f.telegram.getUpdates(0, 100, 0, undefined);
    expect(incoming).toMatchObject({ message: { message_id: 1 } });
    expect(Object.keys(incoming)[0]).toBe('update_id');
    await expect(f.telegram.sendMessage(user, 'hello back')).resolves.toMatchObject({ message_id: 2 });
  });

  it('shows the bot’s own message under a callback query, answerable once', async () => {
    f.fake.addChat(f.bot.token, { id: user });
    const markup = { inline_keyboard: [[{ text: 'Yes', callback_data: 'yes' }]] };
    const sent = await f.telegram.sendMessage(user, 'Sure?', { reply_markup: markup });
    await f.fake.deliverUpdate(
      f.bot.token,
      callbackQueryUpdate({ chatId: user, data: 'yes', messageId: sent.message_id, id: 'cb-1' }),
    );
    const [tap] = await f.telegram.getUpdates(0, 100, 0, undefined);
    expect(tap).toMatchObject({ callback_query: { id: 'cb-1', message: sent } });

    await expect(f.telegram.answerCbQuery('cb-1', 'Done')).resolves.toBe(true);
    const again = await telegramError(f.telegram.answerCbQuery('cb-1'));
    expect(again.code).toBe(400);
    expect(again.description).toBe(
      'Bad Request: query is too old and response timeout expired or query ID is invalid',
    );
    expect((await telegramError(f.telegram.answerCbQuery('never-sent'))).code).toBe(400);
  });

  it('gives a callback query without an id one, like Telegram would', async () => {
    const { callback_query: query } = callbackQueryUpdate({ chatId: user, data: 'x', messageId: 1 });
    const { id: _dropped, ...withoutId } = query as Record<string, unknown>;
    await f.fake.deliverUpdate(f.bot.token, { callback_query: withoutId });
    const [update] = await f.telegram.getUpdates(0, 100, 0, undefined);
    const id = (update as { callback_query: { id: string } }).callback_query.id;
    expect(id).toMatch(/^\d{18}$/);
    await expect(f.telegram.answerCbQuery(id)).resolves.toBe(true);
  });

  it('blocks and unblocks the chat on my_chat_member, filling in the bot as the member', async () => {
    f.fake.addChat(f.bot.token, { id: user });
    await f.fake.deliverUpdate(f.bot.token, myChatMemberUpdate({ chatId: user, status: 'kicked' }));
    const error = await telegramError(f.telegram.sendMessage(user, 'still there?'));
    expect(error.code).toBe(403);
    expect(error.description).toBe('Forbidden: bot was blocked by the user');

    const [update] = await f.telegram.getUpdates(0, 100, 0, undefined);
    expect(update).toMatchObject({
      my_chat_member: { new_chat_member: { user: { id: f.bot.id, is_bot: true }, status: 'kicked' } },
    });

    await f.fake.deliverUpdate(f.bot.token, myChatMemberUpdate({ chatId: user, status: 'member' }));
    await expect(f.telegram.sendMessage(user, 'welcome back')).resolves.toBeDefined();
  });

  it('uses Telegram’s wording when the bot is removed from a group', async () => {
    await f.fake.deliverUpdate(f.bot.token, myChatMemberUpdate({ chatId: -77, status: 'kicked' }));
    const error = await telegramError(f.telegram.sendMessage(-77, 'hello?'));
    expect(error.description).toBe('Forbidden: bot was kicked from the group chat');
  });

  it('keeps update_id when the test gives one, and refuses unknown bots', async () => {
    const result = await f.fake.deliverUpdate(f.bot.token, textMessageUpdate({ chatId: user, text: 'x', updateId: 5 }));
    expect(result.updateId).toBe(5);
    await expect(f.fake.deliverUpdate('0:missing', textMessageUpdate({ chatId: user, text: 'x' }))).rejects.toThrow(
      /unknown bot token/,
    );
  });
});
