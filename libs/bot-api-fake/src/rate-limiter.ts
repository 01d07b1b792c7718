import { SlidingWindow } from './sliding-window';
import { ChatType, TelegramLimits } from './types';

const DEFAULT_LIMITS: Required<TelegramLimits> = {
  perBotPerSecond: 30,
  perPrivateChatPerSecond: 1,
  perGroupPerMinute: 20,
};

/** Telegram's documented flood limits for sending messages, off until enabled. */
export class RateLimiter {
  private limits: Required<TelegramLimits> | undefined;
  private windows = new Map<string, SlidingWindow>();

  configure(limits: TelegramLimits | false): void {
    this.limits = limits === false ? undefined : { ...DEFAULT_LIMITS, ...limits };
    this.windows.clear();
  }

  /**
   * Admits one send and counts it, or returns the retry_after (whole seconds, at least 1) of the tightest limit hit.
   * `chatType` is undefined for an unknown chat, which then only counts against the bot.
   */
  admit(token: string, chatKey: string, chatType: ChatType | undefined, now = Date.now()): number | undefined {
    const limits = this.limits;
    if (!limits) return undefined;
    const checks: Array<[SlidingWindow, number]> = [[this.window(`bot:${token}`, 1000), limits.perBotPerSecond]];
    if (chatType === 'private') {
      checks.push([this.window(`chat:${token}:${chatKey}`, 1000), limits.perPrivateChatPerSecond]);
    } else if (chatType !== undefined) {
      checks.push([this.window(`chat:${token}:${chatKey}`, 60_000), limits.perGroupPerMinute]);
    }
    const waitMs = Math.max(...checks.map(([window, limit]) => window.waitMs(now, limit)));
    if (waitMs > 0) return Math.max(1, Math.ceil(waitMs / 1000));
    for (const [window] of checks) window.record(now);
    return undefined;
  }

  private window(key: string, windowMs: number): SlidingWindow {
    let window = this.windows.get(key);
    if (!window) {
      window = new SlidingWindow(windowMs);
      this.windows.set(key, window);
    }
    return window;
  }
}
