import fc from 'fast-check';
import { Answer, describeAnswer, FuzzRequest, send } from './fuzz-http';
import { changedTables, DataSnapshots } from './fuzz-snapshot';

/**
 * Runs one property — "every request drawn here is refused, and changes nothing" — and
 * answers what went wrong as readable lines (empty when it held), so one run reports every
 * route that fails rather than stopping at the first.
 */

/** Small enough for the whole suite to stay around a minute and a half. */
export const RUNS_PER_GROUP = Number(process.env.FUZZ_RUNS ?? 25);

export type Judge = (answer: Answer) => string[];

export interface Group {
  label: string;
  requests: fc.Arbitrary<FuzzRequest>;
  judge: Judge;
}

export interface Runner {
  baseUrl: string;
  snapshots: DataSnapshots;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Each request is compared with the data just before it, so a change names its request. */
async function refusedWithoutEffect(runner: Runner, group: Group, request: FuzzRequest): Promise<void> {
  const before = await runner.snapshots.take();
  const answer = await send(runner.baseUrl, request);
  const problems = group.judge(answer);
  const changed = changedTables(before, await runner.snapshots.take());
  if (changed.length > 0) problems.push(`stored data changed: ${changed.join(', ')}`);
  if (problems.length > 0) throw new Error(`${problems.join('; ')} — answered ${describeAnswer(answer)}`);
}

export async function processAlive(baseUrl: string): Promise<string[]> {
  try {
    const health = await fetch(`${baseUrl}/health`, { signal: AbortSignal.timeout(5_000) });
    return health.status === 200 ? [] : [`GET /health answered ${health.status}`];
  } catch (error) {
    return [`GET /health failed: ${messageOf(error)}`];
  }
}

/**
 * With FUZZ_ALL set, a group runs all its runs and reports every distinct problem with the
 * shortest request that showed it, instead of stopping at the first: for listing what to fix.
 */
const REPORT_ALL = Boolean(process.env.FUZZ_ALL);

type Check = (runner: Runner, group: Group, request: FuzzRequest) => Promise<void>;

const failureLine = (group: Group, request: unknown, error: unknown) =>
  `${group.label}\n    request: ${fc.stringify(request)}\n    problem: ${messageOf(error)}`;

/** Up to this many of the shortest requests per distinct problem. */
const EXAMPLES_PER_PROBLEM = 5;

async function everyDistinctFailure(runner: Runner, group: Group, check: Check): Promise<string[]> {
  const examples = new Map<string, Array<{ request: FuzzRequest; error: unknown }>>();
  await fc.assert(
    fc.asyncProperty(group.requests, async (request) => {
      await check(runner, group, request).catch((error: unknown) => {
        const kind = messageOf(error).split(' — ')[0].replace(/\d+/g, '#');
        const found = [...(examples.get(kind) ?? []), { request, error }];
        found.sort((a, b) => String(a.request).length - String(b.request).length);
        examples.set(kind, found.slice(0, EXAMPLES_PER_PROBLEM));
      });
    }),
    { numRuns: RUNS_PER_GROUP },
  );
  return [...examples.values()].flat().map(({ request, error }) => failureLine(group, request, error));
}

async function firstFailure(runner: Runner, group: Group, check: Check): Promise<string[]> {
  const details = await fc.check(
    fc.asyncProperty(group.requests, (request) => check(runner, group, request)),
    { numRuns: RUNS_PER_GROUP, endOnFailure: true },
  );
  return details.failed ? [failureLine(group, details.counterexample?.[0], details.errorInstance)] : [];
}

export async function runGroup(runner: Runner, group: Group, check: Check = refusedWithoutEffect): Promise<string[]> {
  const failures = await (REPORT_ALL ? everyDistinctFailure : firstFailure)(runner, group, check);
  const dead = await processAlive(runner.baseUrl);
  return [...failures, ...dead.map((problem) => `${group.label}: after its runs, ${problem}`)];
}

/** Checks only the answers: for routes whose effects land later (webhooks), compared after the group. */
export async function answerOnly(runner: Runner, group: Group, request: FuzzRequest): Promise<void> {
  const answer = await send(runner.baseUrl, request);
  const problems = group.judge(answer);
  if (problems.length > 0) throw new Error(`${problems.join('; ')} — answered ${describeAnswer(answer)}`);
}
