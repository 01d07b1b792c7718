/** The job queue that processes stored updates, FIFO per chat. */
export const UPDATE_QUEUE = 'telegram-update';

/** Attempts before an update stays FAILED (the first try plus retries with exponential backoff). */
export const UPDATE_RETRY_LIMIT = 5;

export interface UpdateJob {
  eventId: string;
}

/** Updates of one chat share a key, so they run one at a time and in order; others run in parallel. */
export function orderingKeyOf(botId: string, chatId: string | null, eventId: string): string {
  return chatId === null ? `${botId}:event:${eventId}` : `${botId}:chat:${chatId}`;
}

/**
 * A job id that sorts like the event id. Jobs queued in one transaction share their creation
 * time, and the queue breaks that tie on the id, so random ids would shuffle a chat's updates.
 * (Random v4 ids carry a 4 in the version digit, so these never meet one.)
 */
export function orderedJobId(eventId: string): string {
  const hex = BigInt(eventId).toString(16).padStart(32, '0');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
