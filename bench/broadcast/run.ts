/**
 * Broadcast benchmark (SPEC §7): a paid broadcast to 100,000 contacts (first send after launch,
 * steady sends/s against the 1,000/s paid ceiling, the app's peak resident set), a free broadcast
 * under Telegram's limits (share of 30/s, 429s), and a broadcast whose app is killed with SIGKILL
 * and restarted mid-way (recipients lost, sent twice, inFlightAtCrash) — one app process, one run.
 *
 *   npm run bench:broadcast
 *   BENCH_PAID_CONTACTS=100000 BENCH_PAID_MAX_SECONDS=180 BENCH_FREE_CONTACTS=3000 BENCH_FREE_SECONDS=20 \
 *   BENCH_CRASH_CONTACTS=20000 BENCH_KILL_AFTER_SENDS=6000 DATABASE_URL=postgres://… npm run bench:broadcast
 *
 * Reuses bench/webhook-intake's helpers (the built app as a child process, a throw-away database)
 * and bench/contacts' (the tenant, the GraphQL client). Exits non-zero when a bar is missed, as
 * when it could not measure.
 */
import { performance } from 'node:perf_hooks';
import { BotApiFake } from '../../libs/bot-api-fake/src';
import { Cleanups, runBenchmark } from '../support/bench-run';
import { AppProcess, ensureAppBuilt, startApp } from '../webhook-intake/app-process';
import { machineBusyPercent } from '../webhook-intake/cpu';
import { BenchDatabase, createBenchDatabase } from '../webhook-intake/database';
import { CRASH_CONTACTS, FREE_CONTACTS, log, PAID_CONTACTS } from './config';
import { crashRun } from './crash-run';
import { freeRateRun } from './free-rate-run';
import { paidRun } from './paid-run';
import { printReport } from './report';
import { RunContext } from './run-context';
import { benchBot, createTenant } from './setup';

async function main(cleanups: Cleanups): Promise<void> {
  ensureAppBuilt(log);
  const database: BenchDatabase = await createBenchDatabase(log);
  cleanups.push(['drop the bench database', () => database.dispose()]);
  // setWebhook's 1 s cooldown would only slow registering the bots.
  const fake = new BotApiFake({ setWebhookCooldownMs: 0 });
  await fake.start();
  cleanups.push(['stop the Bot API fake', () => fake.stop()]);

  const apps: AppProcess[] = [];
  const start = async (): Promise<AppProcess> => {
    const app = await startApp(database.url, fake.apiRoot);
    cleanups.push(['stop Switchboard', () => app.child.stop()]);
    apps.push(app);
    return app;
  };
  log('starting Switchboard (it migrates the fresh database)…');
  const context: RunContext = { app: await start(), databaseUrl: database.url, fake, apiKey: '' };
  const tenant = await createTenant(context.app.origin, fake);
  context.apiKey = tenant.apiKey;

  log(`registering 3 bots and seeding ${(PAID_CONTACTS + FREE_CONTACTS + CRASH_CONTACTS).toLocaleString('en-US')} contacts in SQL…`);
  const seedStarted = performance.now();
  const bot = (name: string, paid: boolean, contacts: number, index: number) => benchBot(context.app.origin, database.url, fake, tenant, { name, paid, contacts, index });
  const paidBot = await bot('paid broadcaster', true, PAID_CONTACTS, 0);
  const freeBot = await bot('free broadcaster', false, FREE_CONTACTS, 1);
  const crashBot = await bot('crash broadcaster', true, CRASH_CONTACTS, 2);
  const seedSeconds = (performance.now() - seedStarted) / 1_000;
  log(`set up in ${seedSeconds.toFixed(1)} s; machine ${(await machineBusyPercent())?.toFixed(0) ?? '?'}% busy before measuring`);

  const paid = await paidRun(context, paidBot);
  // The paid run's 100,000 calls are read; later runs scan a short log.
  fake.clearCalls();
  const free = await freeRateRun(context, freeBot);
  const crash = await crashRun(context, crashBot, async () => (context.app = await start()));

  const missed = printReport({ database: database.server, seedSeconds }, paid, free, crash);
  apps.forEach((app, index) => {
    const output = app.child.output().trim();
    if (output) log(`Switchboard's output (instance ${index + 1} of ${apps.length}, LOG_LEVEL=warn):\n${output.slice(-4_000)}`);
  });
  if (missed.length > 0) throw new Error(`${missed.length} bar(s) of SPEC §7 missed`);
}

runBenchmark(main);
