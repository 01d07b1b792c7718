import { FakeFixture, looseCall, startFake, telegramError } from './spec-support/fake-fixture';
import { textMessageUpdate } from './updates';

describe('editMessageReplyMarkup and sendChatAction', () => {
  let f: FakeFixture;
  const user = 5501;
  const keyboard = (data: string) => ({ inline_keyboard: [[{ text: data, callback_data: data }]] });

  beforeEach(async () => {
    f = await startFake();
    f.fake.addChat(f.bot.token, { id: user });
  });
  afterEach(() => f.fake.stop());

  it('replaces the markup and returns the edited message with edit_date', async () => {
    const sent = await f.telegram.sendMessage(user, 'pick', { reply_markup: keyboard('a') });
    const edited = await f.telegram.editMessageReplyMarkup(user, sent.message_id, undefined, keyboard('b'));
    expect(edited).toEqual({ ...sent, edit_date: expect.any(Number), reply_markup: keyboard('b') });
    expect(Object.keys(edited as object)).toEqual(['message_id', 'from', 'chat', 'date', 'edit_date', 'text', 'reply_markup']);

    const cleared = await f.telegram.editMessageReplyMarkup(user, sent.message_id, undefined, undefined);
    expect(cleared).not.toHaveProperty('reply_markup');
  });

  it('answers edits Telegram refuses', async () => {
    const sent = await f.telegram.sendMessage(user, 'pick', { reply_markup: keyboard('a') });
    const same = await telegramError(f.telegram.editMessageReplyMarkup(user, sent.message_id, undefined, keyboard('a')));
    expect(same.description).toMatch(/^Bad Request: message is not modified: /);

    const missing = await telegramError(f.telegram.editMessageReplyMarkup(user, 999, undefined, keyboard('b')));
    expect({ code: missing.code, description: missing.description }).toEqual({
      code: 400,
      description: 'Bad Request: message to edit not found',
    });

    await f.fake.deliverUpdate(f.bot.token, textMessageUpdate({ chatId: user, text: 'mine', messageId: 50 }));
    const foreign = await telegramError(f.telegram.editMessageReplyMarkup(user, 50, undefined, keyboard('b')));
    expect(foreign.description).toBe("Bad Request: message can't be edited");
  });

  it('accepts chat actions and checks the chat and the action', async () => {
    await expect(f.telegram.sendChatAction(user, 'typing')).resolves.toBe(true);
    const unknownChat = await telegramError(f.telegram.sendChatAction(31337, 'typing'));
    expect(unknownChat.description).toBe('Bad Request: chat not found');
    f.fake.blockChat(f.bot.token, user);
    expect((await telegramError(f.telegram.sendChatAction(user, 'typing'))).code).toBe(403);
    f.fake.unblockChat(f.bot.token, user);
    const badAction = await telegramError(looseCall(f.telegram, 'sendChatAction', { chat_id: user, action: 'dancing' }));
    expect(badAction.description).toBe('Bad Request: wrong parameter action in request');
  });
});
