import { loadavg } from 'node:os';
import { Client } from 'pg';
import { table } from '../support/format';
import { BARS } from './config';
import { SqlQuery } from './criteria-sql';
import { explainAnalyze, PlanChoice } from './explain';
import { Measurement } from './measure';

/** A measured shape and the plans its parameter sets got, the slowest request's plan first. */
export type Result = Measurement & { plans: PlanChoice[] };

export const barOf = (result: Pick<Result, 'kind'>) => (result.kind === 'count' ? BARS.countP95Ms : BARS.pageP95Ms);
export const passed = (result: Result) => result.p95 <= barOf(result);
const fullScansOf = (result: Result) => [...new Set(result.plans.flatMap((plan) => plan.fullScans))];

const ms = (value: number) => value.toFixed(1);

export interface Context {
  contacts: number;
  identities: number;
  seedSeconds: number;
  database: string;
  iterations: number;
  warmups: number;
}

/** Prints the latency table, the plans, and a verdict line; returns the shapes that missed a bar or scanned a table. */
export function printReport(context: Context, results: Result[]): Result[] {
  const lines: string[] = [''];
  lines.push(
    `Contacts at scale: ${context.contacts.toLocaleString('en-US')} contacts, ${context.identities.toLocaleString('en-US')} Telegram identities in one tenant ` +
      `(seeded in ${context.seedSeconds.toFixed(1)} s); PostgreSQL: ${context.database}`,
  );
  lines.push(`Each query ${context.iterations}× over GraphQL/HTTP with the tenant API key, one at a time, after ${context.warmups} warm-ups; times are round trips in ms.`);
  // Timings on a shared machine move with what else runs on it: the load says how much did.
  lines.push(`Load average when measured (1/5/15 min): ${loadavg().map((load) => load.toFixed(2)).join(' / ')}`);
  lines.push('');
  lines.push(
    ...table(
      ['query', 'n', 'p50', 'p95', 'max', 'bar (p95)', 'result', 'plan'],
      results.map((result) => {
        const scans = fullScansOf(result);
        return [
          result.name,
          String(result.count),
          ms(result.p50),
          ms(result.p95),
          ms(result.max),
          `<= ${barOf(result).toLocaleString('en-US')}`,
          passed(result) ? 'PASS' : 'FAIL',
          scans.length > 0 ? `FULL SCAN (${scans.join(', ')})` : 'indexed',
        ];
      }),
    ),
  );
  lines.push('');
  lines.push('Plans: EXPLAIN of the equivalent SQL for each distinct parameter set timed, grouped by plan; the first is the slowest request\'s.');
  for (const result of results) {
    lines.push(`  ${result.name}`);
    for (const plan of result.plans) {
      lines.push(`    [${plan.parameterSets}×] ${plan.shape}${plan.fullScans.length > 0 ? `  <-- FULL SCAN (${plan.fullScans.join(', ')})` : ''}`);
    }
  }
  const flagged = results.filter((result) => !passed(result) || fullScansOf(result).length > 0);
  const failed = results.filter((result) => !passed(result));
  const scanning = results.filter((result) => fullScansOf(result).length > 0);
  lines.push('');
  lines.push(
    flagged.length === 0
      ? 'All queries met their bar; none scans contacts or telegram_identities in full.'
      : `NOT MET: ${failed.length} of ${results.length} queries over their bar` +
          `${failed.length > 0 ? ` (${failed.map((result) => result.name).join('; ')})` : ''}, ` +
          `${scanning.length} with a full scan (${scanning.map((result) => result.name).join('; ')})`,
  );
  process.stdout.write(`${lines.join('\n')}\n`);
  return flagged;
}

/**
 * What a developer needs to fix a flagged query: its SQL and the plan as executed, with rows and
 * timings — the slowest request's when it missed the bar, and each plan that scanned a table.
 */
export async function printFlaggedPlans(client: Client, flagged: Result[]): Promise<void> {
  for (const result of flagged) {
    const queries: SqlQuery[] = [];
    if (!passed(result)) queries.push(result.samples[0].sql);
    for (const plan of result.plans) if (plan.fullScans.length > 0 && !queries.includes(plan.example)) queries.push(plan.example);
    for (const query of queries) {
      const analyzed = await explainAnalyze(client, query);
      process.stdout.write(`\n--- ${result.name}\n${query.text}\n  parameters: ${JSON.stringify(query.values)}\n${analyzed}\n`);
    }
  }
}
