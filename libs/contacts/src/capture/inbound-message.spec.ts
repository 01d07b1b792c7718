import type { Update } from 'telegraf/types';
import { inboundMessageOf, previewOf } from './inbound-message';

const update = (body: object) => ({ update_id: 1, ...body }) as unknown as Update;

describe('inboundMessageOf', () => {
  it('keeps text messages', () => {
    expect(inboundMessageOf(update({ message: { message_id: 5, from: { id: 7 }, chat: { id: 7 }, text: 'hi' } }))).toEqual({
      kind: 'text',
      text: 'hi',
      callbackData: null,
      telegramMessageId: 5,
      senderTelegramId: 7,
    });
  });

  it('names the media kind and keeps the caption', () => {
    const photo = inboundMessageOf(update({ message: { message_id: 6, chat: { id: 7 }, photo: [{}], caption: 'look' } }));
    expect(photo).toMatchObject({ kind: 'photo', text: 'look' });
    expect(inboundMessageOf(update({ edited_message: { message_id: 6, chat: { id: 7 }, voice: {} } }))).toMatchObject({ kind: 'voice', text: null });
  });

  it('keeps the data of a pressed button', () => {
    const pressed = inboundMessageOf(update({ callback_query: { id: 'q', from: { id: 7 }, data: 'buy:42', message: { message_id: 9, chat: { id: 7 } } } }));
    expect(pressed).toEqual({ kind: 'callback', text: null, callbackData: 'buy:42', telegramMessageId: 9, senderTelegramId: 7 });
  });

  it('ignores service updates', () => {
    expect(inboundMessageOf(update({ my_chat_member: { chat: { id: 7 } } }))).toBeNull();
    expect(inboundMessageOf(update({ message: { message_id: 1, chat: { id: -1 }, migrate_to_chat_id: -100 } }))).toBeNull();
  });

  it('previews text, buttons and media', () => {
    expect(previewOf({ kind: 'text', text: 'x'.repeat(300), callbackData: null })).toHaveLength(200);
    expect(previewOf({ kind: 'callback', text: null, callbackData: 'yes' })).toBe('[button] yes');
    expect(previewOf({ kind: 'sticker', text: null, callbackData: null })).toBe('[sticker]');
  });
});
