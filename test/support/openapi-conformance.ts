import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

/**
 * Holds the served OpenAPI document to what the app really answers: an answer conforms when its
 * status is documented for its operation and its JSON body validates against that status's
 * schema. A recorder on the app's HTTP server checks every answer a suite provokes.
 */

export interface OpenApiSchema {
  $ref?: string;
  [keyword: string]: unknown;
}

interface MediaType {
  schema?: OpenApiSchema;
  example?: unknown;
}

export interface OpenApiResponse {
  description: string;
  content?: Record<string, MediaType>;
}

export interface OpenApiParameter {
  name: string;
  in: string;
  schema?: OpenApiSchema;
  example?: unknown;
}

export interface OpenApiOperation {
  parameters?: OpenApiParameter[];
  requestBody?: { content: Record<string, MediaType> };
  responses: Record<string, OpenApiResponse>;
  security?: Array<Record<string, string[]>>;
  summary?: string;
}

export interface ServedDocument {
  openapi: string;
  servers?: Array<{ url: string }>;
  paths: Record<string, Record<string, OpenApiOperation>>;
  components: { schemas: Record<string, OpenApiSchema>; securitySchemes?: Record<string, unknown> };
}

const DOCUMENT_ID = 'openapi.json';

/** JSON Schema validation of OpenAPI 3.0 schemas (Ajv reads `nullable`; `example` is only documentation). */
export class SchemaValidator {
  private readonly ajv = new Ajv({ strict: false, allErrors: true });
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor(document: ServedDocument) {
    addFormats(this.ajv);
    this.ajv.addSchema({ components: document.components }, DOCUMENT_ID);
  }

  /** What is wrong with the value for the schema; empty when it validates. */
  problems(schema: OpenApiSchema, value: unknown): string[] {
    const text = JSON.stringify(schema).replaceAll('"#/components/', `"${DOCUMENT_ID}#/components/`);
    let validate = this.compiled.get(text);
    if (!validate) {
      validate = this.ajv.compile(JSON.parse(text) as object);
      this.compiled.set(text, validate);
    }
    if (validate(value)) return [];
    return (validate.errors ?? []).map((error) => `${error.instancePath || '(body)'} ${error.message ?? 'is invalid'} ${JSON.stringify(error.params)}`);
  }
}

export interface MatchedOperation {
  /** `METHOD /documented/{path}` */
  key: string;
  operation: OpenApiOperation;
}

function templatePattern(template: string): RegExp {
  const escaped = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+');
  return new RegExp(`^${escaped}/?$`);
}

/** The documented operation a request reached, trailing slash or not (Express takes both); literal paths win over templates. */
export function operationOf(document: ServedDocument, method: string, url: string): MatchedOperation | undefined {
  const path = url.split('?')[0];
  const candidates = Object.keys(document.paths)
    .filter((template) => templatePattern(template).test(path) && document.paths[template][method.toLowerCase()])
    .sort((a, b) => a.split('{').length - b.split('{').length);
  const template = candidates[0];
  return template ? { key: `${method.toUpperCase()} ${template}`, operation: document.paths[template][method.toLowerCase()] } : undefined;
}

export interface Answer {
  method: string;
  url: string;
  status: number;
  contentType: string;
  body: string;
}

/** Why the answer does not conform to the document; empty when it does. */
export function conformanceProblems(document: ServedDocument, validator: SchemaValidator, answer: Answer): string[] {
  const matched = operationOf(document, answer.method, answer.url);
  if (!matched) return [];
  const response = matched.operation.responses[String(answer.status)];
  if (!response) return [`${matched.key} answered ${answer.status}, which its documentation does not list (${Object.keys(matched.operation.responses).join(', ')})`];
  const schema = response.content?.['application/json']?.schema;
  if (!schema) return answer.body.length > 0 && answer.status !== 204 && !response.content ? [`${matched.key} ${answer.status} has a body, documented without one`] : [];
  if (!answer.contentType.includes('application/json')) return [`${matched.key} ${answer.status} answered ${answer.contentType || 'no content type'}, documented as JSON`];
  let body: unknown;
  try {
    body = JSON.parse(answer.body);
  } catch {
    return [`${matched.key} ${answer.status}: the body is not JSON`];
  }
  return validator.problems(schema, body).map((problem) => `${matched.key} ${answer.status}: ${problem}`);
}

/**
 * Watches every answer of an app's HTTP server and checks those of documented operations
 * against the document, keeping each distinct problem and which statuses each operation gave.
 */
export class AnswerRecorder {
  /** Each distinct problem, with the first body that showed it. */
  private readonly problems = new Map<string, string>();
  readonly seen = new Map<string, Set<number>>();
  private readonly validator: SchemaValidator;

  constructor(
    server: Server,
    private readonly document: ServedDocument,
  ) {
    this.validator = new SchemaValidator(document);
    server.prependListener('request', (req: IncomingMessage, res: ServerResponse) => this.watch(req, res));
  }

  /** Distinct problems seen so far. */
  nonConforming(): string[] {
    return [...this.problems].map(([problem, body]) => `${problem} — body ${body.slice(0, 300)}`);
  }

  private watch(req: IncomingMessage, res: ServerResponse): void {
    const chunks: Buffer[] = [];
    const keep = (chunk: unknown, encoding?: unknown) => {
      if (chunk === undefined || chunk === null || typeof chunk === 'function') return;
      chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk), typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8'));
    };
    const write = res.write.bind(res) as (...args: unknown[]) => boolean;
    const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
    res.write = ((...args: unknown[]) => {
      keep(args[0], args[1]);
      return write(...args);
    }) as typeof res.write;
    res.end = ((...args: unknown[]) => {
      keep(args[0], args[1]);
      return end(...args);
    }) as typeof res.end;
    res.once('finish', () => {
      // A throw here would reach the HTTP server, not the test: it is kept as a problem instead.
      try {
        this.check(req, res, Buffer.concat(chunks).toString('utf8'));
      } catch (error) {
        this.problems.set(`${req.method} ${req.url}: checking the answer failed: ${error instanceof Error ? error.stack : String(error)}`, '');
      }
    });
  }

  private check(req: IncomingMessage, res: ServerResponse, body: string): void {
    const answer: Answer = { method: req.method ?? 'GET', url: req.url ?? '/', status: res.statusCode, contentType: String(res.getHeader('content-type') ?? ''), body };
    const matched = operationOf(this.document, answer.method, answer.url);
    if (!matched) return;
    this.seen.set(matched.key, (this.seen.get(matched.key) ?? new Set()).add(answer.status));
    for (const problem of conformanceProblems(this.document, this.validator, answer)) if (!this.problems.has(problem)) this.problems.set(problem, body);
  }
}
