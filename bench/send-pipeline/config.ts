import { positiveInteger } from '../support/bench-run';
/** The benchmark's knobs, read once from the environment, and the SPEC §7 targets it checks. */
import { TelegramLimits } from '../../libs/bot-api-fake/src';
import { parseSendRate } from '../../libs/common/src/config/send-rate';

/** Throughput run: bots sending at once; 4 × 1,000/s leaves the pipeline, not the pacing, as the limit. */
export const THROUGHPUT_BOTS = positiveInteger('BENCH_BOTS', 4);
/** Throughput run: messages queued in all, spread round-robin over the bots; at 2,000/s the drain lasts several seconds. */
export const MESSAGES = positiveInteger('BENCH_MESSAGES', 16_000);
/** Distinct private chats per throughput bot; with at most one message per chat, the 1/s per-chat pacing never binds. */
export const CHATS_PER_BOT = positiveInteger('BENCH_CHATS_PER_BOT', 4_000);
/** sendMessages mutations in flight at once while queueing, and the messages each carries (the API takes up to 1,000). */
export const CONCURRENCY = positiveInteger('BENCH_CONCURRENCY', 4);
export const ENQUEUE_BATCH = positiveInteger('BENCH_ENQUEUE_BATCH', 500);
/** Rate run: bots sending at once under Telegram's limits, and messages each. */
export const RATE_BOTS = positiveInteger('BENCH_RATE_BOTS', 3);
export const RATE_MESSAGES_PER_BOT = positiveInteger('BENCH_RATE_MESSAGES', 600);
/** A run that has not drained by then is reported as it stands. */
export const DRAIN_TIMEOUT_MS = positiveInteger('BENCH_DRAIN_TIMEOUT_SECONDS', 300) * 1_000;

/** The maximum send_rate the app accepts, so the bot's pacing stays out of the way in the throughput run. */
export const THROUGHPUT_SEND_RATE = '1000/s';
/**
 * Rate bots keep send_rate null, i.e. TELEGRAM_RATE_LIMIT, which startApp leaves at its default 30/s;
 * BENCH_RATE_SEND_RATE (e.g. "28/s") sets one instead, to see how pacing below the limit fares.
 */
export const RATE_SEND_RATE: string | null = process.env.BENCH_RATE_SEND_RATE || null;
const DEFAULT_RATE_PER_SECOND = 30;
export const RATE_CONFIGURED_PER_SECOND = ((): number => {
  if (RATE_SEND_RATE === null) return DEFAULT_RATE_PER_SECOND;
  const rate = parseSendRate(RATE_SEND_RATE);
  if (!rate) throw new Error(`BENCH_RATE_SEND_RATE must look like 30/s or 20/min (got "${RATE_SEND_RATE}")`);
  return (rate.count * 1_000) / rate.perMs;
})();
/** A bot's daily limit is set high rather than removed, so the daily count stays in the send path without binding. */
export const DAILY_LIMIT = 1_000_000;

export const TELEGRAM_LIMITS: Required<TelegramLimits> = { perBotPerSecond: 30, perPrivateChatPerSecond: 1, perGroupPerMinute: 20 };

/** SPEC §7, raised by the send engine's requirement: drained, and accepted by the API. */
export const TARGETS = {
  minMessagesPerSecond: 2_000,
  minEnqueuedPerSecond: 1_000,
  minShareOfConfiguredRate: 0.95,
} as const;

export { log } from '../support/bench-run';
