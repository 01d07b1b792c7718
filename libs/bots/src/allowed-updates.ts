import { TelegramUpdateType } from '@switchboard/telegram';

export { TELEGRAM_UPDATE_TYPES } from '@switchboard/telegram';
export type { TelegramUpdateType } from '@switchboard/telegram';

/** What Switchboard asks Telegram for by default: what contacts, conversations, clicks and blocks need. */
export const DEFAULT_ALLOWED_UPDATES: TelegramUpdateType[] = [
  'message',
  'edited_message',
  'callback_query',
  'my_chat_member',
  'chat_join_request',
];

/** Connections Telegram may open to one bot's webhook at once (Telegram's own default is 40). */
export const WEBHOOK_MAX_CONNECTIONS = 40;
