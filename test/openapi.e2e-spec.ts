import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import ts from 'typescript';
import { previewOpenApiDocument } from '../apps/api/src/openapi/preview-document';
import { startFuzzWorld, type FuzzWorld } from './support/fuzz-world';
import { gql } from './support/graphql-client';
import { EventReceiverFake } from './support/event-receiver-fake';
import { AnswerRecorder, OpenApiSchema, SchemaValidator, ServedDocument } from './support/openapi-conformance';
import { EVENT_CALLS_SOURCE, WRONG_EVENT_CALLS_SOURCES } from './support/openapi-event-calls';
import { eventEndpointProbes } from './support/openapi-event-endpoint-probes';
import { caller, generalProbes, Probe } from './support/openapi-probes';
import { PROBE_TESTER_ID, routeProbes } from './support/openapi-route-probes';
import { SEED_CALLS_SOURCE, WRONG_CALLS_SOURCES } from './support/openapi-seed-calls';

const ROOT = join(__dirname, '..');
/**
 * Low, so the probes can draw a 429 from every route (a made-up key uses it up); far above what
 * the suite's own key calls any one route in a minute, polling included.
 */
const THROTTLE_LIMIT = 120;
/** Answers no request can draw on purpose: an outage or a bug. */
const UNPROVOKED = new Set(['500', '503']);

/** A directory under the repository (so generated code resolves its node_modules), removed after. */
function scratchDirectory(): string {
  mkdirSync(join(ROOT, 'test-output'), { recursive: true });
  return mkdtempSync(join(ROOT, 'test-output', 'openapi-'));
}

/** Writes the served document where the command-line tools read it; answers its path. */
function writeDocument(directory: string, document: ServedDocument): string {
  const file = join(directory, 'openapi.json');
  writeFileSync(file, JSON.stringify(document));
  return file;
}

/**
 * Runs a package's command line as a client project would, in a process of its own: loaded into
 * a jest worker, openapi-typescript's ES modules open the worker's stdin, which then keeps the
 * worker from exiting once its suites are done.
 */
async function runCli(bin: string[], args: string[]): Promise<string> {
  const { stdout } = await promisify(execFile)(process.execPath, [join(ROOT, 'node_modules', ...bin), ...args], {
    env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
  });
  return stdout;
}

/** Every schema holding an `example`, with where it is, for checking one against the other. */
function examplesOf(document: ServedDocument): Array<{ where: string; schema: OpenApiSchema; example: unknown }> {
  const found: Array<{ where: string; schema: OpenApiSchema; example: unknown }> = [];
  const visit = (node: unknown, where: string, isSchema: boolean): void => {
    if (Array.isArray(node)) return node.forEach((item, index) => visit(item, `${where}/${index}`, isSchema));
    if (typeof node !== 'object' || node === null) return;
    const record = node as Record<string, unknown>;
    if ('example' in record && (isSchema || 'schema' in record)) {
      const { example, ...schema } = record;
      found.push({ where, example, schema: isSchema ? schema : (record.schema as OpenApiSchema) });
    }
    for (const [key, value] of Object.entries(record)) {
      if (key === 'example' || key === 'examples') continue;
      const childIsSchema =
        key === 'schema' || key === 'items' || key === 'not' || key === 'additionalProperties' || (isSchema && ['allOf', 'oneOf', 'anyOf'].includes(key));
      if (key === 'properties' || (key === 'schemas' && where === '#/components')) {
        for (const [name, property] of Object.entries(value as Record<string, unknown>)) visit(property, `${where}/${key}/${name}`, true);
      } else visit(value, `${where}/${key}`, childIsSchema);
    }
  };
  visit(document, '#', false);
  return found;
}

function diagnosticsText(diagnostics: readonly ts.Diagnostic[]): string {
  return ts.formatDiagnostics(diagnostics, { getCanonicalFileName: (name) => name, getCurrentDirectory: () => ROOT, getNewLine: () => '\n' });
}

/** Type-checks each file with the strictness a careful client project would use. */
function typeErrors(directory: string, files: string[]): Map<string, readonly ts.Diagnostic[]> {
  const program = ts.createProgram(
    files.map((file) => join(directory, file)),
    {
      strict: true,
      noEmit: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
      types: [],
      skipLibCheck: true,
    },
  );
  return new Map(files.map((file) => [file, ts.getPreEmitDiagnostics(program, program.getSourceFile(join(directory, file)))]));
}

describe('the OpenAPI document at /docs-json', () => {
  let world: FuzzWorld;
  let document: ServedDocument;
  let recorder: AnswerRecorder;
  /** A tenant's event receiver, for deliveries to read and replay. */
  const receiver = new EventReceiverFake();

  beforeAll(async () => {
    await receiver.start();
    world = await startFuzzWorld({ API_RATE_LIMIT: `${THROTTLE_LIMIT}/min` });
    document = (await (await fetch(`${world.app.url}/docs-json`)).json()) as ServedDocument;
    recorder = new AnswerRecorder(world.app.app.getHttpServer(), document);
    const tester = await gql(world.app, 'mutation($id: ID!, $input: ContactFieldsInput!) { updateContact(id: $id, input: $input) { id } }', {
      id: world.ids.contact,
      input: { externalCustomerId: PROBE_TESTER_ID },
    }, world.tenant.apiKey);
    if (tester.errors) throw new Error(`giving the contact a tester id failed: ${JSON.stringify(tester.errors)}`);
  }, 60_000);
  afterAll(async () => {
    await world?.close();
    await receiver.stop();
  });

  it('passes `redocly lint` with the recommended rules, offline, without a problem', async () => {
    const directory = scratchDirectory();
    try {
      const file = writeDocument(directory, document);
      const stdout = await runCli(['@redocly', 'cli', 'bin', 'cli.js'], ['lint', '--extends', 'recommended', '--format', 'json', file]);
      const report = JSON.parse(stdout) as { totals: { errors: number; warnings: number }; problems: Array<{ ruleId: string; message: string; location: Array<{ pointer: string }> }> };
      expect(report.problems.map((problem) => `${problem.ruleId} ${problem.location[0]?.pointer}: ${problem.message}`)).toEqual([]);
      expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  }, 60_000);

  it('names the server PUBLIC_URL, and is what `npm run openapi:print` writes without a server', async () => {
    expect(document.servers).toEqual([{ url: world.app.url }]);
    const printed = JSON.parse(JSON.stringify(await previewOpenApiDocument(world.app.config))) as ServedDocument;
    expect(printed).toEqual(document);
  });

  it('documents every route with its credentials: a bearer key or token, the family’s own header, Telegram’s secret', () => {
    const security = Object.fromEntries(
      Object.entries(document.paths).flatMap(([path, operations]) => Object.entries(operations).map(([method, operation]) => [`${method.toUpperCase()} ${path}`, operation.security])),
    );
    expect(security['GET /health']).toEqual([]);
    expect(security['POST /api/telegram/webhook']).toEqual([{ telegramSecret: [] }]);
    expect(security['POST /telegram/v1/webhooks/{botId}']).toEqual([{ telegramSecret: [] }]);
    expect(security['POST /v1/replicas']).toEqual([{ apiKey: [] }, { userToken: [] }, { organizationSecret: [] }]);
    expect(security['POST /api/v1/telegram/interactive']).toEqual([{ apiKey: [] }, { userToken: [] }, { octopodsAuth: [] }]);
    expect(security['GET /telegram/v1/bots']).toEqual([{ apiKey: [] }, { userToken: [] }]);
    expect(Object.keys(document.components.securitySchemes ?? {}).sort()).toEqual(['apiKey', 'octopodsAuth', 'organizationSecret', 'telegramSecret', 'userToken']);
  });

  it('gives examples that validate against their schemas, the seeds’ own among them', () => {
    const validator = new SchemaValidator(document);
    const examples = examplesOf(document);
    expect(examples.length).toBeGreaterThan(40);
    const wrong = examples.flatMap(({ where, schema, example }) => validator.problems(schema, example).map((problem) => `${where}: ${problem}`));
    expect(wrong).toEqual([]);
    // Sensay's and Octopods' own error examples, and OpenScouter's connection check.
    expect(JSON.stringify(document.components.schemas.SensayError)).toContain('14fceadd84e74ec499afe9b0f7952d6b');
    expect(JSON.stringify(document.components.schemas.OctopodsError)).toContain('Provided type: dropdown.');
    expect(JSON.stringify(document.paths['/api/telegram/check-connection'])).toContain('OpenScouterBot');
  });

  it('generates a TypeScript client that compiles a call to each seed route with the seeds’ bodies and a receiver reading each event by its type, and refuses wrong calls', async () => {
    const directory = scratchDirectory();
    try {
      await runCli(['openapi-typescript', 'bin', 'cli.js'], [writeDocument(directory, document), '--output', join(directory, 'schema.ts')]);
      const right = { 'seed-calls.ts': SEED_CALLS_SOURCE, 'event-calls.ts': EVENT_CALLS_SOURCE };
      const wrong = { ...WRONG_CALLS_SOURCES, ...WRONG_EVENT_CALLS_SOURCES };
      for (const [file, source] of Object.entries({ ...right, ...wrong })) writeFileSync(join(directory, file), source);
      const errors = typeErrors(directory, [...Object.keys(right), ...Object.keys(wrong)]);
      for (const file of Object.keys(right)) expect(diagnosticsText(errors.get(file) ?? [])).toBe('');
      expect(Object.keys(wrong).filter((file) => (errors.get(file)?.length ?? 0) === 0)).toEqual([]);
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  }, 60_000);

  it('lists every answer each route gives: each documented status drawn for real, each answer in its documented schema', async () => {
    const call = caller(world.app.url);
    const probes: Probe[] = [...routeProbes(world, call), ...eventEndpointProbes(world, call, receiver), ...generalProbes(world, call, document, THROTTLE_LIMIT)];
    const unexpected: string[] = [];
    for (const probe of probes) {
      const answer = await probe.run();
      if (answer.status !== probe.expected) unexpected.push(`${probe.label}: answered ${answer.status} ${answer.text.slice(0, 300)}`);
    }
    expect(unexpected).toEqual([]);
    const neverDrawn = Object.entries(document.paths).flatMap(([path, operations]) =>
      Object.entries(operations).flatMap(([method, operation]) =>
        Object.keys(operation.responses)
          .filter((status) => !UNPROVOKED.has(status) && !recorder.seen.get(`${method.toUpperCase()} ${path}`)?.has(Number(status)))
          .map((status) => `${status} ${method.toUpperCase()} ${path}`),
      ),
    );
    expect(neverDrawn).toEqual([]);
    expect(recorder.nonConforming()).toEqual([]);
  }, 180_000);
});
