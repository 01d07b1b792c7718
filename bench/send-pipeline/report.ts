/** Prints both runs side by side and the SPEC §7 targets as PASS/FAIL lines. */
import { number, percent, table } from '../support/format';
import { CORES } from '../webhook-intake/cpu';
import { ENQUEUE_BATCH, RATE_CONFIGURED_PER_SECOND, RATE_SEND_RATE, TARGETS, TELEGRAM_LIMITS, THROUGHPUT_SEND_RATE } from './config';
import { Outcome } from './drain';
import { EnqueueResult } from './enqueue';
import { SendCalls } from './fake-calls';
import { RateRun, ThroughputRun } from './runs';

const settledOf = (outcome: Outcome) =>
  `SENT ${number(outcome.byStatus.SENT ?? 0)}, FAILED ${number(outcome.byStatus.FAILED ?? 0)}, still QUEUED ${number(outcome.byStatus.QUEUED ?? 0)}` +
  (outcome.timedOut ? ' (timed out waiting)' : '');

/** Whether delivery kept pace with queueing: with no backlog left, the run measured queueing, not delivery. */
function backlogOf(outcome: Outcome): string {
  const { peakQueued, queuedAtEnqueueEnd, drainSeconds } = outcome.backlog;
  const drained =
    drainSeconds > 0 && queuedAtEnqueueEnd > 0 ? `, drained ${number(drainSeconds, 1)} s later (${number(queuedAtEnqueueEnd / drainSeconds, 1)}/s)` : '';
  return `peak ${number(peakQueued)} QUEUED; ${number(queuedAtEnqueueEnd)} QUEUED when the last enqueue was answered${drained}`;
}

const enqueueOf = (enqueue: EnqueueResult) =>
  `${number(enqueue.queued)} in ${number(enqueue.seconds, 1)} s (${number(enqueue.queued / enqueue.seconds, 0)}/s), ${number(enqueue.refused)} refused`;

const otherErrorsOf = (calls: SendCalls) =>
  Object.entries(calls.otherErrors).map(([status, n]) => `${status} × ${n}`).join(', ') || 'none';

function details(outcome: Outcome, enqueue: EnqueueResult): string[] {
  const lines = outcome.failures.map((failure) => `  FAILED × ${number(failure.count)}: ${failure.code ?? '-'} ${failure.description ?? ''}`);
  return [...lines, ...enqueue.errors.map((error) => `  refused: ${error}`)];
}

export interface ReportContext {
  database: string;
}

/** Returns the names of the targets not met (empty when all pass). */
export function printReport(context: ReportContext, throughput: ThroughputRun, rate: RateRun): string[] {
  const lines: string[] = [''];
  lines.push(`Send pipeline: ${CORES} cores, Node ${process.version}, PostgreSQL: ${context.database}; the app and the Bot API fake over real HTTP`);

  lines.push('');
  lines.push(`Throughput run: ${throughput.bots} bots at send_rate ${THROUGHPUT_SEND_RATE}, distinct chats, the fake enforcing no limits`);
  lines.push(`  queued (GraphQL sendMessages) ${enqueueOf(throughput.enqueue)}`);
  lines.push(`  settled                       ${settledOf(throughput.outcome)}`);
  lines.push(`  backlog                       ${backlogOf(throughput.outcome)}`);
  lines.push(
    `  drained (worker instance)     ${number(throughput.outcome.byStatus.SENT ?? 0)} SENT in ${number(throughput.seconds, 1)} s from its first send to its last ` +
      `→ ${number(throughput.sentPerSecond, 1)} messages/s`,
  );
  const fake = throughput.fake;
  lines.push(
    `  fake saw                      ${number(fake.calls)} sendMessage calls: ${number(fake.ok)} ok, ${number(fake.tooMany)} × 429, other errors: ${otherErrorsOf(fake)}; ` +
      `${number(fake.okPerSecond, 1)}/s between the first and last accepted`,
  );
  if (throughput.cpu) {
    lines.push(`  CPU                           worker ${number(throughput.cpu.serverPercent)}% of one core, machine ${number(throughput.cpu.machinePercent)}% of ${CORES} cores`);
  }
  lines.push(...details(throughput.outcome, throughput.enqueue));

  lines.push('');
  lines.push(
    `Rate run: ${rate.perBot.length} bots at ${RATE_SEND_RATE === null ? `the default ${RATE_CONFIGURED_PER_SECOND}/s` : `send_rate ${RATE_SEND_RATE}`}, ${number(rate.messagesPerBot)} messages each to distinct chats, sent by two worker instances, ` +
      `the fake enforcing ${TELEGRAM_LIMITS.perBotPerSecond}/s per bot, ${TELEGRAM_LIMITS.perPrivateChatPerSecond}/s per private chat, ${TELEGRAM_LIMITS.perGroupPerMinute}/min per group`,
  );
  lines.push(`  queued (GraphQL sendMessages) ${enqueueOf(rate.enqueue)}`);
  lines.push(`  settled                       ${settledOf(rate.outcome)}`);
  lines.push(`  backlog                       ${backlogOf(rate.outcome)}`);
  lines.push('');
  const rows = rate.perBot.map(({ botAppId, calls }, i) => [
    `bot ${i + 1} (${botAppId.slice(0, 8)})`,
    number(calls.calls),
    number(calls.ok),
    number(calls.tooMany),
    otherErrorsOf(calls),
    calls.firstOkAt !== null && calls.lastOkAt !== null ? number((calls.lastOkAt - calls.firstOkAt) / 1000, 1) : '-',
    number(calls.okPerSecond, 2),
    percent(calls.okPerSecond / RATE_CONFIGURED_PER_SECOND),
    number(calls.peakPerSecond),
  ]);
  lines.push(...table(['', 'calls', 'ok', '429', 'other errors', 'span s', 'achieved /s', `of ${RATE_CONFIGURED_PER_SECOND}/s`, 'peak calls in 1 s'], rows).map((line) => `  ${line}`));
  lines.push('  achieved = accepted sends between the first and the last accepted one, as the fake timed their arrival');
  lines.push(...details(rate.outcome, rate.enqueue));

  const shares = rate.perBot.map(({ calls }) => calls.okPerSecond / RATE_CONFIGURED_PER_SECOND);
  const tooMany = rate.perBot.reduce((sum, { calls }) => sum + calls.tooMany, 0);
  const allSent = (run: { outcome: Outcome; enqueue: EnqueueResult }, expected: number) =>
    run.enqueue.queued === expected && (run.outcome.byStatus.SENT ?? 0) === expected;
  const rateExpected = rate.messagesPerBot * rate.perBot.length;
  const enqueuedPerSecond = throughput.enqueue.seconds > 0 ? throughput.enqueue.queued / throughput.enqueue.seconds : 0;
  const checks: Array<[string, boolean, string]> = [
    [
      `≥ ${number(TARGETS.minEnqueuedPerSecond)} messages/s accepted by the API (sendMessages, ${number(ENQUEUE_BATCH)} per call)`,
      enqueuedPerSecond >= TARGETS.minEnqueuedPerSecond,
      `${number(enqueuedPerSecond, 1)}/s`,
    ],
    [
      `≥ ${number(TARGETS.minMessagesPerSecond)} messages/s drained in aggregate, fake without limits`,
      throughput.sentPerSecond >= TARGETS.minMessagesPerSecond,
      `${number(throughput.sentPerSecond, 1)}/s`,
    ],
    [
      `each bot ≥ ${percent(TARGETS.minShareOfConfiguredRate)} of its ${RATE_CONFIGURED_PER_SECOND}/s under Telegram's limits (${rate.perBot.length} at once)`,
      shares.length > 0 && shares.every((share) => share >= TARGETS.minShareOfConfiguredRate),
      shares.map(percent).join(', '),
    ],
    [`0 × 429 under Telegram's limits`, tooMany === 0, `${number(tooMany)} × 429`],
    [
      'every message queued and SENT (both runs)',
      allSent(throughput, throughput.messages) && allSent(rate, rateExpected),
      `${number(throughput.outcome.byStatus.SENT ?? 0)}/${number(throughput.messages)}, ${number(rate.outcome.byStatus.SENT ?? 0)}/${number(rateExpected)}`,
    ],
  ];
  lines.push('');
  lines.push('Targets (SPEC §7)');
  const width = Math.max(...checks.map(([label]) => label.length));
  for (const [label, passed, measured] of checks) lines.push(`  ${passed ? 'PASS' : 'FAIL'}  ${label.padEnd(width)}  ${measured}`);
  const failed = checks.filter(([, passed]) => !passed).map(([label]) => label);
  lines.push('');
  lines.push(failed.length === 0 ? 'All targets met.' : `NOT MET: ${failed.join('; ')}`);
  process.stdout.write(`${lines.join('\n')}\n`);
  return failed;
}
