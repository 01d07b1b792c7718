/** The benchmark's knobs, read once from the environment, and the SPEC §7 bars it checks. */
import { positiveInteger } from '../support/bench-run';

/** Paid run: contacts of the paid bot, each with a started, unblocked identity on it (SPEC §7's 100,000). */
export const PAID_CONTACTS = positiveInteger('BENCH_PAID_CONTACTS', 100_000);
/** Paid run: a broadcast still running by then is measured as it stands and reported as cut short. */
export const PAID_MAX_SECONDS = positiveInteger('BENCH_PAID_MAX_SECONDS', 180);
/** Free-rate run: contacts of the free bot (more than the window sends, so the broadcast never runs dry). */
export const FREE_CONTACTS = positiveInteger('BENCH_FREE_CONTACTS', 3_000);
/** Free-rate run: how long the broadcast sends at Telegram's 30/s before it is cancelled. */
export const FREE_SECONDS = positiveInteger('BENCH_FREE_SECONDS', 20);
/** Crash run: contacts of the crash bot, and how many sends the fake records before the app is killed. */
export const CRASH_CONTACTS = positiveInteger('BENCH_CRASH_CONTACTS', 20_000);
export const KILL_AFTER_SENDS = positiveInteger('BENCH_KILL_AFTER_SENDS', 6_000);
/** A run (or the crash run's second half) that has not completed by then fails the benchmark. */
export const FINISH_TIMEOUT_MS = positiveInteger('BENCH_FINISH_TIMEOUT_SECONDS', 240) * 1_000;
/** How often the app's resident set is read. */
export const RSS_SAMPLE_MS = 100;

/** The free bot keeps the default rate: TELEGRAM_RATE_LIMIT, which the bench leaves at Telegram's 30/s. */
export const FREE_RATE_PER_SECOND = 30;
/** Daily limits stay in the send path, set far above what the run sends. */
export const DAILY_LIMIT = 1_000_000;

/** What every broadcast sends: a merge field, so each message is rendered per contact as in real use. */
export const BROADCAST_TEXT = 'Hi {{first_name|there}}, our spring sale starts today: 20% off everything until Sunday 🌷';

/** SPEC §7, never loosened. */
export const BARS = {
  firstSendSeconds: 1,
  paidSendsPerSecond: 950,
  peakRssMb: 300,
  freeShareOfRate: 0.95,
  free429s: 0,
  crashLost: 0,
} as const;

export { log } from '../support/bench-run';
