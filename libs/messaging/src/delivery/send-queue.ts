/** The job queue of outbound messages, FIFO per bot and chat. */
export const SEND_QUEUE = 'telegram-send';

export interface SendJob {
  messageId: string;
}

export function sendKeyOf(botId: string, chatId: string): string {
  return `${botId}:${chatId}`;
}
