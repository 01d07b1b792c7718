import type { JobInsert } from '@switchboard/common';
/**
 * The job queue of single messages (API, interactive, jobs, replicas). Like broadcasts' queue, it
 * takes a batch by an index scan whatever its depth, one job per message (stately, keyed by the
 * message: a message is never taken twice at once). A chat's order is kept by the worker, which
 * puts a message back while an older one to the same chat is still QUEUED.
 */
export const SEND_QUEUE = 'telegram-message-send';
/**
 * Where single messages were queued before: a key_strict_fifo queue, FIFO per chat, whose fetch
 * sorts every queued job for its chat's head (measured: 20 s per fetch with 16,000 queued on
 * fresh statistics, 60 ms once analyzed). Nothing is added to it any more; a worker drains what
 * an earlier version left there.
 */
export const PREVIOUS_SEND_QUEUE = 'telegram-send';
/**
 * Broadcasts' messages: one per chat by construction, so no order per chat to keep. Their queue
 * takes a batch by an index scan, whatever its depth; a key_strict_fifo fetch sorts every queued
 * job for its chat's head, and on statistics that lag a broadcast's burst the planner joins them
 * pairwise (measured: 3.5 s per fetch with 3,000 queued, which capped a broadcast near 100/s).
 * Stately per message: a send job queued again while the first still waits (a pause and a resume
 * in quick succession) is not added, and one queued while the first runs waits for it, so no
 * message is taken twice at once nor left without a job.
 */
export const BROADCAST_SEND_QUEUE = 'telegram-broadcast-send';

export interface SendJob {
  messageId: string;
}

interface QueuedMessage {
  id: string;
  broadcastId?: string | null;
}

/** The queue a stored message's send job goes to. */
export function sendQueueOf(message: Pick<QueuedMessage, 'broadcastId'>): string {
  return message.broadcastId ? BROADCAST_SEND_QUEUE : SEND_QUEUE;
}

/** The send job of a stored message, one at a time per message; `startAfter` puts it off. */
export function sendJobOf(message: QueuedMessage, startAfter?: Date): JobInsert {
  return { data: { messageId: message.id } satisfies SendJob, singletonKey: message.id, ...(startAfter ? { startAfter } : {}) };
}
