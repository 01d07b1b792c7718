import type { JobInsert } from '@switchboard/common';
/** The job queue of outbound messages, FIFO per bot and chat. */
export const SEND_QUEUE = 'telegram-send';
/**
 * Broadcasts' messages: one per chat by construction, so no order per chat to keep. Their queue
 * takes a batch by an index scan, whatever its depth; a key_strict_fifo fetch sorts every queued
 * job for its chat's head, and on statistics that lag a broadcast's burst the planner joins them
 * pairwise (measured: 3.5 s per fetch with 3,000 queued, which capped a broadcast near 100/s).
 * Stately per message, as the chat's key serializes other sends: a send job queued again while
 * the first still waits (a pause and a resume in quick succession) is not added, and one queued
 * while the first runs waits for it, so no message is taken twice at once nor left without a job.
 */
export const BROADCAST_SEND_QUEUE = 'telegram-broadcast-send';

export interface SendJob {
  messageId: string;
}

export function sendKeyOf(botId: string, chatId: string): string {
  return `${botId}:${chatId}`;
}

interface QueuedMessage {
  id: string;
  botId: string;
  chatId: string;
  broadcastId?: string | null;
}

/** The queue a stored message's send job goes to. */
export function sendQueueOf(message: Pick<QueuedMessage, 'broadcastId'>): string {
  return message.broadcastId ? BROADCAST_SEND_QUEUE : SEND_QUEUE;
}

/** The send job of a stored message: one at a time per chat, in order; a broadcast's, one at a time per message. */
export function sendJobOf(message: QueuedMessage): JobInsert {
  const singletonKey = message.broadcastId ? message.id : sendKeyOf(message.botId, message.chatId);
  return { data: { messageId: message.id } satisfies SendJob, singletonKey };
}
