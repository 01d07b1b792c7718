/**
 * The sends Switchboard makes, typed by us: Telegraf's typings stop at Bot API 7.1, and
 * `allow_paid_broadcast` (7.11) is newer. They travel through Telegraf's raw call as they are.
 */
interface SendCommon {
  chat_id: string | number;
  /** A forum topic of the chat. */
  message_thread_id?: number;
  parse_mode?: string;
  reply_markup?: unknown;
  /** Paid broadcast (Bot API 7.11): counts against the bot's paid ceiling of 1,000 messages/s, billed in Stars. */
  allow_paid_broadcast?: boolean;
}

export interface SendMessagePayload extends SendCommon {
  text: string;
}

export interface SendPhotoPayload extends SendCommon {
  /** An http(s) URL or a Telegram file_id. */
  photo: string;
  caption?: string;
}

export type SendPayload = { method: 'sendMessage'; payload: SendMessagePayload } | { method: 'sendPhoto'; payload: SendPhotoPayload };

/** Bot API 9.5: a message being written, shown in a private chat until the message itself is sent. */
export interface SendMessageDraftPayload {
  chat_id: string | number;
  /** Non-zero; drafts with the same id replace each other. */
  draft_id: number;
  text: string;
  message_thread_id?: number;
}

/** What Switchboard reads of the Message a send answers. */
export interface SentMessage {
  message_id: number;
}
