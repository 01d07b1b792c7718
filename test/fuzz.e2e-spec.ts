import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { ApiFamily } from '@switchboard/common';
import { eventually } from './support/builders';
import { abusiveDocuments, graphqlRequest, graphqlTargetsOf, nulledVariableRequests, variableRequests } from './support/fuzz-graphql';
import { bodyRequests, contentTypeRequests, nulledBodyRequests, OpenApiDocument, pathAndQueryRequests, RestTarget, restTargetsOf, wholeBodyDefects } from './support/fuzz-rest';
import { answerOnly, Group, Judge, processAlive, runGroup, Runner } from './support/fuzz-runner';
import { changedTables, DataSnapshots } from './support/fuzz-snapshot';
import { abbreviate, describeAnswer, send } from './support/fuzz-http';
import { refusalProblems, takenOrRefusedProblems } from './support/fuzz-verdicts';
import { webhookTargets } from './support/fuzz-webhooks';
import { AnswerRecorder, ServedDocument } from './support/openapi-conformance';
import { FuzzWorld, startFuzzWorld } from './support/fuzz-world';

/**
 * Generated bad input at every REST route of the served OpenAPI document, every GraphQL
 * mutation and list of the committed schema, and Telegram's webhooks. Each request must be
 * refused with a 4xx in its API family's envelope naming its X-Request-Id, within a timeout,
 * leave the stored data as it was, and leave the process healthy. And null for an optional
 * field, which clients send to mean "not given" or "clear it", is taken or refused, never a 500.
 */
describe('generated bad input', () => {
  let world: FuzzWorld;
  let runner: Runner;
  let openApi: OpenApiDocument;
  let recorder: AnswerRecorder;
  const schema = graphqlTargetsOf(readFileSync(join(__dirname, '..', 'schema.gql'), 'utf8'));

  beforeAll(async () => {
    world = await startFuzzWorld();
    const databaseUrl = world.app.config.databaseUrl;
    if (!databaseUrl) throw new Error('the test app has no database URL');
    runner = { baseUrl: world.app.url, snapshots: await DataSnapshots.connect(databaseUrl) };
    const served = (await (await fetch(`${world.app.url}/docs-json`)).json()) as ServedDocument;
    openApi = served as unknown as OpenApiDocument;
    recorder = new AnswerRecorder(world.app.app.getHttpServer(), served);
  }, 60_000);

  afterAll(async () => {
    await runner?.snapshots.close();
    await world?.close();
  });

  const refused =
    (family: ApiFamily, alsoAllowed?: RestTarget['alsoAllowed']): Judge =>
    (answer) =>
      alsoAllowed?.(answer) ? [] : refusalProblems(family, answer);
  const refusedWith = (family: ApiFamily, status: number): Judge => (answer) => refusalProblems(family, answer, status);

  function restGroups(target: RestTarget): Group[] {
    const route = `${target.method} ${target.path}`;
    const groups: Group[] = [];
    if (target.pathParams.length + target.query.length > 0) {
      groups.push({ label: `${route}: bad path or query`, requests: pathAndQueryRequests(target, world.knownIds), judge: refused(target.family, target.alsoAllowed) });
    }
    if (target.body) {
      groups.push({ label: `${route}: bad JSON body`, requests: bodyRequests(target, world.knownIds), judge: refused(target.family, target.alsoAllowed) });
      groups.push({ label: `${route}: a body that is not JSON`, requests: contentTypeRequests(target, world.knownIds), judge: refusedWith(target.family, 415) });
    }
    return groups;
  }

  /** Fails with every failing group (route, request, what was wrong), printed as is rather than as an escaped diff. */
  function expectNone(failures: string[]): void {
    if (failures.length > 0) throw new Error(`${failures.length} failing:\n\n${failures.join('\n\n')}`);
  }

  async function failuresOf(groups: Group[]): Promise<string[]> {
    const failures: string[] = [];
    for (const group of groups) failures.push(...(await runGroup(runner, group)));
    return failures;
  }

  it('every REST route of the OpenAPI document refuses bad input and stores nothing', async () => {
    const targets = restTargetsOf(openApi, world);
    expect(targets.length).toBeGreaterThan(10);
    expectNone(await failuresOf(targets.flatMap(restGroups)));
  }, 180_000);

  it('every GraphQL mutation refuses bad arguments and stores nothing', async () => {
    const groups = schema.mutations.map((target) => ({
      label: target.label,
      requests: variableRequests(target, world, world.knownIds),
      judge: refused(ApiFamily.GRAPHQL),
    }));
    expect(groups.length).toBeGreaterThan(10);
    expectNone(await failuresOf(groups));
  }, 180_000);

  it('every GraphQL list refuses forged cursors and bad page sizes', async () => {
    const groups = schema.lists.map((target) => ({
      label: target.label,
      requests: variableRequests(target, world, world.knownIds),
      judge: refused(ApiFamily.GRAPHQL),
    }));
    expectNone(await failuresOf(groups));
  }, 180_000);

  it('GraphQL refuses bodies that are no GraphQL request, and documents past its bounds', async () => {
    const caller = 'tenant';
    const groups: Group[] = [
      {
        label: 'POST /graphql: a body that is not a JSON GraphQL request',
        requests: fc.oneof(
          wholeBodyDefects({ query: '{ me { kind } }' }),
          fc.constantFrom('{"query":42}', '{"query":"{ me { kind } }","variables":[1]}', '[{"query":"{ me { kind } }"},{"query":"{ me { kind } }"}]', '{"query":"mutation { \\u0000 }"}'),
        ).map((body) => graphqlRequest(world, caller, body)),
        judge: refused(ApiFamily.GRAPHQL),
      },
      {
        label: 'POST /graphql: a body that is not JSON',
        requests: fc.constantFrom('text/plain', 'application/x-www-form-urlencoded', 'application/xml').map((type) => graphqlRequest(world, caller, '{"query":"{ me { kind } }"}', type)),
        judge: refusedWith(ApiFamily.GRAPHQL, 415),
      },
      {
        label: 'POST /graphql: nesting and aliases past any client',
        requests: abusiveDocuments.map((query) => graphqlRequest(world, caller, JSON.stringify({ query }))),
        judge: refused(ApiFamily.GRAPHQL),
      },
    ];
    expectNone(await failuresOf(groups));
  }, 180_000);

  // Malformed updates stay in the queue's retries for a while, touching webhook_events.
  it("Telegram's webhooks refuse malformed updates, or store them FAILED and process nothing", async () => {
    const failures: string[] = [];
    for (const target of webhookTargets(world)) {
      const before = await runner.snapshots.take(['webhook_events']);
      const notFailedBefore = new Set((await runner.snapshots.eventsNotFailed()).map((event) => event.id));
      for (const group of restGroups(target)) failures.push(...(await runGroup(runner, group, answerOnly)));
      await eventually(() => runner.snapshots.eventsQueued(), (queued) => queued === 0, 20_000);
      const changed = changedTables(before, await runner.snapshots.take(['webhook_events']));
      if (changed.length > 0) failures.push(`POST ${target.path}: malformed updates changed stored data: ${changed.join(', ')}`);
      const processed = (await runner.snapshots.eventsNotFailed()).filter((event) => !notFailedBefore.has(event.id));
      failures.push(...processed.map((event) => `POST ${target.path}: a malformed update ended ${event.status}, not FAILED: ${abbreviate(event.payload)}`));
    }
    expectNone(failures);
  }, 180_000);

  // Last: accepted requests change data and queue sends, which would show in the snapshots above.
  it('null for each optional field is taken as not given or refused, never a server error', async () => {
    const rest = restTargetsOf(openApi, world).flatMap((target) => nulledBodyRequests(target, world.knownIds).map((request) => ({ family: target.family, request })));
    const graphql = schema.mutations.flatMap((target) => nulledVariableRequests(target, world, world.knownIds).map((request) => ({ family: ApiFamily.GRAPHQL, request })));
    expect(rest.length).toBeGreaterThan(10);
    expect(graphql.length).toBeGreaterThan(20);
    const failures: string[] = [];
    for (const { family, request } of [...rest, ...graphql]) {
      const answer = await send(runner.baseUrl, request);
      const problems = takenOrRefusedProblems(family, answer);
      if (problems.length > 0) failures.push(`${request.method} ${request.path} ${request.body ?? ''}\n    ${problems.join('; ')} — answered ${describeAnswer(answer)}`);
    }
    failures.push(...(await processAlive(runner.baseUrl)));
    expectNone(failures);
  }, 120_000);

  it('answered every REST request with a status its OpenAPI operation lists, in that status’s schema', () => {
    expect(recorder.nonConforming()).toEqual([]);
  });
});
