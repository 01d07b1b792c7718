/**
 * Webhook intake benchmark: how many Telegram updates/s Switchboard stores and acknowledges at
 * 100 concurrent connections, against a bare Telegraf webhook that stores nothing, same run, same machine.
 *
 *   npm run bench:webhook-intake
 *   BENCH_SECONDS=30 BENCH_WARMUP_SECONDS=5 DATABASE_URL=postgres://… npm run bench:webhook-intake
 *
 * Exits 0 when it measured, whether or not the targets were met (they are printed as PASS/FAIL);
 * non-zero only when it could not measure.
 */
import { join } from 'node:path';
import { Cleanups, log, positiveNumber, runBenchmark } from '../support/bench-run';
import { BotApiFake } from '../../libs/bot-api-fake/src';
import { AppProcess, ensureAppBuilt, startApp } from './app-process';
import { registerBenchBot } from './bench-bot';
import { machineBusyPercent, startCpuMeter } from './cpu';
import { BenchDatabase, checkStored, createBenchDatabase } from './database';
import { loadWebhook, WebhookTarget } from './load';
import { Child, spawnNode, waitForChild } from './processes';
import { Measured, printReport, TARGETS } from './report';
import { UpdateSource } from './update-source';

const SECONDS = positiveNumber('BENCH_SECONDS', 10);
const WARMUP_SECONDS = positiveNumber('BENCH_WARMUP_SECONDS', 2);
const CONNECTIONS = positiveNumber('BENCH_CONNECTIONS', TARGETS.connections);


/** The baseline runs in its own process, like the app, so neither shares an event loop (or a core) with autocannon's. */
async function startBareTelegraf(fake: BotApiFake): Promise<{ child: Child; target: WebhookTarget }> {
  const bot = fake.addBot();
  const secretToken = `bare-${Date.now().toString(36)}-secret`;
  const child = spawnNode('bare Telegraf', ['-r', 'ts-node/register/transpile-only', join(__dirname, 'bare-telegraf.ts')], {
    BARE_TOKEN: bot.token,
    BARE_BOT_ID: String(bot.id),
    BARE_BOT_USERNAME: bot.username,
    BARE_SECRET: secretToken,
    BARE_API_ROOT: fake.apiRoot,
  });
  const port = await waitForChild(child, 'LISTENING', async () => /LISTENING (\d+)/.exec(child.output())?.[1]);
  return { child, target: { origin: `http://127.0.0.1:${port}`, path: '/hook', secretToken } };
}

/** A warm-up (JIT, connection pools, caches), then the measured run, with the server's CPU use during it. */
async function measure(name: string, target: WebhookTarget, updates: UpdateSource, server: Child): Promise<Measured> {
  log(`${name}: warming up for ${WARMUP_SECONDS} s…`);
  await loadWebhook(target, updates, CONNECTIONS, WARMUP_SECONDS);
  log(`${name}: measuring for ${SECONDS} s at ${CONNECTIONS} connections…`);
  const stopMeter = startCpuMeter(server.process.pid);
  const result = await loadWebhook(target, updates, CONNECTIONS, SECONDS);
  return { ...result, cpu: stopMeter() };
}

async function main(cleanups: Cleanups): Promise<void> {
  ensureAppBuilt(log);
  // Both targets share the machine with whatever else runs on it; other work skews both, and not equally.
  const busy = await machineBusyPercent();
  if (busy !== undefined && busy > 20) log(`warning: the machine was ${busy.toFixed(0)}% busy before the run; other work may skew the numbers`);
  {
    const database: BenchDatabase = await createBenchDatabase(log);
    cleanups.push(['drop the bench database', () => database.dispose()]);
    const fake = new BotApiFake({ setWebhookCooldownMs: 0 });
    await fake.start();
    cleanups.push(['stop the Bot API fake', () => fake.stop()]);

    log('starting Switchboard…');
    const app: AppProcess = await startApp(database.url, fake.apiRoot);
    cleanups.push(['stop Switchboard', () => app.child.stop()]);
    const bot = await registerBenchBot(app.origin, fake);
    const switchboardTarget: WebhookTarget = { origin: app.origin, path: `/telegram/v1/webhooks/${bot.botAppId}/`, secretToken: bot.secretToken };

    const updates = new UpdateSource();
    // The baseline goes first, while the app is idle: measured after Switchboard, it would share the CPU with
    // the app still working through the queued updates.
    const bare = await startBareTelegraf(fake);
    cleanups.push(['stop bare Telegraf', () => bare.child.stop()]);
    const bareRun = await measure('bare Telegraf', bare.target, updates, bare.child);
    await bare.child.stop();

    const switchboardRun = await measure('Switchboard', switchboardTarget, updates, app.child);
    const stored = await checkStored(database.url, switchboardRun, switchboardRun.acknowledgedIds);

    printReport({
      connections: CONNECTIONS,
      seconds: SECONDS,
      warmupSeconds: WARMUP_SECONDS,
      database: database.server,
      switchboard: switchboardRun,
      bare: bareRun,
      stored,
    });
    const appOutput = app.child.output().trim();
    if (appOutput) log(`Switchboard's output during the run (LOG_LEVEL=warn):\n${appOutput.slice(-4_000)}`);
  }
}

runBenchmark(main);
