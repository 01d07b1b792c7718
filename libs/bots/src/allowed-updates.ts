/** Every update type the Bot API can deliver (Bot API 9.x), for validating what callers ask for. */
export const TELEGRAM_UPDATE_TYPES = [
  'message',
  'edited_message',
  'channel_post',
  'edited_channel_post',
  'business_connection',
  'business_message',
  'edited_business_message',
  'deleted_business_messages',
  'message_reaction',
  'message_reaction_count',
  'inline_query',
  'chosen_inline_result',
  'callback_query',
  'shipping_query',
  'pre_checkout_query',
  'purchased_paid_media',
  'poll',
  'poll_answer',
  'my_chat_member',
  'chat_member',
  'chat_join_request',
  'chat_boost',
  'removed_chat_boost',
] as const;

export type TelegramUpdateType = (typeof TELEGRAM_UPDATE_TYPES)[number];

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
