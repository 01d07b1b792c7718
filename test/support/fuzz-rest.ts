import fc from 'fast-check';
import { ApiFamily, apiFamilyOf, isTelegramWebhook } from '@switchboard/common';
import { API_INPUT, baseObject, DefectOptions, defectiveObject, KnownIds, nulledOptionalObjects, otherCase } from './fuzz-defects';
import { Answer, FuzzRequest } from './fuzz-http';
import { isBatchOfFailures } from './fuzz-verdicts';
import { Field, fieldsFromOpenApi, OpenApiSchema, shapeFromOpenApi } from './fuzz-shapes';
import { deepValue, encodeJson, forgedCursor, malformedIdText, TWO_POW_70, wrongIdText } from './fuzz-values';
import type { FuzzWorld } from './fuzz-world';

/** One REST route and how to aim bad input at it. */
export interface RestTarget {
  method: string;
  /** With `{param}` placeholders, as OpenAPI writes it. */
  path: string;
  family: ApiFamily;
  pathParams: string[];
  query: Field[];
  /** The fields of its JSON body, when it takes one. */
  body?: Field[];
  /** Credentials: a tenant's API key, or a webhook's secret. */
  headers: Record<string, string>;
  defects: DefectOptions;
  /** A plausible body to put one defect in; built from the body's fields when absent. */
  baseBody?: fc.Arbitrary<Record<string, unknown>>;
  /** A 200 this route may answer to bad input, beside refusals (see fuzz-verdicts). */
  alsoAllowed?: (answer: Answer) => boolean;
}

interface OpenApiOperation {
  parameters?: Array<{ name: string; in: 'path' | 'query'; schema: OpenApiSchema }>;
  requestBody?: { content: Record<string, { schema: OpenApiSchema }> };
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, OpenApiOperation>>;
  components: { schemas: Record<string, OpenApiSchema> };
}

/** Every operation of the served OpenAPI document that takes any input; Telegram's webhooks have targets of their own (fuzz-webhooks). */
export function restTargetsOf(document: OpenApiDocument, world: FuzzWorld): RestTarget[] {
  const components = document.components.schemas;
  const apiPaths = Object.entries(document.paths).filter(([path]) => !isTelegramWebhook(path));
  return apiPaths.flatMap(([path, operations]) =>
    Object.entries(operations).map(([method, operation]): RestTarget => {
      const parameters = operation.parameters ?? [];
      const bodySchema = operation.requestBody?.content['application/json']?.schema;
      return {
        method: method.toUpperCase(),
        path,
        family: apiFamilyOf(path),
        pathParams: parameters.filter((parameter) => parameter.in === 'path').map((parameter) => parameter.name),
        query: parameters
          .filter((parameter) => parameter.in === 'query')
          .map((parameter) => ({ name: parameter.name, shape: shapeFromOpenApi(parameter.schema, parameter.name, components), required: false })),
        body: bodySchema ? fieldsFromOpenApi(components[bodySchema.$ref?.split('/').pop() ?? ''] ?? bodySchema, components) : undefined,
        headers: world.headersFor('tenant'),
        defects: API_INPUT,
        alsoAllowed: apiFamilyOf(path) === ApiFamily.ESPUTNIK ? isBatchOfFailures : undefined,
      };
    }),
  ).filter((target) => target.pathParams.length + target.query.length > 0 || target.body);
}

// ---- turning a target into requests ------------------------------------------------------

/** Path segments no id has, beside wrong ids: bytes that are not UTF-8, NUL, traversal. */
const RAW_PATH_SEGMENTS = ['%ED%A0%80', '%FF', '%00', '..%2F..%2Fhealth'];

function pathWith(target: RestTarget, values: Record<string, string>): string {
  return target.path.replace(/\{(\w+)\}/g, (_, name: string) => values[name]);
}

/** The segment before a parameter names what it points at: `/bots/{id}` is a bot. */
function contextOf(target: RestTarget, param: string): string {
  const segments = target.path.split('/');
  return segments[segments.indexOf(`{${param}}`) - 1] ?? '';
}

function knownPathValues(target: RestTarget, known: KnownIds): Record<string, string> {
  return Object.fromEntries(target.pathParams.map((name) => [name, encodeURIComponent(known(name, contextOf(target, name)) ?? 'unknown')]));
}

/** Query strings carry text only: a wrong "type" there is text that does not parse. */
function badQueryText(field: Field): fc.Arbitrary<string> {
  const overLong = fc.integer({ min: 1_000, max: 6_000 }).map((length) => 'q'.repeat(length));
  const notUtf8 = fc.constantFrom('%ED%A0%80', '%FF', 'a%00b');
  switch (field.shape.kind) {
    case 'integer': {
      const { minimum, maximum } = field.shape;
      const pastBounds = [minimum !== undefined ? String(minimum - 1) : [], maximum !== undefined ? String(maximum + 1) : []].flat();
      return fc.oneof(
        fc.constantFrom('1e308', '-1e308', '18446744073709551616', TWO_POW_70, '0.5', '-0', 'NaN', 'abc', '', ...pastBounds).map(encodeURIComponent),
        notUtf8,
      );
    }
    case 'enum':
      return fc.oneof(fc.constantFrom(...field.shape.values.map(otherCase), 'NOT_A_MEMBER'), notUtf8);
    case 'id':
      return fc.oneof(malformedIdText.map(encodeURIComponent), notUtf8);
    case 'cursor':
      return fc.oneof(forgedCursor.map(encodeURIComponent), notUtf8);
    default:
      // Any text is a fair filter value; only what no column can hold is bad.
      return fc.oneof(fc.constant('a%00b'), overLong);
  }
}

/** One bad query parameter, or one given twice (an array where a value is expected). */
function badQuery(target: RestTarget): fc.Arbitrary<string> {
  return fc.constantFrom(...target.query).chain((field) =>
    fc.oneof(
      badQueryText(field).map((value) => `${field.name}=${value}`),
      fc.constant(`${field.name}=1&${field.name}=2`),
    ),
  );
}

function plainBody(target: RestTarget, known: KnownIds): string | undefined {
  return target.body ? encodeJson(baseObject(target.body, known, target.path)) : undefined;
}

/** Bad ids in the path, or a bad query parameter; the rest of the request is plausible. */
export function pathAndQueryRequests(target: RestTarget, known: KnownIds): fc.Arbitrary<FuzzRequest> {
  const base = knownPathValues(target, known);
  const body = plainBody(target, known);
  const choices: fc.Arbitrary<FuzzRequest>[] = [];
  if (target.pathParams.length > 0) {
    const badSegment = fc.oneof(wrongIdText.map(encodeURIComponent), fc.constantFrom(...RAW_PATH_SEGMENTS));
    choices.push(
      fc.tuple(fc.constantFrom(...target.pathParams), badSegment).map(
        ([name, value]) => new FuzzRequest(target.method, pathWith(target, { ...base, [name]: value }), body, undefined, target.headers),
      ),
    );
  }
  if (target.query.length > 0) {
    choices.push(badQuery(target).map((query) => new FuzzRequest(target.method, `${pathWith(target, base)}?${query}`, body, undefined, target.headers)));
  }
  return fc.oneof(...choices);
}

/** Bodies that are not JSON objects at all: malformed text, scalars, arrays, deep nesting. */
export function wholeBodyDefects(base: Record<string, unknown>): fc.Arbitrary<string> {
  return fc.oneof(
    fc.constantFrom('{"a": ', '{"a":1}}', "{'a': 1}", 'NaN', '\u0000', '{"a":1,}'),
    fc.constantFrom('42', '"text"', 'null', 'true', '[]'),
    fc.constant(encodeJson([base])),
    deepValue.map(encodeJson),
    fc.constantFrom('1e308', TWO_POW_70, '-0'),
  );
}

/** The body with one defect, or a body that is no JSON object. */
export function bodyRequests(target: RestTarget, known: KnownIds): fc.Arbitrary<FuzzRequest> {
  const fields = target.body ?? [];
  const path = pathWith(target, knownPathValues(target, known));
  const bases = target.baseBody ?? fc.constant(baseObject(fields, known, target.path));
  const bodies = bases.chain((base) =>
    fc.oneof(
      { weight: 4, arbitrary: defectiveObject(fields, base, target.defects).map(encodeJson) },
      { weight: 1, arbitrary: wholeBodyDefects(base) },
    ),
  );
  return bodies.map((body) => new FuzzRequest(target.method, path, body, undefined, target.headers));
}

const NOT_JSON_TYPES = ['text/plain', 'text/plain; charset=utf-8', 'application/x-www-form-urlencoded', 'application/xml', 'multipart/form-data; boundary=x'];

/** A plausible body sent as something other than JSON: 415 where JSON is expected. */
export function contentTypeRequests(target: RestTarget, known: KnownIds): fc.Arbitrary<FuzzRequest> {
  const path = pathWith(target, knownPathValues(target, known));
  const body = plainBody(target, known) ?? '{}';
  return fc
    .tuple(fc.constantFrom(...NOT_JSON_TYPES), fc.constantFrom(body, 'name=x', '<a>x</a>', 'hello'))
    .map(([type, text]) => new FuzzRequest(target.method, path, text, type, target.headers));
}

/** A plausible body once per optional field, with that field null. */
export function nulledBodyRequests(target: RestTarget, known: KnownIds): FuzzRequest[] {
  const fields = target.body ?? [];
  const path = pathWith(target, knownPathValues(target, known));
  return nulledOptionalObjects(fields, baseObject(fields, known, target.path)).map((body) => new FuzzRequest(target.method, path, encodeJson(body), undefined, target.headers));
}
