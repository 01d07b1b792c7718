/**
 * Scenario 1: a paid broadcast to every contact of a bot (100,000 by default) against a fake with
 * no limits. How soon the first send reaches Telegram after the launch request, the steady rate
 * against the 1,000/s paid ceiling, and the app's resident set throughout.
 */
import { CpuUsage, startCpuMeter } from '../webhook-intake/cpu';
import { BroadcastStats, BroadcastWatch, broadcastStats, cancelBroadcast, createBroadcast, launchBroadcast } from './broadcast-api';
import { log, PAID_MAX_SECONDS, RSS_SAMPLE_MS } from './config';
import { pidOf, RunContext } from './run-context';
import { RssReading, sampleRss } from './rss';
import { Coverage, coverageOf, Pace, paceOf, Sends, sendsOf } from './sends';
import { BenchBot } from './setup';

export interface PaidRun {
  audience: number;
  /** Seconds from the launch request going out to the first send the fake recorded. */
  firstSendSeconds: number | null;
  /** How long launchBroadcast took to answer. */
  launchAnswerSeconds: number;
  /** COMPLETED within PAID_MAX_SECONDS, or measured as it stood then (and cancelled). */
  completed: boolean;
  /** Seconds from the launch request to COMPLETED (or to the cut). */
  seconds: number;
  sends: Omit<Sends, 'perChat' | 'okTimes'>;
  pace: Pace;
  coverage: Coverage;
  rss: RssReading;
  cpu: CpuUsage | undefined;
  stats: BroadcastStats;
  /** Sends that could not leave within 15 ms of their slot and took a new one (the app's own count), if it could be read. */
  missedSlots: number | null;
}

/** A counter of the app's /metrics page (no METRICS_TOKEN is set for the bench). */
async function counterOf(origin: string, name: string): Promise<number | null> {
  const page = await fetch(`${origin}/metrics`).then((response) => (response.ok ? response.text() : ''));
  const value = new RegExp(`^${name} (\\S+)$`, 'm').exec(page)?.[1];
  return value === undefined ? null : Number(value);
}

export async function paidRun(context: RunContext, bot: BenchBot): Promise<PaidRun> {
  const { app, apiKey, fake } = context;
  const id = await createBroadcast(app.origin, apiKey, bot.id, 'Spring sale (paid)');
  const watch = await BroadcastWatch.open(context.databaseUrl);
  try {
    log(`paid: launching a broadcast to ${bot.chatIds.length.toLocaleString('en-US')} contacts…`);
    const stopRss = sampleRss(pidOf(app), RSS_SAMPLE_MS);
    const stopCpu = startCpuMeter(pidOf(app));
    const launched = await launchBroadcast(app.origin, apiKey, id);
    const cutAt = launched.requestedAt + PAID_MAX_SECONDS * 1_000;
    const sent = () => fake.callsTo('sendMessage', bot.token).length;
    const completed = await watch.waitFor(id, 'COMPLETED', () => Date.now() > cutAt, () => log(`  paid: ${sent().toLocaleString('en-US')} sends recorded`));
    const finishedAt = Date.now();
    const rss = stopRss();
    const cpu = stopCpu();
    if (!completed) {
      log(`paid: not COMPLETED after ${PAID_MAX_SECONDS} s; measured as it stands, and cancelled`);
      await cancelBroadcast(app.origin, apiKey, id);
    }
    const stats = (await broadcastStats(app.origin, apiKey, id)).stats;
    const sends = sendsOf(fake, bot.token);
    const firstAt = sends.okTimes[0];
    return {
      audience: bot.chatIds.length,
      firstSendSeconds: firstAt !== undefined ? (firstAt - launched.requestedAt) / 1_000 : null,
      launchAnswerSeconds: (launched.answeredAt - launched.requestedAt) / 1_000,
      completed,
      seconds: (finishedAt - launched.requestedAt) / 1_000,
      sends: { calls: sends.calls, ok: sends.ok, tooMany: sends.tooMany, otherErrors: sends.otherErrors, unpaid: sends.unpaid },
      pace: paceOf(sends.okTimes),
      coverage: coverageOf(sends, bot.chatIds),
      rss,
      cpu,
      stats,
      missedSlots: await counterOf(app.origin, 'switchboard_send_slots_missed_total'),
    };
  } finally {
    await watch.close();
  }
}
