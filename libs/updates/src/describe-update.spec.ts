import { describeUpdate } from './describe-update';

describe('describeUpdate', () => {
  it('reads a message and its chat', () => {
    expect(describeUpdate({ update_id: 987654321, message: { message_id: 1, chat: { id: 123456789, type: 'private' }, text: '/start' } })).toEqual({
      updateId: 987654321,
      updateType: 'message',
      chatId: 123456789,
    });
  });

  it('takes the chat of a callback query from its message', () => {
    const update = { update_id: 5, callback_query: { id: 'q', from: { id: 7 }, message: { chat: { id: -100 } }, data: 'x' } };
    expect(describeUpdate(update)).toEqual({ updateId: 5, updateType: 'callback_query', chatId: -100 });
  });

  it('orders chat-less updates by their user', () => {
    expect(describeUpdate({ update_id: 6, inline_query: { id: 'i', from: { id: 42 }, query: '' } })?.chatId).toBe(42);
    expect(describeUpdate({ update_id: 7, poll: { id: 'p', question: '?' } })?.chatId).toBeNull();
  });

  it('keeps an update type it does not know yet', () => {
    expect(describeUpdate({ update_id: 8, future_thing: { chat: { id: 1 } } })).toEqual({ updateId: 8, updateType: 'future_thing', chatId: 1 });
  });

  it.each([null, [], 'text', {}, { update_id: -1, message: {} }, { update_id: 1.5, message: {} }, { update_id: '1', message: {} }, { update_id: 1 }])(
    'refuses %p',
    (value) => {
      expect(describeUpdate(value)).toBeNull();
    },
  );
});
