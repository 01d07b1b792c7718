/** Public shapes of the fake's control API (not of the Bot API itself, which is plain JSON). */

export interface BotApiFakeOptions {
  webhookRetry?: {
    /** Total delivery attempts per update (default 5). Telegram retries for hours; tests cannot wait that long. */
    attempts?: number;
    /** Delay before retry n (0-based) is baseDelayMs * 2^n (default 100). */
    baseDelayMs?: number;
  };
  /** How long a webhook may take to answer before the attempt fails with "Read timeout expired" (default 60000). */
  webhookTimeoutMs?: number;
  /**
   * Telegram answers a second setWebhook with a URL within 1 s with 429 "retry after 1" (default 1000).
   * Set 0 to turn that off.
   */
  setWebhookCooldownMs?: number;
}

export interface FakeBotInfo {
  token: string;
  id: number;
  username: string;
  firstName: string;
}

export type ChatType = 'private' | 'group' | 'supergroup' | 'channel';

export interface ChatSpec {
  id: number;
  type?: ChatType;
  title?: string;
  username?: string;
  first_name?: string;
  last_name?: string;
}

export type Fault =
  | { kind: 'rate-limit'; retryAfter: number }
  | { kind: 'blocked' }
  | { kind: 'chat-not-found' }
  | { kind: 'server-error'; status?: number }
  | { kind: 'hang' }
  | { kind: 'unauthorized' }
  /** 400 "Bad Request: <description>", e.g. "method is not available" for a method Telegram refuses this bot. */
  | { kind: 'bad-request'; description: string };

export interface FaultRule {
  method?: string;
  token?: string;
  chatId?: number | string;
  /** How many matching calls this rule answers (default 1; Infinity allowed). */
  times?: number;
  fault: Fault;
}

/**
 * The free rates (defaults: 30/s per bot, 1/s per private chat, 20/min per group or channel). A send with
 * allow_paid_broadcast is held to 1,000/s per bot instead of perBotPerSecond; its per-chat limits still apply.
 */
export interface TelegramLimits {
  perBotPerSecond?: number;
  perPrivateChatPerSecond?: number;
  perGroupPerMinute?: number;
}

export interface RecordedCall {
  readonly token: string;
  readonly method: string;
  readonly params: Record<string, unknown>;
  /** When the request arrived, ms since epoch. */
  readonly at: number;
  /** The call carried allow_paid_broadcast=true (a send over the free rate, paid for in Stars on Telegram). */
  readonly paidBroadcast: boolean;
  /** HTTP status answered; 0 while unanswered (long poll in progress, or a `hang` fault). */
  readonly status: number;
  /** The JSON body answered; undefined while unanswered. */
  readonly response: unknown;
}

export interface WebhookView {
  url: string;
  secretToken?: string;
  allowedUpdates?: string[];
  maxConnections: number;
  dropPendingUpdates?: boolean;
}

export interface DeliveryResult {
  delivered: boolean;
  attempts: number;
  /** HTTP status of each attempt; 0 for an attempt that got no HTTP answer (refused, reset, timed out). */
  statuses: number[];
  updateId: number;
}
