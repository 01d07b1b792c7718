/** Why no answer came: the engine logs it and sends the chat its fallback. */
export type AnswerFailure = 'aborted' | 'http-error' | 'unreachable' | 'empty' | 'malformed';

/** A failed answer. Its message says what happened and never carries a key, a secret or the conversation. */
export class AnswerError extends Error {
  override readonly name = 'AnswerError';

  constructor(
    readonly failure: AnswerFailure,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }

  static aborted(source: string): AnswerError {
    return new AnswerError('aborted', `Stopped waiting for ${source}: the answer was abandoned (timeout or shutdown)`);
  }

  static empty(source: string): AnswerError {
    return new AnswerError('empty', `${source} answered an empty reply`);
  }
}

/** Why a chat got its fallback, as /metrics counts it: a small, fixed set. */
export type FallbackReason = 'timeout' | AnswerFailure | 'error';

/** A timeout wins over whatever the answerer made of being aborted; an error not ours is just 'error'. */
export function fallbackReasonOf(error: unknown, timedOut: boolean): FallbackReason {
  if (timedOut) return 'timeout';
  return error instanceof AnswerError ? error.failure : 'error';
}
