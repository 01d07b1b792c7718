import { ChatCompletionRequest, LlmErrorSpec, LlmReply } from './types';

/** A reply made uniform: what to send, and when. */
export type ReplyPlan =
  | { kind: 'text'; pieces: string[]; delayMs: number; stallAfter: number | undefined }
  | { kind: 'error'; error: LlmErrorSpec; delayMs: number }
  | { kind: 'hang' };

/** The default answer: repeats the last user turn, so a test sees which context reached the model. */
export function echoLastUserMessage(request: ChatCompletionRequest): string {
  const lastUser = request.messages.filter((message) => message.role === 'user').at(-1);
  return `You said: ${lastUser?.content ?? ''}`;
}

export function planOf(reply: LlmReply): ReplyPlan {
  if (typeof reply === 'string') return { kind: 'text', pieces: streamPieces(reply), delayMs: 0, stallAfter: undefined };
  if ('hang' in reply) return { kind: 'hang' };
  if ('error' in reply) return { kind: 'error', error: reply.error, delayMs: reply.delayMs ?? 0 };
  const pieces = Array.isArray(reply.text) ? reply.text : streamPieces(reply.text);
  return { kind: 'text', pieces, delayMs: reply.delayMs ?? 0, stallAfter: reply.stallAfter };
}

/** Streamed a word at a time (each with the spaces after it), about as finely as a model streams tokens. */
export function streamPieces(text: string): string[] {
  return text.match(/\S+\s*|\s+/g) ?? [];
}
