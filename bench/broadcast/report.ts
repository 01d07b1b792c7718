/** Prints the three runs' figures and the SPEC §7 bars as PASS/FAIL rows; answers the bars missed. */
import { number, percent, table } from '../support/format';
import { CORES, CpuUsage } from '../webhook-intake/cpu';
import { BroadcastStats } from './broadcast-api';
import { BARS, FREE_RATE_PER_SECOND, FREE_SECONDS, PAID_MAX_SECONDS } from './config';
import { CrashRun } from './crash-run';
import { FreeRateRun, TELEGRAM_LIMITS } from './free-rate-run';
import { PaidRun } from './paid-run';

export interface ReportContext {
  database: string;
  seedSeconds: number;
}

const seconds = (value: number | null) => (value === null ? 'never' : `${number(value, 2)} s`);
const mb = (value: number) => `${number(value, 1)} MB`;
const errorsOf = (errors: Record<string, number>) => Object.entries(errors).map(([status, n]) => `${status} × ${number(n)}`).join(', ') || 'none';
const cpuOf = (cpu: CpuUsage | undefined) => (cpu ? `app ${number(cpu.serverPercent)}% of one core, machine ${number(cpu.machinePercent)}% busy` : 'not measured');
const statsOf = (stats: BroadcastStats) =>
  `audience ${number(stats.audience)}, sent ${number(stats.sent)}, failed ${number(stats.failed)}, queued ${number(stats.queued)}, ` +
  `skipped ${number(stats.skipped)}, cancelled ${number(stats.cancelled)}, inFlightAtCrash ${number(stats.inFlightAtCrash)}`;

function paidLines(run: PaidRun): string[] {
  const { pace } = run;
  return [
    `Paid run: ${number(run.audience)} contacts, allow_paid_broadcast (paced at the 1,000/s paid ceiling), the fake enforcing no limits`,
    `  launch             launchBroadcast answered in ${seconds(run.launchAnswerSeconds)}; first send ${seconds(run.firstSendSeconds)} after the request`,
    `  outcome            ${run.completed ? 'COMPLETED' : `cut at ${PAID_MAX_SECONDS} s and cancelled`} ${number(run.seconds, 1)} s after the launch request; ${statsOf(run.stats)}`,
    `  fake               ${number(run.sends.ok)} accepted of ${number(run.sends.calls)} sendMessage calls; errors: ${errorsOf(run.sends.otherErrors)}; 429: ${number(run.sends.tooMany)}; without allow_paid_broadcast: ${number(run.sends.unpaid)}`,
    `  rate               steady ${number(pace.steadyPerSecond, 1)}/s over ${number(pace.steadySeconds, 1)} s (5th to 95th percentile of the sends), ` +
      `whole seconds ${number(pace.slowestSecond)}–${number(pace.fastestSecond)}; first to last ${number(pace.overallPerSecond, 1)}/s`,
    `  per 5 s            ${pace.timeline.map((rate) => number(rate)).join(' ')}`,
    `  recipients         ${number(run.coverage.lost)} never sent to, ${number(run.coverage.duplicated)} sent to twice or more, ${number(run.coverage.strangers)} outside the audience`,
    `  memory             VmRSS peak ${mb(run.rss.peakMb)} sampled every 100 ms (${number(run.rss.samples)} samples), ${mb(run.rss.lastMb)} at the end; VmHWM ${mb(run.rss.highWaterMb)}`,
    `  cpu                ${cpuOf(run.cpu)}`,
    `  pacing             ${run.missedSlots === null ? 'slots missed: not read' : `${number(run.missedSlots)} sends left too late for their slot and took a new one`}`,
  ];
}

function freeLines(run: FreeRateRun): string[] {
  return [
    `Free-rate run: ${number(run.audience)} contacts at the default ${FREE_RATE_PER_SECOND}/s, the fake enforcing Telegram's limits ` +
      `(${TELEGRAM_LIMITS.perBotPerSecond}/s per bot, ${TELEGRAM_LIMITS.perPrivateChatPerSecond}/s per chat), cancelled after ${FREE_SECONDS} s`,
    `  rate               ${number(run.okInWindow)} accepted in the first ${FREE_SECONDS} s → ${number(run.perSecond, 2)}/s = ${percent(run.shareOfRate)} of ${FREE_RATE_PER_SECOND}/s`,
    `  fake               429: ${number(run.tooMany)}; other errors: ${errorsOf(run.otherErrors)}; broadcast ${run.state} after the cancel`,
  ];
}

function crashLines(run: CrashRun): string[] {
  return [
    `Crash run: ${number(run.audience)} contacts, paid, the fake enforcing no limits; SIGKILL after ${number(run.okAtKill)} accepted sends, restarted on the same database`,
    `  recovery           first send ${seconds(run.resumeSeconds)} after the restarted app answered /health; ${run.completed ? 'COMPLETED' : `still ${run.state}`} ${number(run.finishSeconds, 1)} s after the kill`,
    `  broadcast          ${run.state}: ${statsOf(run.stats)}`,
    `  fake               ${number(run.ok)} accepted sends; ${number(run.coverage.lost)} contacts never sent to, ${number(run.coverage.duplicated)} sent to more than once ` +
      `(${number(run.coverage.extraSends)} extra sends), ${number(run.coverage.strangers)} outside the audience`,
    `  memory             restarted app: VmRSS peak ${mb(run.rss.peakMb)}, VmHWM ${mb(run.rss.highWaterMb)}`,
  ];
}

/** Returns the bars missed (empty when all are met). */
export function printReport(context: ReportContext, paid: PaidRun, free: FreeRateRun, crash: CrashRun): string[] {
  const lines: string[] = [''];
  lines.push(`Broadcasts: ${CORES} cores, Node ${process.version}, PostgreSQL: ${context.database}; one app process and the Bot API fake over real HTTP`);
  lines.push(`(contacts and identities seeded in SQL in ${number(context.seedSeconds, 1)} s)`);
  lines.push('', ...paidLines(paid), '', ...freeLines(free), '', ...crashLines(crash));

  const peakRss = Math.max(paid.rss.peakMb, paid.rss.highWaterMb);
  const paidSentOnce = paid.coverage.duplicated === 0 && paid.coverage.strangers === 0 && (!paid.completed || paid.coverage.lost === 0);
  const checks: Array<[string, string, string, boolean]> = [
    ['paid: first send after the launch request', seconds(paid.firstSendSeconds), `≤ ${BARS.firstSendSeconds} s`, paid.firstSendSeconds !== null && paid.firstSendSeconds <= BARS.firstSendSeconds],
    ['paid: steady sends/s', number(paid.pace.steadyPerSecond, 1), `≥ ${number(BARS.paidSendsPerSecond)}`, paid.pace.steadyPerSecond >= BARS.paidSendsPerSecond],
    ['paid: app peak resident set (VmHWM)', mb(peakRss), `≤ ${BARS.peakRssMb} MB`, peakRss <= BARS.peakRssMb],
    ['paid: sends carrying allow_paid_broadcast', `${number(paid.sends.calls - paid.sends.unpaid)}/${number(paid.sends.calls)}`, 'all', paid.sends.calls > 0 && paid.sends.unpaid === 0],
    [
      `paid: every contact sent to once${paid.completed ? '' : ` (cut at ${PAID_MAX_SECONDS} s: none twice)`}`,
      `${number(paid.coverage.lost)} lost, ${number(paid.coverage.duplicated)} twice`,
      '0, 0',
      paidSentOnce,
    ],
    ['free: share of 30/s reached', percent(free.shareOfRate), `≥ ${percent(BARS.freeShareOfRate)}`, free.shareOfRate >= BARS.freeShareOfRate],
    ['free: 429s drawn', number(free.tooMany), `${BARS.free429s}`, free.tooMany <= BARS.free429s],
    ['crash: completed after the restart', crash.state, 'COMPLETED', crash.completed],
    ['crash: recipients lost', number(crash.coverage.lost), `${BARS.crashLost}`, crash.coverage.lost <= BARS.crashLost],
    [
      'crash: recipients sent twice ≤ inFlightAtCrash',
      `${number(crash.coverage.duplicated)} ≤ ${number(crash.stats.inFlightAtCrash)}`,
      '≤ inFlightAtCrash',
      crash.coverage.duplicated <= crash.stats.inFlightAtCrash,
    ],
  ];
  lines.push('', 'Bars (SPEC §7)');
  lines.push(...table(['check', 'measured', 'bar', 'result'], checks.map(([label, measured, bar, passed]) => [label, measured, bar, passed ? 'PASS' : 'FAIL'])).map((line) => `  ${line}`));
  const failed = checks.filter(([, , , passed]) => !passed).map(([label]) => label);
  lines.push('', failed.length === 0 ? 'All bars met.' : `NOT MET: ${failed.join('; ')}`);
  process.stdout.write(`${lines.join('\n')}\n`);
  return failed;
}
