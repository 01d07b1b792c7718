import { readInteractiveMessage } from './interactive-message';

const buttons = {
  type: 'reply_buttons',
  text: 'Your order has shipped. Track or get help below.',
  reply_markup: {
    inline_keyboard: [
      [
        { text: 'Track order', url: 'https://example.com/track/ORD-9876' },
        { text: 'Need help', switch_inline_query_current_chat: 'help order ORD-9876' },
      ],
    ],
  },
};

describe('readInteractiveMessage', () => {
  it('accepts each of the seed’s examples, as an object or as JSON text', () => {
    const examples = [
      buttons,
      {
        type: 'reply_keyboard',
        text: 'How can we help you today?',
        reply_markup: {
          keyboard: [
            [{ text: 'Track my order' }, { text: 'Return an item' }],
            [{ text: 'Share my number', request_contact: true }, { text: 'Share my location', request_location: true }],
          ],
          resize_keyboard: true,
          one_time_keyboard: true,
        },
      },
      { type: 'remove_reply_keyboard', text: "Thanks — we've got what we need.", reply_markup: { remove_keyboard: true } },
      { type: 'highlight_reply', text: "What's your order number?", reply_markup: { force_reply: true, input_field_placeholder: 'e.g. ORD-9876' } },
    ];
    for (const example of examples) {
      expect(readInteractiveMessage(example)).toEqual({ type: example.type, text: example.text, replyMarkup: example.reply_markup });
      expect(readInteractiveMessage(JSON.stringify(example)).type).toBe(example.type);
    }
  });

  it('names an invalid type in the seed’s words', () => {
    expect(() => readInteractiveMessage({ ...buttons, type: 'dropdown' })).toThrow(
      'You must supply Telegram Interactive Type as one of the valid types reply_buttons, reply_keyboard, remove_reply_keyboard, highlight_reply. Provided type: dropdown.',
    );
  });

  it.each([
    [{ ...buttons, text: ' ' }, /text cannot be empty/],
    [{ ...buttons, reply_markup: undefined }, /reply_markup is required/],
    [{ ...buttons, reply_markup: { inline_keyboard: [[{ text: 'Pay', callback_data: 'x' }]] } }, /does not allow "callback_data"/],
    [{ ...buttons, reply_markup: { inline_keyboard: [[{ text: 'Nothing' }]] } }, /exactly one of url, switch_inline_query_current_chat/],
    [{ ...buttons, reply_markup: { inline_keyboard: [[{ text: 'Go', url: 'ftp://x' }]] } }, /http\(s\) or tg/],
    [{ ...buttons, reply_markup: { inline_keyboard: [Array.from({ length: 9 }, () => ({ text: 'x', url: 'https://x.y' }))] } }, /1 to 8 buttons/],
    [{ type: 'reply_keyboard', text: 'x', reply_markup: { keyboard: [[{ text: 'Pay', request_poll: {} }]] } }, /does not allow "request_poll"/],
    [{ type: 'remove_reply_keyboard', text: 'x', reply_markup: { remove_keyboard: false } }, /remove_keyboard must be true/],
    [{ type: 'highlight_reply', text: 'x', reply_markup: { force_reply: true, input_field_placeholder: 'x'.repeat(65) } }, /1 to 64 characters/],
    ['{not json', /not valid JSON/],
    [{ ...buttons, extra: 1 }, /does not allow "extra"/],
  ])('refuses %#', (raw, message) => {
    expect(() => readInteractiveMessage(raw)).toThrow(message);
  });
});
