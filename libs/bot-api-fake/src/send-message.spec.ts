import { FakeFixture, looseCall, startFake, telegramError } from './spec-support/fake-fixture';
import { textMessageUpdate } from './updates';

describe('sendMessage', () => {
  let f: FakeFixture;
  const user = 9001;
  const group = -4001;
  const supergroup = -1001234567890;
  const channel = -1009876543210;

  beforeEach(async () => {
    f = await startFake();
    f.fake.addChat(f.bot.token, { id: user, first_name: 'Ada', last_name: 'L', username: 'ada' });
    f.fake.addChat(f.bot.token, { id: group, title: 'Team' });
    f.fake.addChat(f.bot.token, { id: supergroup, title: 'Big' });
    f.fake.addChat(f.bot.token, { id: channel, type: 'channel', title: 'News', username: 'news' });
  });
  afterEach(() => f.fake.stop());

  const expectError = async (call: Promise<unknown>, code: number, description: string) => {
    const error = await telegramError(call);
    expect({ code: error.code, description: error.description }).toEqual({ code, description });
    return error;
  };

  it('returns the sent Message in Telegram shape', async () => {
    const before = Math.floor(Date.now() / 1000);
    const message = await f.telegram.sendMessage(user, 'hello');
    expect(message).toEqual({
      message_id: 1,
      from: { id: f.bot.id, is_bot: true, first_name: f.bot.firstName, username: f.bot.username },
      chat: { id: user, first_name: 'Ada', last_name: 'L', username: 'ada', type: 'private' },
      date: expect.any(Number),
      text: 'hello',
    });
    expect(message.date).toBeGreaterThanOrEqual(before);
  });

  it('numbers messages per chat', async () => {
    expect((await f.telegram.sendMessage(user, 'a')).message_id).toBe(1);
    expect((await f.telegram.sendMessage(user, 'b')).message_id).toBe(2);
    expect((await f.telegram.sendMessage(group, 'c')).message_id).toBe(1);
  });

  it('uses each chat type’s Chat shape; channel posts carry sender_chat instead of from', async () => {
    expect((await f.telegram.sendMessage(group, 'g')).chat).toEqual({
      id: group,
      title: 'Team',
      type: 'group',
      all_members_are_administrators: true,
    });
    expect((await f.telegram.sendMessage(supergroup, 's')).chat).toEqual({ id: supergroup, title: 'Big', type: 'supergroup' });
    const post = await f.telegram.sendMessage('@news', 'c');
    expect(post).not.toHaveProperty('from');
    expect(post).toMatchObject({ sender_chat: { id: channel, type: 'channel' }, chat: { id: channel, username: 'news' } });
  });

  it('answers a send into a topic with message_thread_id and is_topic_message; 0 means no topic', async () => {
    const inTopic = await f.telegram.sendMessage(user, 'in topic', { message_thread_id: 77 });
    expect(inTopic).toMatchObject({ message_thread_id: 77, is_topic_message: true, text: 'in topic' });
    expect(Object.keys(inTopic)).toEqual(['message_id', 'message_thread_id', 'from', 'chat', 'date', 'is_topic_message', 'text']);
    const photo = await f.telegram.sendPhoto(supergroup, 'https://example.com/p.jpg', { message_thread_id: 5 });
    expect(photo).toMatchObject({ message_thread_id: 5, is_topic_message: true });
    const general = await looseCall(f.telegram, 'sendMessage', { chat_id: user, text: 'x', message_thread_id: 0 });
    expect(general).not.toHaveProperty('message_thread_id');
    expect(general).not.toHaveProperty('is_topic_message');
  });

  it('echoes inline keyboards only', async () => {
    const inline = { inline_keyboard: [[{ text: 'Yes', callback_data: 'yes' }]] };
    expect((await f.telegram.sendMessage(user, 'q', { reply_markup: inline })).reply_markup).toEqual(inline);
    const reply = await f.telegram.sendMessage(user, 'r', { reply_markup: { keyboard: [[{ text: 'k' }]] } });
    expect(reply).not.toHaveProperty('reply_markup');
  });

  it('answers an unknown chat with 400 chat not found', async () => {
    await expectError(f.telegram.sendMessage(424242, 'x'), 400, 'Bad Request: chat not found');
    await expectError(f.telegram.sendMessage('@nobody', 'x'), 400, 'Bad Request: chat not found');
  });

  it('answers a blocked chat with 403 until unblocked', async () => {
    f.fake.blockChat(f.bot.token, user);
    await expectError(f.telegram.sendMessage(user, 'x'), 403, 'Forbidden: bot was blocked by the user');
    f.fake.unblockChat(f.bot.token, user);
    await expect(f.telegram.sendMessage(user, 'x')).resolves.toMatchObject({ text: 'x' });
  });

  it('answers a migrated group with migrate_to_chat_id and knows the new supergroup', async () => {
    const newId = -1005550001111;
    f.fake.migrateChat(f.bot.token, group, newId);
    const error = await expectError(
      f.telegram.sendMessage(group, 'x'),
      400,
      'Bad Request: group chat was upgraded to a supergroup chat',
    );
    expect(error.parameters).toEqual({ migrate_to_chat_id: newId });
    await expect(f.telegram.sendMessage(newId, 'x')).resolves.toMatchObject({
      chat: { id: newId, title: 'Team', type: 'supergroup' },
    });
  });

  it('checks the text: empty, whitespace, too long', async () => {
    await expectError(looseCall(f.telegram, 'sendMessage', { chat_id: user }), 400, 'Bad Request: message text is empty');
    await expectError(f.telegram.sendMessage(user, '  \n'), 400, 'Bad Request: message text is empty');
    await expectError(f.telegram.sendMessage(user, 'x'.repeat(4097)), 400, 'Bad Request: message is too long');
    await expect(f.telegram.sendMessage(user, 'x'.repeat(4096))).resolves.toMatchObject({ message_id: 1 });
  });

  it('rejects callback_data over 64 bytes', async () => {
    const long = { inline_keyboard: [[{ text: 'b', callback_data: 'é'.repeat(33) }]] };
    await expectError(f.telegram.sendMessage(user, 'x', { reply_markup: long }), 400, 'Bad Request: BUTTON_DATA_INVALID');
    const fits = { inline_keyboard: [[{ text: 'b', callback_data: 'é'.repeat(32) }]] };
    await expect(f.telegram.sendMessage(user, 'x', { reply_markup: fits })).resolves.toHaveProperty('reply_markup');
  });

  it('checks the chat before the text', async () => {
    await expectError(f.telegram.sendMessage(424242, ''), 400, 'Bad Request: chat not found');
    f.fake.blockChat(f.bot.token, user);
    await expectError(f.telegram.sendMessage(user, ''), 403, 'Forbidden: bot was blocked by the user');
  });

  it('answers a missing chat_id and an unparsable reply_markup like Telegram', async () => {
    await expectError(looseCall(f.telegram, 'sendMessage', { text: 'x' }), 400, 'Bad Request: chat_id is empty');
    await expectError(
      looseCall(f.telegram, 'sendMessage', { chat_id: user, text: 'x', reply_markup: '{oops' }),
      400,
      "Bad Request: can't parse reply keyboard markup JSON object",
    );
  });

  it('refuses to start a conversation with a user only seen in a group', async () => {
    const member = { id: 9100, first_name: 'Bob' };
    await f.fake.deliverUpdate(f.bot.token, textMessageUpdate({ chatId: group, text: 'hi all', from: member }));
    await expectError(f.telegram.sendMessage(member.id, 'psst'), 403, "Forbidden: bot can't initiate conversation with a user");
    await f.fake.deliverUpdate(f.bot.token, textMessageUpdate({ chatId: member.id, text: '/start', from: member }));
    await expect(f.telegram.sendMessage(member.id, 'psst')).resolves.toMatchObject({ chat: { first_name: 'Bob' } });
  });
});
