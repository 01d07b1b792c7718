import { setTimeout as sleep } from 'node:timers/promises';
import { AnsweredWindow, SendRate } from '@switchboard/common';

/** Telegram's per-chat limits, as it counts them: one message a second to a person, twenty a minute to a group. */
const PRIVATE_CHAT_LIMIT: SendRate = { count: 1, perMs: 1_000 };
const GROUP_CHAT_LIMIT: SendRate = { count: 20, perMs: 60_000 };
/** Windows nobody used within their length are forgotten every so many sends. */
const SWEEP_EVERY = 1_000;

function chatLimitOf(chatId: string): SendRate {
  return Number(chatId) < 0 ? GROUP_CHAT_LIMIT : PRIVATE_CHAT_LIMIT;
}

/**
 * The last word on when this instance's sends leave: whatever the slots said, a send waits until
 * its bot's rate and its chat's limit, counted by arrival (AnsweredWindow), both let it go. Slots
 * only space sends; arrivals jitter by a busy event loop, a slow connection or a busy receiver,
 * and Telegram answers the send that makes one second too many with a 429 and a pause.
 */
export class SendWindows {
  private readonly windows = new Map<string, AnsweredWindow>();
  private departures = 0;

  /**
   * Waits for both limits, counts the send as leaving now, and answers the callback to call when
   * Telegram has answered it; null, counting nothing, when the send could not leave by `deadline`.
   */
  async depart(botId: string, rate: SendRate, chatId: string, deadline: number): Promise<(() => void) | null> {
    const chatLimit = chatLimitOf(chatId);
    const limits: Array<[AnsweredWindow, number]> = [
      [this.window(`bot:${botId}:${rate.count}/${rate.perMs}`, rate.perMs), rate.count],
      [this.window(`chat:${botId}:${chatId}`, chatLimit.perMs), chatLimit.count],
    ];
    for (;;) {
      const now = Date.now();
      const wait = Math.max(...limits.map(([window, limit]) => window.waitMs(now, limit)));
      if (now > deadline) return null;
      if (wait <= 0) break;
      await sleep(Math.min(wait, deadline - now + 1));
    }
    // No await between the check and the count: sends for one bot waiting together leave one by one.
    const answers = limits.map(([window]) => window.depart());
    if (++this.departures % SWEEP_EVERY === 0) this.sweep();
    return () => answers.forEach((answer) => answer());
  }

  private window(key: string, windowMs: number): AnsweredWindow {
    let window = this.windows.get(key);
    if (!window) {
      window = new AnsweredWindow(windowMs);
      this.windows.set(key, window);
    }
    return window;
  }

  private sweep(): void {
    const now = Date.now();
    for (const [key, window] of this.windows) if (window.isIdle(now)) this.windows.delete(key);
  }
}
