/**
 * Scenario 3: a paid broadcast (fake without limits) whose app is killed with SIGKILL mid-way and
 * started again on the same database. Read from the fake's log once it completes: contacts never
 * sent to (none may be), contacts sent to twice (only messages in flight at the kill may be,
 * and the broadcast must report them as inFlightAtCrash).
 */
import { AppProcess } from '../webhook-intake/app-process';
import { BroadcastStats, BroadcastWatch, broadcastStats, createBroadcast, launchBroadcast } from './broadcast-api';
import { FINISH_TIMEOUT_MS, KILL_AFTER_SENDS, log, RSS_SAMPLE_MS } from './config';
import { pidOf, RunContext, until } from './run-context';
import { RssReading, sampleRss } from './rss';
import { Coverage, coverageOf, sendsOf } from './sends';
import { BenchBot } from './setup';

export interface CrashRun {
  audience: number;
  /** Sends the fake had accepted when the app was killed. */
  okAtKill: number;
  /** Seconds from the restarted app answering /health to its first send. */
  resumeSeconds: number | null;
  /** Seconds from the kill to COMPLETED. */
  finishSeconds: number;
  completed: boolean;
  ok: number;
  coverage: Coverage;
  stats: BroadcastStats;
  state: string;
  /** The restarted instance's resident set while it finished the broadcast. */
  rss: RssReading;
}

export async function crashRun(context: RunContext, bot: BenchBot, restart: () => Promise<AppProcess>): Promise<CrashRun> {
  const { apiKey, fake } = context;
  const id = await createBroadcast(context.app.origin, apiKey, bot.id, 'Spring sale (crash)');
  const watch = await BroadcastWatch.open(context.databaseUrl);
  try {
    const okSends = () => fake.callsTo('sendMessage', bot.token).filter((call) => call.status === 200).length;
    log(`crash: launching a broadcast to ${bot.chatIds.length.toLocaleString('en-US')} contacts; SIGKILL after ${KILL_AFTER_SENDS.toLocaleString('en-US')} sends…`);
    await launchBroadcast(context.app.origin, apiKey, id);
    if (!(await until(() => fake.callsTo('sendMessage', bot.token).length >= KILL_AFTER_SENDS, FINISH_TIMEOUT_MS, 5))) {
      throw new Error(`crash: fewer than ${KILL_AFTER_SENDS} sends within ${FINISH_TIMEOUT_MS / 1_000} s`);
    }
    context.app.child.process.kill('SIGKILL');
    const killedAt = Date.now();
    await context.app.child.exited;
    const okAtKill = okSends();
    log(`crash: killed with ${okAtKill.toLocaleString('en-US')} sends accepted; restarting on the same database…`);
    const app = await restart();
    const healthyAt = Date.now();
    const stopRss = sampleRss(pidOf(app), RSS_SAMPLE_MS);
    const completed = await watch.waitFor(
      id,
      'COMPLETED',
      () => Date.now() > killedAt + FINISH_TIMEOUT_MS,
      () => log(`  crash: ${okSends().toLocaleString('en-US')} sends accepted`),
    );
    const finishSeconds = (Date.now() - killedAt) / 1_000;
    const rss = stopRss();
    const report = await broadcastStats(app.origin, apiKey, id);
    const sends = sendsOf(fake, bot.token);
    const firstAfterRestart = sends.okTimes.find((at) => at >= healthyAt);
    return {
      audience: bot.chatIds.length,
      okAtKill,
      resumeSeconds: firstAfterRestart !== undefined ? (firstAfterRestart - healthyAt) / 1_000 : null,
      finishSeconds,
      completed,
      ok: sends.ok,
      coverage: coverageOf(sends, bot.chatIds),
      stats: report.stats,
      state: report.state,
      rss,
    };
  } finally {
    await watch.close();
  }
}
