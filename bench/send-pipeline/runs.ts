/** The two measured runs: the pipeline's own throughput, and pacing under Telegram's limits. */
import { BotApiFake } from '../../libs/bot-api-fake/src';
import { startCpuMeter, CpuUsage } from '../webhook-intake/cpu';
import { log } from './config';
import { DeliveryWatch, Outcome } from './drain';
import { EnqueueResult, enqueueAll, planSends } from './enqueue';
import { combine, SendCalls, sendCallsOf } from './fake-calls';
import { BenchBot } from './setup';

export interface RunContext {
  origin: string;
  apiKey: string;
  databaseUrl: string;
  fake: BotApiFake;
  appPid: number | undefined;
  concurrency: number;
  batchSize: number;
  drainTimeoutMs: number;
}

export interface ThroughputRun {
  bots: number;
  messages: number;
  enqueue: EnqueueResult;
  outcome: Outcome;
  /** Seconds from the first enqueue to the last sent_at. */
  seconds: number;
  sentPerSecond: number;
  fake: SendCalls;
  cpu?: CpuUsage;
}

export interface RateRun {
  messagesPerBot: number;
  enqueue: EnqueueResult;
  outcome: Outcome;
  perBot: Array<{ botAppId: string; calls: SendCalls }>;
}

/** Queues `total` messages over `bots` and follows them until the app has settled them all. */
async function sendAndDrain(context: RunContext, bots: BenchBot[], total: number, label: string) {
  const sends = planSends(bots, total, label);
  const watch = await DeliveryWatch.start(context.databaseUrl, bots.map((bot) => bot.botAppId));
  log(`${label}: queueing ${total.toLocaleString('en-US')} messages over ${bots.length} bots, ${context.concurrency} batches in flight…`);
  const queueing = enqueueAll(context.origin, context.apiKey, sends, context.concurrency, context.batchSize).then((enqueue) => {
    log(`${label}: queued ${enqueue.queued.toLocaleString('en-US')} in ${enqueue.seconds.toFixed(1)} s (${enqueue.refused} refused); waiting for delivery…`);
    return enqueue;
  });
  const outcome = await watch.follow(
    queueing.then((enqueue) => ({ expected: enqueue.queued, endedAt: enqueue.startedAt + enqueue.seconds * 1000 })),
    context.drainTimeoutMs,
    log,
  );
  return { enqueue: await queueing, outcome };
}

/**
 * No limits at the fake and 1,000/s per bot: whatever caps the rate is the pipeline itself.
 * Everything is queued first, with no worker running, then `startWorkers` brings up an instance
 * that sends: the rate at which it drains the backlog is the engine's, not the enqueue API's.
 */
export async function throughputRun(context: RunContext, bots: BenchBot[], messages: number, startWorkers: () => Promise<number | undefined>): Promise<ThroughputRun> {
  context.fake.enforceTelegramLimits(false);
  const sends = planSends(bots, messages, 'throughput');
  log(`throughput: queueing ${messages.toLocaleString('en-US')} messages over ${bots.length} bots with no worker running…`);
  const enqueue = await enqueueAll(context.origin, context.apiKey, sends, context.concurrency, context.batchSize);
  log(`throughput: queued ${enqueue.queued.toLocaleString('en-US')} in ${enqueue.seconds.toFixed(1)} s; starting a worker instance…`);
  const watch = await DeliveryWatch.start(context.databaseUrl, bots.map((bot) => bot.botAppId));
  const workerPid = await startWorkers();
  const stopMeter = startCpuMeter(workerPid);
  const outcome = await watch.follow(Promise.resolve({ expected: enqueue.queued, endedAt: Date.now() }), context.drainTimeoutMs, log);
  const cpu = stopMeter();
  const fake = combine(bots.map((bot) => sendCallsOf(context.fake, bot.token)));
  const seconds = fake.firstOkAt !== null && fake.lastOkAt !== null ? (fake.lastOkAt - fake.firstOkAt) / 1000 : 0;
  return { bots: bots.length, messages, enqueue, outcome, seconds, sentPerSecond: fake.okPerSecond, fake, cpu };
}

/** The fake enforces Telegram's limits; each bot is at its configured (default) rate. */
export async function rateRun(context: RunContext, bots: BenchBot[], messagesPerBot: number, limits: Parameters<BotApiFake['enforceTelegramLimits']>[0]): Promise<RateRun> {
  context.fake.enforceTelegramLimits(limits);
  try {
    const { enqueue, outcome } = await sendAndDrain(context, bots, messagesPerBot * bots.length, 'rate');
    return {
      messagesPerBot,
      enqueue,
      outcome,
      perBot: bots.map((bot) => ({ botAppId: bot.botAppId, calls: sendCallsOf(context.fake, bot.token) })),
    };
  } finally {
    context.fake.enforceTelegramLimits(false);
  }
}
