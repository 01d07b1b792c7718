import { BotError, BotErrorCode } from '@switchboard/bots';
import { ReplicaError, ReplicaErrorCode } from '../replica.errors';

/** What a failed start of a Telegram integration means: try again later, or stop with a reason the caller may read. */
export type StartFailure = { kind: 'retry'; reason: string } | { kind: 'failed'; error: ReplicaError };

const failed = (code: ReplicaErrorCode, message: string): StartFailure => ({ kind: 'failed', error: new ReplicaError(code, message) });

/**
 * Telegram out of reach (5xx, network errors, timeouts, 429) is worth retrying; anything Telegram
 * says about the token or the bot is permanent until the caller changes something. Messages are
 * our own words: neither Telegram's raw answer nor who else holds a bot is passed on. Errors that
 * are neither (a bug, the database) are not decided here.
 */
export function startFailureOf(error: unknown): StartFailure | null {
  if (error instanceof ReplicaError) return { kind: 'failed', error };
  if (!(error instanceof BotError)) return null;
  switch (error.code) {
    case BotErrorCode.TELEGRAM_UNAVAILABLE:
      return { kind: 'retry', reason: 'Telegram could not be reached; starting the bot is retried' };
    case BotErrorCode.TOKEN_REJECTED:
    case BotErrorCode.TOKEN_MALFORMED:
      return failed(ReplicaErrorCode.TELEGRAM_TOKEN_REJECTED, 'Telegram does not accept this telegram_token');
    case BotErrorCode.BOT_ALREADY_REGISTERED:
      return failed(ReplicaErrorCode.TELEGRAM_BOT_ELSEWHERE, 'The bot of this telegram_token is registered with another account');
    case BotErrorCode.TELEGRAM_REFUSED:
      return failed(ReplicaErrorCode.TELEGRAM_REFUSED, 'Telegram refused to start the bot of this telegram_token');
    case BotErrorCode.BOT_NOT_FOUND:
    case BotErrorCode.NO_BOT:
    case BotErrorCode.TOKEN_OF_ANOTHER_BOT:
    case BotErrorCode.INVALID_SEND_RATE:
      return null;
  }
}
