import { Replica } from '../replica.entity';

/** One message of the chat as the answerer sees it, oldest first. */
export interface ChatTurn {
  role: 'user' | 'assistant';
  content: string;
}

/** What a replica is asked to answer: the chat's last turns (the newest is the one to answer). */
export interface AnswerRequest {
  replica: Replica;
  turns: ChatTurn[];
  /** Ties the answerer's call to the logs (and to the tenant endpoint's own). */
  requestId: string;
  chat: { botId: string; chatId: string; chatType: string };
  /** Aborted at the answer timeout: the answerer stops and rejects. */
  signal: AbortSignal;
  /** Called with the whole text so far each time it grows, for answerers that stream. */
  onText?: (textSoFar: string) => void;
}

/** Where a replica's answers come from. Rejects when no answer can be had (the chat then gets a fallback). */
export interface Answerer {
  answer(request: AnswerRequest): Promise<string>;
}

/** Picks a replica's answerer: its own endpoint, its own or the platform's model; null when none is configured. */
export abstract class Answerers {
  abstract of(replica: Replica): Answerer | null;
}
