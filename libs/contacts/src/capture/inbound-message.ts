import type { Update } from 'telegraf/types';

export interface InboundMessage {
  kind: string;
  text: string | null;
  callbackData: string | null;
  telegramMessageId: number | null;
  senderTelegramId: number | null;
}

/** Message contents Telegram may carry, in the order a message is best described by. */
const MEDIA_KINDS = [
  'photo',
  'video',
  'animation',
  'document',
  'sticker',
  'voice',
  'audio',
  'video_note',
  'location',
  'venue',
  'contact',
  'poll',
  'dice',
] as const;

type Json = Record<string, unknown>;

function kindOf(message: Json): string {
  if (typeof message.text === 'string') return 'text';
  return MEDIA_KINDS.find((kind) => kind in message) ?? 'other';
}

function fromMessage(message: Json): InboundMessage {
  const text = typeof message.text === 'string' ? message.text : typeof message.caption === 'string' ? message.caption : null;
  const from = message.from as Json | undefined;
  return {
    kind: kindOf(message),
    text,
    callbackData: null,
    telegramMessageId: typeof message.message_id === 'number' ? message.message_id : null,
    senderTelegramId: typeof from?.id === 'number' ? from.id : null,
  };
}

/** What a conversation keeps of an update: a message (new or edited, in a chat or channel) or a button press. */
export function inboundMessageOf(update: Update): InboundMessage | null {
  const body = update as unknown as Json;
  for (const key of ['message', 'edited_message', 'channel_post', 'edited_channel_post']) {
    const message = body[key] as Json | undefined;
    if (message && !('migrate_to_chat_id' in message) && !('migrate_from_chat_id' in message)) return fromMessage(message);
  }
  const callback = body.callback_query as Json | undefined;
  if (callback) {
    const message = callback.message as Json | undefined;
    return {
      kind: 'callback',
      text: null,
      callbackData: typeof callback.data === 'string' ? callback.data : null,
      telegramMessageId: typeof message?.message_id === 'number' ? message.message_id : null,
      senderTelegramId: typeof (callback.from as Json | undefined)?.id === 'number' ? ((callback.from as Json).id as number) : null,
    };
  }
  return null;
}

export function previewOf(message: Pick<InboundMessage, 'kind' | 'text' | 'callbackData'>): string {
  const preview = message.text ?? (message.callbackData ? `[button] ${message.callbackData}` : `[${message.kind}]`);
  return preview.length > 200 ? `${preview.slice(0, 197)}...` : preview;
}
