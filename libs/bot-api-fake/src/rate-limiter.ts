import { SlidingWindow } from '@switchboard/common/rate/sliding-window';
import { ChatType, TelegramLimits } from './types';

const DEFAULT_LIMITS: Required<TelegramLimits> = {
  perBotPerSecond: 30,
  perPrivateChatPerSecond: 1,
  perGroupPerMinute: 20,
};

/** Bot API 7.11: a send with allow_paid_broadcast may go past the free rate, up to this many per second per bot. */
export const PAID_BROADCAST_PER_BOT_PER_SECOND = 1000;

/** One send as the limiter sees it. `chatType` is undefined for an unknown chat, which then only counts against the bot. */
export interface SendAdmission {
  token: string;
  chatKey: string;
  chatType: ChatType | undefined;
  /** Sent with allow_paid_broadcast: measured against the paid ceiling instead of the free per-bot rate. */
  paid: boolean;
}

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
   * Free and paid sends share the bot's window, so paid sends also use up the free rate, and free sends
   * stay at the free rate however many paid ones go out.
   */
  admit(send: SendAdmission, now = Date.now()): number | undefined {
    const limits = this.limits;
    if (!limits) return undefined;
    const perBot = send.paid ? PAID_BROADCAST_PER_BOT_PER_SECOND : limits.perBotPerSecond;
    const checks: Array<[SlidingWindow, number]> = [[this.window(`bot:${send.token}`, 1000), perBot]];
    const chatWindow = `chat:${send.token}:${send.chatKey}`;
    if (send.chatType === 'private') {
      checks.push([this.window(chatWindow, 1000), limits.perPrivateChatPerSecond]);
    } else if (send.chatType !== undefined) {
      checks.push([this.window(chatWindow, 60_000), limits.perGroupPerMinute]);
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
