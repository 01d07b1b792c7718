/** The job queue that processes stored updates, FIFO per chat. */
export const UPDATE_QUEUE = 'telegram-update';

/** Attempts before an update stays FAILED (the first try plus retries with exponential backoff). */
export const UPDATE_RETRY_LIMIT = 5;

/**
 * Updates of one chat stored together, in arrival order, processed in that order by one job.
 * A burst from a busy chat is one job rather than one per update: the queue, whose fetch for
 * per-chat order visits every waiting job, stays as short as the number of chats waiting.
 */
export interface UpdateJob {
  eventIds: string[];
}

/** A job queued before updates were grouped: one update. */
interface SingleUpdateJob {
  eventId: string;
}

export type QueuedUpdateJob = UpdateJob | SingleUpdateJob;

export function eventIdsOf(job: QueuedUpdateJob): string[] {
  return 'eventIds' in job ? job.eventIds : [job.eventId];
}

/** Updates per job at most: a job's updates run one after another, and a job must end well within its expiry. */
export const UPDATES_PER_JOB = 50;

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

interface QueuedEvent {
  id: string;
  bot_id: string;
  chat_id: string | null;
}

const byEventId = (a: string, b: string) => (BigInt(a) < BigInt(b) ? -1 : 1);

/** One job per chat for the events in arrival order (at most UPDATES_PER_JOB each), in the order of their first event. */
export function jobsFor(events: QueuedEvent[]): Array<{ id: string; data: UpdateJob; singletonKey: string }> {
  const byKey = new Map<string, string[][]>();
  for (const event of [...events].sort((a, b) => byEventId(a.id, b.id))) {
    const key = orderingKeyOf(event.bot_id, event.chat_id, event.id);
    const chunks = byKey.get(key) ?? [];
    const last = chunks.at(-1);
    if (last && last.length < UPDATES_PER_JOB) last.push(event.id);
    else chunks.push([event.id]);
    byKey.set(key, chunks);
  }
  const jobs = [...byKey].flatMap(([singletonKey, chunks]) => chunks.map((eventIds) => ({ id: orderedJobId(eventIds[0]), data: { eventIds }, singletonKey })));
  return jobs.sort((a, b) => byEventId(a.data.eventIds[0], b.data.eventIds[0]));
}
