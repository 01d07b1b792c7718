import { randomUUID } from 'node:crypto';
import { request } from 'node:http';
import { ADMIN_TOKEN } from './test-app';
import type { FuzzWorld } from './fuzz-world';
import type { ServedDocument } from './openapi-conformance';

/**
 * Requests that draw each answer the OpenAPI document lists, for real: here the general ones,
 * built from the document (every operation's 400, 401, 403, 413, 415 and 429); each route's
 * successes and its own errors are in openapi-route-probes.ts.
 */

export interface ProbeAnswer {
  status: number;
  text: string;
}

export interface Probe {
  label: string;
  expected: number;
  run: () => Promise<ProbeAnswer>;
}

interface CallOptions {
  headers?: Record<string, string>;
  body?: unknown;
  /** A raw body, sent as is with this content type. */
  raw?: { text: string; type: string };
}

export type Call = (method: string, path: string, options?: CallOptions) => Promise<ProbeAnswer>;

/**
 * Each call on a connection of its own: a kept-alive connection the server closes while idle
 * (between two tests) would reset the next request sent on it.
 */
export function caller(baseUrl: string): Call {
  return (method, path, options = {}) => {
    const headers: Record<string, string> = { ...options.headers };
    let body: string | undefined;
    if (options.raw) {
      headers['content-type'] = options.raw.type;
      body = options.raw.text;
    } else if (options.body !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(options.body);
    }
    if (body !== undefined) headers['content-length'] = String(Buffer.byteLength(body));
    return new Promise<ProbeAnswer>((resolve, reject) => {
      const sent = request(`${baseUrl}${path}`, { method, headers, agent: false, timeout: 30_000 }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
        response.on('error', reject);
      });
      sent.on('timeout', () => sent.destroy(new Error(`${method} ${path}: no answer within 30 s`)));
      sent.on('error', reject);
      sent.end(body);
    });
  };
}

export const SECRET_HEADER = 'x-telegram-bot-api-secret-token';
export const bearer = (token: string): Record<string, string> => ({ authorization: `Bearer ${token}` });
const OVER_ONE_MEGABYTE = JSON.stringify({ padding: 'x'.repeat(1_100_000) });
/** Calls sent at once while using up a rate limit. */
const THROTTLE_BATCH = 20;

// ---- general probes, from the document ------------------------------------------------

function isWebhook(path: string): boolean {
  return path.startsWith('/telegram/v1/webhooks/') || path === '/api/telegram/webhook';
}

/** Ids that name nothing (a 404 needs a valid body, so each route probes its own): every general error is answered before any lookup, except a webhook's own bot. */
function concretePath(world: FuzzWorld, template: string): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => (isWebhook(template) ? world.bot.id : name === 'id' && template.startsWith('/api/jobs') ? 'no_such_job' : randomUUID()));
}

function credentialsFor(world: FuzzWorld, path: string): Record<string, string> {
  return isWebhook(path) ? { [SECRET_HEADER]: world.webhookSecret } : bearer(world.tenant.apiKey);
}

function generalProbe(world: FuzzWorld, call: Call, method: string, template: string, status: number, throttleLimit: number): Probe | undefined {
  const path = concretePath(world, template);
  const credentials = credentialsFor(world, template);
  const label = `${status} ${method} ${template}`;
  const probe = (run: () => Promise<ProbeAnswer>): Probe => ({ label, expected: status, run });
  const takesBody = method !== 'GET' && method !== 'DELETE';
  switch (status) {
    case 400:
      return takesBody
        ? probe(() => call(method, path, { headers: credentials, raw: { text: '{"name": ', type: 'application/json' } }))
        : probe(() => call(method, `${path}?probe=%00`, { headers: credentials }));
    case 401:
      return probe(() => call(method, path, takesBody ? { body: {} } : {}));
    case 403:
      return probe(() => call(method, path, { headers: bearer(ADMIN_TOKEN), ...(takesBody ? { body: {} } : {}) }));
    case 413:
      return probe(() => call(method, path, { headers: credentials, raw: { text: OVER_ONE_MEGABYTE, type: 'application/json' } }));
    case 415:
      return probe(() => call(method, path, { headers: credentials, raw: { text: 'hello', type: 'text/plain' } }));
    case 429:
      return probe(async () => {
        // Throttling counts per route and credential before authentication: a made-up key runs out like a real one.
        const made = { headers: bearer(`sb_throttled_${randomUUID()}`), ...(takesBody ? { body: {} } : {}) };
        for (let sent = 0; sent < throttleLimit; sent += THROTTLE_BATCH) {
          await Promise.all(Array.from({ length: Math.min(THROTTLE_BATCH, throttleLimit - sent) }, () => call(method, path, made)));
        }
        return call(method, path, made);
      });
    default:
      return undefined;
  }
}

/** A probe for every general status each operation documents. */
export function generalProbes(world: FuzzWorld, call: Call, document: ServedDocument, throttleLimit: number): Probe[] {
  return Object.entries(document.paths).flatMap(([template, operations]) =>
    Object.entries(operations).flatMap(([method, operation]) =>
      Object.keys(operation.responses)
        .map((status) => generalProbe(world, call, method.toUpperCase(), template, Number(status), throttleLimit))
        .filter((probe): probe is Probe => probe !== undefined),
    ),
  );
}
