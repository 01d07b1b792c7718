/**
 * Webhook intake benchmark: how many Telegram updates/s Switchboard stores and acknowledges at
 * 100 concurrent connections, against two baselines in the same run on the same machine: a bare
 * Telegraf webhook that stores nothing, and a durable peer (node:http + pg, one transaction per update).
 *
 *   npm run bench:webhook-intake
 *   BENCH_SECONDS=30 BENCH_WARMUP_SECONDS=5 DATABASE_URL=postgres://… npm run bench:webhook-intake
 *
 * Exits 0 when it measured, whether or not the targets were met (they are printed as PASS/FAIL);
 * non-zero only when it could not measure.
 */
import { Cleanups, log, positiveInteger, positiveNumber, runBenchmark } from '../support/bench-run';
import { BotApiFake } from '../../libs/bot-api-fake/src';
import { AppProcess, ensureAppBuilt, startApp } from './app-process';
import { startBareTelegraf, startDurablePeer } from './baselines';
import { registerBenchBot } from './bench-bot';
import { loadAverage, machineBusyPercent, startCpuMeter } from './cpu';
import { BenchDatabase, checkStored, createBenchDatabase } from './database';
import { loadWebhook, WebhookTarget } from './load';
import { Child } from './processes';
import { Measured, printReport, TARGETS } from './report';
import { UpdateSource } from './update-source';

const SECONDS = positiveNumber('BENCH_SECONDS', 10);
const WARMUP_SECONDS = positiveNumber('BENCH_WARMUP_SECONDS', 2);
const CONNECTIONS = positiveNumber('BENCH_CONNECTIONS', TARGETS.connections);
/** The durable peer's pg Pool: pg's default is 10; 20 is what it was first measured with. */
const PEER_POOL_SIZE = positiveInteger('BENCH_PEER_POOL_SIZE', 20);

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
  // Every target shares the machine with whatever else runs on it; other work skews them, and not equally.
  const loadBefore = loadAverage();
  const busy = await machineBusyPercent();
  if (busy !== undefined && busy > 20) log(`warning: the machine was ${busy.toFixed(0)}% busy before the run; other work may skew the numbers`);
  const database: BenchDatabase = await createBenchDatabase(log);
  cleanups.push(['drop the bench database', () => database.dispose()]);
  const peerDatabase: BenchDatabase = await createBenchDatabase(log);
  cleanups.push(["drop the durable peer's database", () => peerDatabase.dispose()]);
  const fake = new BotApiFake({ setWebhookCooldownMs: 0 });
  await fake.start();
  cleanups.push(['stop the Bot API fake', () => fake.stop()]);

  log('starting Switchboard…');
  const app: AppProcess = await startApp(database.url, fake.apiRoot);
  cleanups.push(['stop Switchboard', () => app.child.stop()]);
  const bot = await registerBenchBot(app.origin, fake);
  const switchboardTarget: WebhookTarget = { origin: app.origin, path: `/telegram/v1/webhooks/${bot.botAppId}/`, secretToken: bot.secretToken };

  const updates = new UpdateSource();
  // The baselines go first, while the app is idle: measured after Switchboard, they would share the CPU
  // with the app still working through the queued updates.
  const bare = await startBareTelegraf(fake);
  cleanups.push(['stop bare Telegraf', () => bare.child.stop()]);
  const bareRun = await measure('bare Telegraf', bare.target, updates, bare.child);
  await bare.child.stop();

  const peer = await startDurablePeer(peerDatabase.url, PEER_POOL_SIZE);
  cleanups.push(['stop the durable peer', () => peer.child.stop()]);
  const peerRun = await measure('durable peer', peer.target, updates, peer.child);
  await peer.child.stop();
  const peerStored = await checkStored(peerDatabase.url, 'peer_updates', peerRun, peerRun.acknowledgedIds);

  const switchboardRun = await measure('Switchboard', switchboardTarget, updates, app.child);
  const stored = await checkStored(database.url, 'webhook_events', switchboardRun, switchboardRun.acknowledgedIds);

  printReport({
    connections: CONNECTIONS,
    seconds: SECONDS,
    warmupSeconds: WARMUP_SECONDS,
    database: database.server,
    load: { before: loadBefore, after: loadAverage() },
    switchboard: switchboardRun,
    bare: bareRun,
    peer: peerRun,
    peerStored,
    stored,
  });
  const appOutput = app.child.output().trim();
  if (appOutput) log(`Switchboard's output during the run (LOG_LEVEL=warn):\n${appOutput.slice(-4_000)}`);
}

runBenchmark(main);
