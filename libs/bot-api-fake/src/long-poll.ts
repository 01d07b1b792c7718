import { BotApiError, conflict } from './bot-api-error';

/** Why a waiting getUpdates stopped waiting. */
export type LongPollEnd = 'woken' | 'timeout' | 'ended' | 'aborted';

interface Waiter {
  settle(end: LongPollEnd | BotApiError): void;
}

/** The single getUpdates a bot may have waiting, as on Telegram: a newer one evicts it with 409. */
export class LongPollSlot {
  private current: Waiter | undefined;

  wait(timeoutMs: number, signal: AbortSignal): Promise<LongPollEnd> {
    this.terminate(conflict('terminated by other getUpdates request; make sure that only one bot instance is running'));
    return new Promise<LongPollEnd>((resolve, reject) => {
      const waiter: Waiter = {
        settle: (end) => {
          clearTimeout(timer);
          signal.removeEventListener('abort', onAbort);
          if (this.current === waiter) this.current = undefined;
          if (end instanceof BotApiError) reject(end);
          else resolve(end);
        },
      };
      const onAbort = (): void => waiter.settle('aborted');
      const timer = setTimeout(() => waiter.settle('timeout'), timeoutMs);
      this.current = waiter;
      signal.addEventListener('abort', onAbort, { once: true });
      if (signal.aborted) onAbort();
    });
  }

  wake(): void {
    this.current?.settle('woken');
  }

  terminate(error: BotApiError): void {
    this.current?.settle(error);
  }

  end(): void {
    this.current?.settle('ended');
  }
}
