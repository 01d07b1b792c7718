/**
 * Send pipeline benchmark (SPEC §7): how many messages/s the API accepts (sendMessages batches),
 * how many messages/s the delivery engine settles as SENT against a Bot API fake with no limits,
 * and how close each bot gets to its configured rate, with no 429, while the fake enforces
 * Telegram's limits, sent by two worker instances at once — both runs in the same process.
 *
 *   npm run bench:send-pipeline
 *   BENCH_MESSAGES=20000 BENCH_BOTS=4 BENCH_CHATS_PER_BOT=5000 BENCH_CONCURRENCY=4 BENCH_ENQUEUE_BATCH=500 BENCH_RATE_BOTS=3 BENCH_RATE_MESSAGES=600 DATABASE_URL=postgres://… npm run bench:send-pipeline
 *   BENCH_RATE_SEND_RATE=28/s …   (rate bots below Telegram's 30/s instead of the default)
 *
 * Reuses bench/webhook-intake's helpers (the built app as a child process, a throw-away database)
 * and bench/contacts' (tenant and bots over the public APIs, the GraphQL client).
 * Exits 0 when it measured, whether or not the targets were met (they are printed as PASS/FAIL);
 * non-zero only when it could not measure.
 */
import { Cleanups, runBenchmark } from '../support/bench-run';
import { withClient } from '../support/pg-client';
import { BotApiFake } from '../../libs/bot-api-fake/src';
import { AppProcess, ensureAppBuilt, startApp } from '../webhook-intake/app-process';
import { BenchDatabase, createBenchDatabase } from '../webhook-intake/database';
import {
  CHATS_PER_BOT,
  CONCURRENCY,
  DAILY_LIMIT,
  DRAIN_TIMEOUT_MS,
  ENQUEUE_BATCH,
  log,
  MESSAGES,
  RATE_BOTS,
  RATE_MESSAGES_PER_BOT,
  RATE_SEND_RATE,
  TELEGRAM_LIMITS,
  THROUGHPUT_BOTS,
  THROUGHPUT_SEND_RATE,
} from './config';
import { printReport } from './report';
import { RunContext, rateRun, throughputRun } from './runs';
import { BenchBotSettings, setUpBots } from './setup';

async function main(cleanups: Cleanups): Promise<void> {
  ensureAppBuilt(log);
  if (MESSAGES > THROUGHPUT_BOTS * CHATS_PER_BOT) {
    log('warning: more messages than chats per bot; chats repeat and the 1/s per-chat pacing may bind');
  }
  {
    const database: BenchDatabase = await createBenchDatabase(log);
    cleanups.push(['drop the bench database', () => database.dispose()]);
    // setWebhook's 1 s cooldown would only slow registering several bots.
    const fake = new BotApiFake({ setWebhookCooldownMs: 0 });
    await fake.start();
    cleanups.push(['stop the Bot API fake', () => fake.stop()]);

    log('starting Switchboard (it migrates the fresh database)…');
    // The HTTP instance takes every request; background work runs on a separate worker instance,
    // started once the throughput run's backlog is queued.
    const app: AppProcess = await startApp(database.url, fake.apiRoot, { RUN_WORKERS: 'false' });
    cleanups.push(['stop Switchboard', () => app.child.stop()]);
    const startWorkers = async () => {
      const worker = await startApp(database.url, fake.apiRoot);
      cleanups.push(['stop a worker instance', () => worker.child.stop()]);
      return worker.child.process.pid;
    };

    // Separate bots per run, so the rate run starts with no pacing state or backlog left by the throughput run.
    const settings: BenchBotSettings[] = [
      ...Array.from({ length: THROUGHPUT_BOTS }, () => ({ send_rate: THROUGHPUT_SEND_RATE, daily_limit: DAILY_LIMIT, chats: CHATS_PER_BOT })),
      ...Array.from({ length: RATE_BOTS }, () => ({ send_rate: RATE_SEND_RATE, daily_limit: DAILY_LIMIT, chats: RATE_MESSAGES_PER_BOT })),
    ];
    const chats = settings.reduce((sum, bot) => sum + bot.chats, 0);
    log(`registering ${settings.length} bots with ${chats.toLocaleString('en-US')} recipients in all (eSputnik tokens)…`);
    const setupStarted = Date.now();
    const tenant = await setUpBots(app.origin, fake, settings);
    log(`set up in ${((Date.now() - setupStarted) / 1000).toFixed(1)} s`);
    // Autovacuum analyzes the recipients just imported within a minute or so; the runs measure the
    // engine on statistics as they are from then on (as bench:broadcast does for its audiences).
    // Unanalyzed, each identity lookup scanned the bot's and the tenant's whole index ranges.
    await withClient(database.url, (client) => client.query('ANALYZE contacts, telegram_identities'));

    const context: RunContext = {
      origin: app.origin,
      apiKey: tenant.apiKey,
      databaseUrl: database.url,
      fake,
      appPid: app.child.process.pid,
      concurrency: CONCURRENCY,
      batchSize: ENQUEUE_BATCH,
      drainTimeoutMs: DRAIN_TIMEOUT_MS,
    };
    const throughput = await throughputRun(context, tenant.bots.slice(0, THROUGHPUT_BOTS), MESSAGES, startWorkers);
    // A second worker instance for the rate run: two instances send for each bot, and between them keep to its limits.
    log('rate: starting a second worker instance…');
    await startWorkers();
    const rate = await rateRun(context, tenant.bots.slice(THROUGHPUT_BOTS), RATE_MESSAGES_PER_BOT, TELEGRAM_LIMITS);

    printReport({ database: database.server }, throughput, rate);
    const appOutput = app.child.output().trim();
    if (appOutput) log(`Switchboard's output during the run (LOG_LEVEL=warn):\n${appOutput.slice(-4_000)}`);
  }
}

runBenchmark(main);
