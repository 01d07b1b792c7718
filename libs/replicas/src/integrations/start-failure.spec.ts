import { BotError, BotErrorCode } from '@switchboard/bots';
import { ReplicaError, ReplicaErrorCode } from '../replica.errors';
import { startFailureOf } from './start-failure';

describe('what a failed start of a Telegram integration means', () => {
  it('retries when Telegram cannot be reached', () => {
    expect(startFailureOf(new BotError(BotErrorCode.TELEGRAM_UNAVAILABLE, 'Telegram could not be reached: 502'))).toEqual({ kind: 'retry', reason: expect.any(String) });
  });

  it.each([
    [BotErrorCode.TOKEN_REJECTED, ReplicaErrorCode.TELEGRAM_TOKEN_REJECTED],
    [BotErrorCode.TOKEN_MALFORMED, ReplicaErrorCode.TELEGRAM_TOKEN_REJECTED],
    [BotErrorCode.BOT_ALREADY_REGISTERED, ReplicaErrorCode.TELEGRAM_BOT_ELSEWHERE],
    [BotErrorCode.TELEGRAM_REFUSED, ReplicaErrorCode.TELEGRAM_REFUSED],
  ])('stops for good on %s, in its own words', (code, expected) => {
    const outcome = startFailureOf(new BotError(code, 'Bot @someone_elses_bot: Unauthorized'));
    expect(outcome).toEqual({ kind: 'failed', error: expect.objectContaining({ code: expected }) });
    expect(outcome?.kind === 'failed' && outcome.error.message).not.toContain('someone_elses_bot');
  });

  it('passes its own refusals through, and decides nothing about other errors', () => {
    const own = new ReplicaError(ReplicaErrorCode.TELEGRAM_BOT_TAKEN, 'taken');
    expect(startFailureOf(own)).toEqual({ kind: 'failed', error: own });
    expect(startFailureOf(new Error('connection terminated'))).toBeNull();
  });
});
