import { createHash } from 'node:crypto';
import type { JobInsert } from '@switchboard/common';
import { AnswerTrigger } from './answer-trigger';

/**
 * Answers to prepare, FIFO per bot and chat: a chat's messages are answered one at a time and in
 * order, while other chats' answers go on beside them.
 */
export const ANSWER_QUEUE = 'replica-answer';

export interface AnswerJob {
  tenantId: string;
  botId: string;
  integrationId: string;
  chatId: string;
  chatType: string;
  /** The forum topic the message came from: the answer goes there. */
  messageThreadId: string | null;
  trigger: AnswerTrigger;
  /** The stored update whose message is answered: the conversation's message of that event. */
  eventId: string;
}

/** A job id that is the update's own: the same update processed twice queues one answer. */
function jobIdOf(eventId: string): string {
  const hex = createHash('sha256').update(`${ANSWER_QUEUE}:${eventId}`).digest('hex');
  // Shaped as a version 4 UUID, the form pg-boss' ids take.
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export function answerJobOf(eventId: string, job: AnswerJob): JobInsert {
  return { id: jobIdOf(eventId), data: job, singletonKey: `${job.botId}:${job.chatId}` };
}
