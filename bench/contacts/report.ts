import { BARS } from './config';
import { PlanSummary } from './explain';
import { Measurement } from './measure';

export type Result = Measurement & { plan: PlanSummary };

export const barOf = (result: Pick<Result, 'kind'>) => (result.kind === 'count' ? BARS.countP95Ms : BARS.pageP95Ms);
export const passed = (result: Result) => result.p95 < barOf(result);

const ms = (value: number) => value.toFixed(1);

function table(header: string[], rows: string[][]): string[] {
  const widths = header.map((_, i) => Math.max(header[i].length, ...rows.map((cells) => cells[i].length)));
  const line = (cells: string[]) => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ').trimEnd();
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)];
}

export interface Context {
  contacts: number;
  identities: number;
  seedSeconds: number;
  database: string;
  iterations: number;
  warmups: number;
}

/** Prints the latency table, the plans, and a verdict line; returns the names of the shapes that missed a bar or scanned a table. */
export function printReport(context: Context, results: Result[]): string[] {
  const lines: string[] = [''];
  lines.push(
    `Contacts at scale: ${context.contacts.toLocaleString('en-US')} contacts, ${context.identities.toLocaleString('en-US')} Telegram identities in one tenant ` +
      `(seeded in ${context.seedSeconds.toFixed(1)} s); PostgreSQL: ${context.database}`,
  );
  lines.push(`Each query ${context.iterations}× over GraphQL/HTTP with the tenant API key, one at a time, after ${context.warmups} warm-ups; times are round trips in ms.`);
  lines.push('');
  lines.push(
    ...table(
      ['query', 'n', 'p50', 'p95', 'max', 'bar (p95)', 'result', 'plan'],
      results.map((result) => [
        result.name,
        String(result.count),
        ms(result.p50),
        ms(result.p95),
        ms(result.max),
        `< ${barOf(result).toLocaleString('en-US')}`,
        passed(result) ? 'PASS' : 'FAIL',
        result.plan.fullScans.length > 0 ? `FULL SCAN (${result.plan.fullScans.join(', ')})` : 'indexed',
      ]),
    ),
  );
  lines.push('');
  lines.push('Plans (EXPLAIN of the equivalent SQL with the first timed parameters; node types, children in parentheses):');
  for (const result of results) {
    lines.push(`  ${result.name}${result.plan.fullScans.length > 0 ? '  <-- FULL SCAN' : ''}`);
    lines.push(`    ${result.plan.shape}`);
  }
  const flagged = results.filter((result) => !passed(result) || result.plan.fullScans.length > 0).map((result) => result.name);
  const failed = results.filter((result) => !passed(result)).length;
  const scanning = results.filter((result) => result.plan.fullScans.length > 0).length;
  lines.push('');
  lines.push(
    flagged.length === 0
      ? 'All queries met their bar, none scans contacts or telegram_identities in full.'
      : `NOT MET: ${failed} of ${results.length} queries over their bar, ${scanning} with a full scan: ${flagged.join('; ')}`,
  );
  process.stdout.write(`${lines.join('\n')}\n`);
  return flagged;
}
