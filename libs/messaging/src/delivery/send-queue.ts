import type { JobInsert } from '@switchboard/common';
/** The job queue of outbound messages, FIFO per bot and chat. */
export const SEND_QUEUE = 'telegram-send';

export interface SendJob {
  messageId: string;
}

export function sendKeyOf(botId: string, chatId: string): string {
  return `${botId}:${chatId}`;
}

/** The send job of a stored message: one at a time per chat, in order. */
export function sendJobOf(message: { id: string; botId: string; chatId: string }): JobInsert {
  return { data: { messageId: message.id } satisfies SendJob, singletonKey: sendKeyOf(message.botId, message.chatId) };
}
