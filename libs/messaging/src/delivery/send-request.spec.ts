import { parseSendRate } from '@switchboard/common';
import type { OutboundMessage } from '../outbound-message.entity';
import { PAID_BROADCAST_RATE, partsOf, rateOf, sendRequestOf } from './send-request';

const message = (overrides: Partial<OutboundMessage>): OutboundMessage =>
  ({ chatId: '42', text: 'hello', photo: null, parseMode: null, telegramMarkup: null, paidBroadcast: false, ...overrides }) as OutboundMessage;

describe('send requests', () => {
  it('sends a text as sendMessage, with its markup on the last part only', () => {
    const markup = { inline_keyboard: [[{ text: 'Go', callback_data: 'sb:x' }]] };
    const text = message({ telegramMarkup: markup, parseMode: 'HTML' });
    expect(sendRequestOf(text, 'hello', true)).toEqual({
      method: 'sendMessage',
      payload: { chat_id: '42', text: 'hello', parse_mode: 'HTML', reply_markup: markup },
    });
    expect(sendRequestOf(text, 'hello', false).payload).not.toHaveProperty('reply_markup');
  });

  it('sends a photo as sendPhoto with the text as its caption, in one piece', () => {
    const photo = message({ photo: 'https://example.com/cat.jpg', text: 'x'.repeat(5_000) });
    expect(partsOf(photo)).toEqual(['x'.repeat(5_000)]);
    expect(sendRequestOf(photo, 'a cat', true)).toEqual({ method: 'sendPhoto', payload: { chat_id: '42', photo: 'https://example.com/cat.jpg', caption: 'a cat' } });
    expect(partsOf(message({ text: 'y'.repeat(5_000) }))).toHaveLength(2);
  });

  it('marks a paid broadcast with allow_paid_broadcast and paces it at the paid ceiling', () => {
    const paid = message({ paidBroadcast: true });
    expect(sendRequestOf(paid, 'hello', true).payload).toMatchObject({ allow_paid_broadcast: true });
    expect(sendRequestOf(message({}), 'hello', true).payload).not.toHaveProperty('allow_paid_broadcast');
    const thirty = parseSendRate('30/s')!;
    expect(rateOf(paid, '20/min', thirty)).toEqual(PAID_BROADCAST_RATE);
    expect(rateOf(message({}), '20/min', thirty)).toEqual(parseSendRate('20/min'));
    expect(rateOf(message({}), null, thirty)).toEqual(thirty);
  });

  it('sends into the forum topic the message names, and nowhere else without one', () => {
    expect(sendRequestOf(message({ messageThreadId: '7' }), 'hello', true).payload).toMatchObject({ message_thread_id: 7 });
    expect(sendRequestOf(message({ messageThreadId: null }), 'hello', true).payload).not.toHaveProperty('message_thread_id');
  });
});
