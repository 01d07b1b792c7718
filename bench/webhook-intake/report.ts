import { number } from '../support/format';
import { CORES, CpuUsage } from './cpu';
import { StoredCheck } from './database';
import { LoadResult } from './load';

/**
 * The SPEC's webhook-intake targets. Bare Telegraf, which stores nothing, is a baseline the report
 * prints Switchboard's ratio to (the HTTP layer's ceiling), not a target.
 */
export const TARGETS = {
  connections: 100,
  minUpdatesPerSecond: 2_000,
  maxP99Ms: 50,
  /** Group commit should put Switchboard well ahead of one transaction per update. */
  minRatioToDurablePeer: 1.5,
} as const;

/** A measured run and the CPU its server used meanwhile. */
export type Measured = LoadResult & { cpu?: CpuUsage };

export interface Report {
  connections: number;
  seconds: number;
  warmupSeconds: number;
  database: string;
  /** Load averages (1, 5, 15 min) when the run started and when it ended. */
  load: { before: number[]; after: number[] };
  switchboard: Measured;
  bare: Measured;
  peer: Measured;
  peerStored: StoredCheck;
  stored: StoredCheck;
}

const ratio = (value: number): string => `${number(value, 2)}×`;

function row(cells: string[], widths: number[]): string {
  return cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
}

function loadRow(name: string, result: Measured): string[] {
  return [
    name,
    number(result.okPerSecond, 1),
    number(result.p50),
    number(result.p99),
    number(result.ok),
    number(result.non2xx),
    number(result.errors),
    number(result.timeouts),
    result.cpu ? number(result.cpu.serverPercent) : 'n/a',
    result.cpu ? number(result.cpu.machinePercent) : 'n/a',
  ];
}

/** Prints the comparison and the targets; returns the failed targets' names (empty when all pass). */
export function printReport(report: Report): string[] {
  const { switchboard, bare, peer, stored } = report;
  const lines: string[] = [];
  lines.push('');
  lines.push(
    `Webhook intake: ${report.connections} connections, ${report.seconds} s each (after a ${report.warmupSeconds} s warm-up), ` +
      `${CORES} cores, Node ${process.version}, PostgreSQL: ${report.database}`,
  );
  const loads = (values: number[]) => values.map((value) => number(value, 2)).join(' / ');
  lines.push(`Machine load average (1 / 5 / 15 min): ${loads(report.load.before)} at the start, ${loads(report.load.after)} at the end`);
  lines.push('');
  const header = ['', 'updates/s (2xx)', 'p50 ms', 'p99 ms', '2xx', 'non-2xx', 'errors', 'timeouts', 'server CPU %', 'machine CPU %'];
  const targets = [['Switchboard', switchboard], ['durable peer', peer], ['bare Telegraf', bare]] as const;
  const body = targets.map(([name, result]) => loadRow(name, result));
  const widths = header.map((_, i) => Math.max(header[i].length, ...body.map((cells) => cells[i].length)));
  lines.push(row(header, widths));
  for (const cells of body) lines.push(row(cells, widths));
  lines.push(`  latencies are over all answers; server CPU is % of one core, machine CPU % of all ${CORES} cores, during the measured run`);
  for (const [name, result] of targets) {
    const unexpected = Object.entries(result.statusCodes).filter(([code]) => !code.startsWith('2'));
    if (unexpected.length > 0) lines.push(`  ${name} non-2xx statuses: ${unexpected.map(([code, count]) => `${code} × ${count}`).join(', ')}`);
  }

  lines.push('');
  const inFlight = stored.storedInRun - switchboard.ok + stored.acknowledgedNotStored;
  const storedLine =
    `Switchboard stored: ${number(stored.storedInRun)} rows for the measured run's updates; ${number(switchboard.ok)} answered 2xx` +
    (stored.storedInRun === switchboard.ok ? ' (equal)' : ` (differ by ${number(stored.storedInRun - switchboard.ok)})`);
  lines.push(storedLine);
  lines.push(`  answered 2xx but not stored: ${number(stored.acknowledgedNotStored)}`);
  if (inFlight > 0) lines.push(`  stored but never answered (in flight when the load stopped, at most one per connection, or timed out): ${number(inFlight)}`);
  lines.push(`  rows in webhook_events, warm-up included: ${number(stored.storedTotal)}`);
  lines.push(
    `Durable peer stored: ${number(report.peerStored.storedInRun)} rows for its measured run; ${number(peer.ok)} answered 2xx; ` +
      `answered 2xx but not stored: ${number(report.peerStored.acknowledgedNotStored)}`,
  );

  // Only updates both acknowledged and found stored count towards the throughput targets, for either durable target.
  const storedAndAcked = (switchboard.ok - stored.acknowledgedNotStored) / switchboard.seconds;
  const peerStoredAndAcked = (peer.ok - report.peerStored.acknowledgedNotStored) / peer.seconds;
  const share = bare.okPerSecond > 0 ? storedAndAcked / bare.okPerSecond : 0;
  const ratioToPeer = peerStoredAndAcked > 0 ? storedAndAcked / peerStoredAndAcked : 0;
  lines.push('');
  lines.push(`Switchboard against the durable peer: ${ratio(ratioToPeer)} its updates/s, p99 ${number(switchboard.p99)} vs ${number(peer.p99)} ms`);
  lines.push(`Switchboard against bare Telegraf:   ${ratio(share)} its updates/s, p99 ${number(switchboard.p99)} vs ${number(bare.p99)} ms`);
  const checks: Array<[string, boolean, string]> = [
    [`≥ ${number(TARGETS.minUpdatesPerSecond)} updates/s stored and acknowledged`, storedAndAcked >= TARGETS.minUpdatesPerSecond, `${number(storedAndAcked, 1)}/s`],
    [`p99 < ${TARGETS.maxP99Ms} ms`, switchboard.p99 < TARGETS.maxP99Ms, `${number(switchboard.p99)} ms`],
    [
      `≥ ${TARGETS.minRatioToDurablePeer}× the durable peer's updates/s, p99 < ${TARGETS.maxP99Ms} ms`,
      ratioToPeer >= TARGETS.minRatioToDurablePeer && switchboard.p99 < TARGETS.maxP99Ms,
      `${ratio(ratioToPeer)} (${number(storedAndAcked, 1)} vs ${number(peerStoredAndAcked, 1)}/s), p99 ${number(switchboard.p99)} ms`,
    ],
    ['every update answered 2xx is stored', stored.acknowledgedNotStored === 0, `${number(stored.acknowledgedNotStored)} missing`],
    ['no errors (non-2xx, connection errors, timeouts)', switchboard.non2xx + switchboard.errors + switchboard.timeouts === 0,
      `${number(switchboard.non2xx)} non-2xx, ${number(switchboard.errors)} errors, ${number(switchboard.timeouts)} timeouts`],
  ];
  lines.push('');
  lines.push(`Targets (SPEC: at ${TARGETS.connections} concurrent connections)`);
  if (report.connections !== TARGETS.connections) {
    lines.push(`  note: this run used ${report.connections} connections, so it does not measure the SPEC's condition`);
  }
  const labelWidth = Math.max(...checks.map(([label]) => label.length));
  for (const [label, passed, measured] of checks) lines.push(`  ${passed ? 'PASS' : 'FAIL'}  ${label.padEnd(labelWidth)}  ${measured}`);
  const failed = checks.filter(([, passed]) => !passed).map(([label]) => label);
  lines.push('');
  lines.push(failed.length === 0 ? 'All targets met.' : `NOT MET: ${failed.join('; ')}`);
  process.stdout.write(`${lines.join('\n')}\n`);
  return failed;
}
