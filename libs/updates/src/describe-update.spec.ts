import { describeUpdate } from './describe-update';

describe('describeUpdate', () => {
  it('reads a message and its chat', () => {
    expect(describeUpdate({ update_id: 987654321, message: { message_id: 1, chat: { id: 123456789, type: 'private' }, text: '/start' } })).toEqual({
      updateId: 987654321,
      updateType: 'message',
      chatId: 123456789,
      malformed: null,
    });
  });

  it('takes the chat of a callback query from its message', () => {
    const update = { update_id: 5, callback_query: { id: 'q', from: { id: 7 }, message: { chat: { id: -100 } }, data: 'x' } };
    expect(describeUpdate(update)).toEqual({ updateId: 5, updateType: 'callback_query', chatId: -100, malformed: null });
  });

  it('orders chat-less updates by their user', () => {
    expect(describeUpdate({ update_id: 6, inline_query: { id: 'i', from: { id: 42 }, query: '' } })?.chatId).toBe(42);
    expect(describeUpdate({ update_id: 7, poll: { id: 'p', question: '?' } })?.chatId).toBeNull();
  });

  it('keeps an update type it does not know yet', () => {
    expect(describeUpdate({ update_id: 8, future_thing: { chat: { id: 1 } } })).toEqual({ updateId: 8, updateType: 'future_thing', chatId: 1, malformed: null });
  });

  it.each([null, [], 'text', {}, { update_id: -1, message: {} }, { update_id: 1.5, message: {} }, { update_id: '1', message: {} }, { update_id: 1 }])(
    'refuses %p',
    (value) => {
      expect(describeUpdate(value)).toBeNull();
    },
  );

  it('accepts what Telegram sends, ids up to the safe-integer range included', () => {
    const chatId = -1_002_345_678_901;
    const update = {
      update_id: Number.MAX_SAFE_INTEGER,
      message: { message_id: 3, from: { id: 2 ** 52, first_name: 'Ann', is_bot: false }, chat: { id: chatId, type: 'supergroup', title: 'Team' }, text: 'hi', date: 1 },
    };
    expect(describeUpdate(update)).toMatchObject({ chatId, malformed: null });
  });

  it('takes neither a typed-out \\u0000 nor an emoji for text PostgreSQL refuses', () => {
    const update = { update_id: 9, message: { message_id: 1, chat: { id: 1, type: 'private' }, text: 'path C:\\u0000 and \\ud800, 👍', 'key\\u0000': 1 } };
    expect(describeUpdate(update, JSON.stringify(update))).toMatchObject({ malformed: null });
  });

  it('finds a NUL in a key or value of the serialized update it is given', () => {
    const update = { update_id: 10, message: { message_id: 1, chat: { id: 1 }, entities: [{ 'ty\u0000pe': 'bold' }] } };
    expect(describeUpdate(update, JSON.stringify(update))?.malformed).toBe('malformed update: a key in message.entities.0 contains a NUL character');
  });

  it.each([
    ['malformed update: message.chat.id must be an integer', { message: { message_id: 1, chat: { id: 2 ** 70, type: 'private' } } }],
    ['malformed update: message.chat.id must be an integer', { message: { message_id: 1, chat: { id: '12', type: 'private' } } }],
    ['malformed update: message.message_id must be an integer', { message: { message_id: 1.5, chat: { id: 1 } } }],
    ['malformed update: message.from.id must be an integer', { message: { message_id: 1, chat: { id: 1 }, from: { id: -(2 ** 60) } } }],
    ['malformed update: message.chat must be an object', { message: { message_id: 1, chat: 'general' } }],
    ['malformed update: message.chat.type must be one of private, group, supergroup, channel', { message: { message_id: 1, chat: { id: 1 }, text: 'no type' } }],
    ['malformed update: message.from must be an object', { message: { message_id: 1, chat: { id: 1 }, from: [] } }],
    ['malformed update: message.text must be a string', { message: { message_id: 1, chat: { id: 1 }, text: 42 } }],
    ['malformed update: message must be an object', { message: 'hello' }],
    ['malformed update: callback_query.data must be a string', { callback_query: { id: 'q', from: { id: 1 }, data: { x: 1 } } }],
    ['malformed update: callback_query.message.chat.id must be an integer', { callback_query: { id: 'q', from: { id: 1 }, message: { message_id: 1, chat: { id: 1e300 } } } }],
    ['malformed update: poll_answer.user.id must be an integer', { poll_answer: { poll_id: 'p', user: { id: 0.5 } } }],
    ['malformed update: future_thing.chat.id must be an integer', { future_thing: { chat: { id: 2 ** 64 } } }],
    ['malformed update: message.text contains a NUL character', { message: { message_id: 1, chat: { id: 1 }, text: 'a\u0000b' } }],
    ['malformed update: message.entities.0.type contains a NUL character', { message: { message_id: 1, chat: { id: 1 }, entities: [{ type: 'bold\u0000' }] } }],
    ['malformed update: a key in message contains a NUL character', { message: { message_id: 1, chat: { id: 1 }, 'odd\u0000key': 1 } }],
    ['malformed update: message.text is not valid Unicode', { message: { message_id: 1, chat: { id: 1 }, text: 'broken \ud800 pair' } }],
    ['malformed update: its update type is not a Telegram update type name', { ['x'.repeat(41)]: {} }],
    ['malformed update: message.chat must be an object', { message: { message_id: 1, from: { id: 5 }, text: 'no chat' } }],
    ['malformed update: message.date must be an integer', { message: { message_id: 1, chat: { id: 1 }, date: null } }],
    ['malformed update: message.from.username must be at most 64 characters', { message: { chat: { id: 1 }, from: { id: 1, username: 'u'.repeat(65) } } }],
    ['malformed update: message.chat.type must be one of private, group, supergroup, channel', { message: { chat: { id: 1, type: 'PRIVATE' } } }],
    ['malformed update: message.from.is_bot must be a boolean', { message: { chat: { id: 1, type: 'private' }, from: { id: 1, is_bot: 'no' } } }],
    ['malformed update: callback_query.id must be a string', { callback_query: { from: { id: 1 }, data: 'x' } }],
    ['malformed update: my_chat_member.new_chat_member must be an object', { my_chat_member: { chat: { id: 1, type: 'private' }, from: { id: 1 } } }],
  ])('records, without processing: %s', (reason, body) => {
    const description = describeUpdate({ update_id: 77, ...body });
    expect(description).toMatchObject({ updateId: 77, chatId: null, malformed: reason });
    expect(description!.updateType.length).toBeLessThanOrEqual(40);
  });
});
