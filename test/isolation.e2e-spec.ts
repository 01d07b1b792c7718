import { buildSchema } from 'graphql';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BROADCAST_ROUTES } from './support/isolation-broadcast-routes';
import { BROADCAST_CASES } from './support/isolation-broadcasts';
import { IsolationTable } from './support/isolation-case';
import { EVENT_ENDPOINT_CASES, EVENT_ENDPOINT_ROUTES } from './support/isolation-event-endpoints';
import { GRAPHQL_READS } from './support/isolation-graphql-reads';
import { GRAPHQL_WRITES } from './support/isolation-graphql-writes';
import { METRICS_ROUTES } from './support/isolation-metrics';
import { REPLICA_INTEGRATION_CASES, REPLICA_INTEGRATION_ROUTES } from './support/isolation-replica-integrations';
import { REPLICA_CASES, REPLICA_ROUTES } from './support/isolation-replicas';
import { REST_CASES } from './support/isolation-rest-cases';
import { SENDS_TODAY_CASES } from './support/isolation-sends-today';
import { AnswerRecorder, ServedDocument } from './support/openapi-conformance';
import { SUBSCRIPTIONS } from './support/isolation-subscriptions';
import { TELEGRAM_ROUTES } from './support/isolation-telegram-routes';
import { buildIsolationWorld, IsolationWorld } from './support/isolation-world';

/**
 * Tenant isolation, for every GraphQL root field and every documented REST route: another
 * tenant's object answers exactly as a missing one, a channel (bot-scoped) key acts only through
 * its bot and changes no tenant-wide data, and attacks change no row of the victim. The tables
 * are keyed by field name and "METHOD path"; a field or route without an entry fails here, so
 * none can be added without saying how it is isolated.
 */
const GRAPHQL_CASES: IsolationTable = { ...GRAPHQL_READS, ...SUBSCRIPTIONS, ...GRAPHQL_WRITES, ...BROADCAST_CASES, ...REPLICA_CASES, ...REPLICA_INTEGRATION_CASES, ...SENDS_TODAY_CASES, ...EVENT_ENDPOINT_CASES };
const ROUTE_CASES: IsolationTable = { ...REST_CASES, ...BROADCAST_ROUTES, ...TELEGRAM_ROUTES, ...REPLICA_ROUTES, ...REPLICA_INTEGRATION_ROUTES, ...METRICS_ROUTES, ...EVENT_ENDPOINT_ROUTES };

function rootFieldsOfCommittedSchema(): string[] {
  const schema = buildSchema(readFileSync(join(__dirname, '..', 'schema.gql'), 'utf8'));
  return [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].flatMap((type) => Object.keys(type?.getFields() ?? {}));
}

async function documentedRoutes(world: IsolationWorld): Promise<string[]> {
  const document = await world.app.http().get('/docs-json');
  expect(document.status).toBe(200);
  const paths = document.body.paths as Record<string, Record<string, unknown>>;
  return Object.entries(paths).flatMap(([path, operations]) => Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`));
}

interface ExpressLayer {
  route?: { path: string; methods: Record<string, boolean> };
}

/**
 * Every route the app's HTTP server has, documented or not (click redirects are left out of
 * the document), written as the document writes them; the docs themselves and catch-alls aside.
 */
function servedRoutes(world: IsolationWorld): string[] {
  const stack = (world.app.app.getHttpAdapter().getInstance() as { router: { stack: ExpressLayer[] } }).router.stack;
  return stack
    .flatMap((layer) => (layer.route ? Object.keys(layer.route.methods).map((method) => `${method.toUpperCase()} ${layer.route!.path}`) : []))
    .filter((route) => !route.includes(' /docs') && !route.includes('{*'))
    .map((route) => route.replace(/:(\w+)/g, '{$1}'));
}

/** What the table lacks and what it holds for nothing that exists; both must be empty. */
function coverage(table: IsolationTable, existing: string[]) {
  return {
    withoutCase: existing.filter((name) => !(name in table)),
    caseForNothing: Object.keys(table).filter((name) => !existing.includes(name)),
    reasonless: Object.entries(table)
      .filter(([, entry]) => 'nothingToIsolate' in entry && entry.nothingToIsolate.trim().length < 10)
      .map(([name]) => name),
  };
}

/** One test per case that has checks to run, in table order, all on the world built once. */
function defineCases(worldOf: () => IsolationWorld, table: IsolationTable): void {
  for (const [name, entry] of Object.entries(table)) {
    if ('run' in entry) it(`${name}`, () => entry.run(worldOf()));
  }
}

describe('tenant isolation', () => {
  let world: IsolationWorld;
  let recorder: AnswerRecorder;

  beforeAll(async () => {
    world = await buildIsolationWorld();
    const document = (await world.app.http().get('/docs-json')).body as ServedDocument;
    recorder = new AnswerRecorder(world.app.app.getHttpServer(), document);
  }, 90_000);
  afterAll(() => world?.close());

  it('has a case for every Query, Mutation and Subscription field of schema.gql', () => {
    expect(coverage(GRAPHQL_CASES, rootFieldsOfCommittedSchema())).toEqual({ withoutCase: [], caseForNothing: [], reasonless: [] });
  });

  it('has a case for every REST route of the OpenAPI document at /docs-json, and every route the app serves', async () => {
    const routes = [...new Set([...(await documentedRoutes(world)), ...servedRoutes(world)])];
    expect(routes).toContain('GET /health');
    expect(coverage(ROUTE_CASES, routes)).toEqual({ withoutCase: [], caseForNothing: [], reasonless: [] });
  });

  describe('GraphQL', () => {
    defineCases(() => world, GRAPHQL_CASES);
  });
  describe('REST', () => {
    defineCases(() => world, ROUTE_CASES);
  });

  it('answered every REST request with a status its OpenAPI operation lists, in that status’s schema', () => {
    expect(recorder.nonConforming()).toEqual([]);
  });
});
