import { parseSendRate, SendRate } from '@switchboard/common';
import type { SendPayload } from '@switchboard/telegram';
import type { OutboundMessage } from '../outbound-message.entity';
import { splitText } from './split-text';

/** Telegram's ceiling for sends carrying allow_paid_broadcast. */
export const PAID_BROADCAST_RATE: SendRate = { count: 1_000, perMs: 1_000 };

/** The rate a message is paced at: the paid ceiling for a paid broadcast, else the bot's own, else the default. */
export function rateOf(message: Pick<OutboundMessage, 'paidBroadcast'>, botRate: string | null, defaultRate: SendRate): SendRate {
  if (message.paidBroadcast) return PAID_BROADCAST_RATE;
  return (botRate && parseSendRate(botRate)) || defaultRate;
}

/** The pieces a message is sent in: a long text is split; a photo goes once, its text as the caption. */
export function partsOf(message: Pick<OutboundMessage, 'text' | 'photo'>): string[] {
  return message.photo ? [message.text] : splitText(message.text);
}

/** The Bot API call for one piece; the reply markup rides on the last. */
export function sendRequestOf(message: OutboundMessage, part: string, last: boolean): SendPayload {
  const common = {
    chat_id: message.chatId,
    ...(message.messageThreadId ? { message_thread_id: Number(message.messageThreadId) } : {}),
    ...(message.parseMode ? { parse_mode: message.parseMode } : {}),
    ...(last && message.telegramMarkup ? { reply_markup: message.telegramMarkup } : {}),
    ...(message.paidBroadcast ? { allow_paid_broadcast: true } : {}),
  };
  if (message.photo) return { method: 'sendPhoto', payload: { ...common, photo: message.photo, ...(part ? { caption: part } : {}) } };
  return { method: 'sendMessage', payload: { ...common, text: part } };
}
