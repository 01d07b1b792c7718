import { randomUUID } from 'node:crypto';
import { ADMIN_TOKEN } from './test-app';
import type { FuzzWorld } from './fuzz-world';
import type { ServedDocument } from './openapi-conformance';
import { aReplicaBody } from './replicas';
import { aPerson, messageFrom } from './telegram-people';

/**
 * Requests that draw each answer the OpenAPI document lists, for real: general ones built from
 * the document (every operation's 400, 401, 403, 404, 413, 415 and 429) and, per route, its
 * successes and the errors only its own logic answers (conflicts, Telegram refusing).
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

export function caller(baseUrl: string): Call {
  return async (method, path, options = {}) => {
    const headers: Record<string, string> = { ...options.headers };
    let body: string | undefined;
    if (options.raw) {
      headers['content-type'] = options.raw.type;
      body = options.raw.text;
    } else if (options.body !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(options.body);
    }
    const response = await fetch(`${baseUrl}${path}`, { method, headers, body, signal: AbortSignal.timeout(30_000) });
    return { status: response.status, text: await response.text() };
  };
}

const SECRET_HEADER = 'x-telegram-bot-api-secret-token';
const bearer = (token: string): Record<string, string> => ({ authorization: `Bearer ${token}` });
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

// ---- each route's own answers ----------------------------------------------------------

/** The tester job-notify finds: the world's contact gets this external id before the probes run. */
export const PROBE_TESTER_ID = 'tester_probe';

const INTERACTIVE_MESSAGE = { type: 'reply_buttons', text: 'Ready?', reply_markup: { inline_keyboard: [[{ text: 'Confirm', url: 'https://example.com/confirm' }]] } };

/** Runs `work` while Telegram answers `method` with a failure it will not retry past. */
async function whileTelegramFails<T>(world: FuzzWorld, rule: { token: string; method: string; chatId?: number }, kind: 'server-error' | 'bad-request', work: () => Promise<T>): Promise<T> {
  const fault = kind === 'server-error' ? ({ kind, status: 502 } as const) : ({ kind, description: 'Bad Request: message is rejected' } as const);
  const injected = world.fake.inject({ ...rule, times: 100, fault });
  try {
    return await work();
  } finally {
    injected.remove();
  }
}

export function routeProbes(world: FuzzWorld, call: Call): Probe[] {
  const tenant = bearer(world.tenant.apiKey);
  const sensay = { 'x-organization-secret': world.tenant.apiKey };
  const octopods = { 'x-octopods-auth': world.tenant.apiKey };
  const { bot, ids } = world;
  const secret = { [SECRET_HEADER]: world.webhookSecret };
  const probe = (expected: number, label: string, run: () => Promise<ProbeAnswer>): Probe => ({ label: `${expected} ${label}`, expected, run });
  const get = (path: string, headers = tenant) => call('GET', path, { headers });
  const post = (path: string, body: unknown, headers = tenant) => call('POST', path, { headers, body });
  const put = (path: string, body: unknown, headers = tenant) => call('PUT', path, { headers, body });
  const del = (path: string, headers = tenant) => call('DELETE', path, { headers });
  const newToken = () => world.fake.addBot().token;
  const created = async (path: string, body: unknown, headers = tenant): Promise<Record<string, string>> => {
    const answer = await post(path, body, headers);
    if (answer.status >= 300) throw new Error(`setting up a probe: POST ${path} answered ${answer.status} ${answer.text}`);
    return JSON.parse(answer.text) as Record<string, string>;
  };
  const newBot = async () => (await created('/telegram/v1/bots/', { name: 'Probe bot', bot_token: newToken() })).bot_app_id;
  const update = () => ({ update_id: Math.floor(Math.random() * 2 ** 31), ...messageFrom(aPerson(), 'hello') });
  const replicaBody = (overrides: Record<string, unknown> = {}) => aReplicaBody(overrides);

  return [
    probe(200, 'GET /health', () => call('GET', '/health')),

    probe(200, 'GET /api/v1/api-keys', () => get('/api/v1/api-keys')),
    probe(201, 'POST /api/v1/api-keys', () => post('/api/v1/api-keys', { name: 'probe key' })),
    probe(200, 'GET /api/v1/api-keys/{id}', () => get(`/api/v1/api-keys/${ids.apiKey}`)),
    probe(404, 'GET /api/v1/api-keys/{id}', () => get(`/api/v1/api-keys/${randomUUID()}`)),
    probe(200, 'DELETE /api/v1/api-keys/{id}', async () => del(`/api/v1/api-keys/${(await created('/api/v1/api-keys', { name: 'to revoke' })).id}`)),
    probe(404, 'DELETE /api/v1/api-keys/{id}', () => del(`/api/v1/api-keys/${randomUUID()}`)),

    probe(201, 'POST /telegram/v1/bots', () => post('/telegram/v1/bots/', { name: 'Probe bot', bot_token: newToken(), daily_limit: 1000 })),
    probe(409, 'POST /telegram/v1/bots', () => post('/telegram/v1/bots/', { name: 'Twice', bot_token: bot.token })),
    probe(502, 'POST /telegram/v1/bots', () => {
      const token = newToken();
      return whileTelegramFails(world, { token, method: 'setWebhook' }, 'server-error', () => post('/telegram/v1/bots/', { name: 'Refused', bot_token: token }));
    }),
    probe(200, 'GET /telegram/v1/bots', () => get('/telegram/v1/bots/')),
    probe(200, 'GET /telegram/v1/bots/{id}', () => get(`/telegram/v1/bots/${bot.id}/`)),
    probe(404, 'GET /telegram/v1/bots/{id}', () => get(`/telegram/v1/bots/${randomUUID()}/`)),
    probe(200, 'PUT /telegram/v1/bots/{id}', () => put(`/telegram/v1/bots/${bot.id}/`, { daily_limit: 1000 })),
    probe(404, 'PUT /telegram/v1/bots/{id}', () => put(`/telegram/v1/bots/${randomUUID()}/`, { daily_limit: 1000 })),
    probe(502, 'PUT /telegram/v1/bots/{id}', () =>
      whileTelegramFails(world, { token: bot.token, method: 'getMe' }, 'server-error', () => put(`/telegram/v1/bots/${bot.id}/`, { bot_token: bot.token })),
    ),
    probe(201, 'POST /telegram/v1/bots/{id}/api-keys', () => post(`/telegram/v1/bots/${bot.id}/api-keys/`, { name: 'channel' })),
    probe(404, 'POST /telegram/v1/bots/{id}/api-keys', () => post(`/telegram/v1/bots/${randomUUID()}/api-keys/`, { name: 'channel' })),
    probe(204, 'DELETE /telegram/v1/bots/{id}', async () => del(`/telegram/v1/bots/${await newBot()}/`)),
    probe(404, 'DELETE /telegram/v1/bots/{id}', () => del(`/telegram/v1/bots/${randomUUID()}/`)),
    probe(502, 'DELETE /telegram/v1/bots/{id}', async () => {
      const token = newToken();
      const id = (await created('/telegram/v1/bots/', { name: 'Kept', bot_token: token })).bot_app_id;
      return whileTelegramFails(world, { token, method: 'deleteWebhook' }, 'server-error', () => del(`/telegram/v1/bots/${id}/`));
    }),
    probe(200, 'GET /telegram/v1/webhook-events', () => get('/telegram/v1/webhook-events/?limit=5')),

    probe(200, 'POST /telegram/v1/webhooks/{botId}', () => call('POST', `/telegram/v1/webhooks/${bot.id}/`, { headers: secret, body: update() })),
    probe(404, 'POST /telegram/v1/webhooks/{botId}', () => call('POST', `/telegram/v1/webhooks/${randomUUID()}/`, { headers: secret, body: update() })),
    probe(200, 'POST /api/telegram/webhook', () => call('POST', '/api/telegram/webhook', { headers: secret, body: update() })),

    probe(200, 'POST /api/telegram/setup', () => post('/api/telegram/setup', { webhookUrl: `${world.app.url}/telegram/v1/webhooks/${bot.id}/` })),
    probe(404, 'POST /api/telegram/setup', () => post('/api/telegram/setup', { webhookUrl: 'https://example.com/hook', botId: randomUUID() })),
    probe(502, 'POST /api/telegram/setup', () =>
      whileTelegramFails(world, { token: bot.token, method: 'setWebhook' }, 'server-error', () =>
        post('/api/telegram/setup', { webhookUrl: `${world.app.url}/telegram/v1/webhooks/${bot.id}/` }),
      ),
    ),
    probe(200, 'GET /api/telegram/check-connection', () => get('/api/telegram/check-connection')),
    probe(404, 'GET /api/telegram/check-connection', () => get(`/api/telegram/check-connection?botId=${randomUUID()}`)),

    probe(200, 'POST /v1/apps/{appId}/tokens', () => post(`/v1/apps/${bot.id}/tokens`, { tokens: [{ token: ids.chat, contactId: ids.contact }] })),
    probe(404, 'POST /v1/apps/{appId}/tokens', () => post(`/v1/apps/${randomUUID()}/tokens`, { tokens: [{ token: ids.chat, contactId: ids.contact }] })),

    probe(201, 'POST /api/telegram/connect-link', () => post('/api/telegram/connect-link', { contactId: ids.contact })),
    probe(404, 'POST /api/telegram/connect-link', () => post('/api/telegram/connect-link', { externalCustomerId: 'nobody_here' })),

    probe(201, 'POST /api/v1/telegram/interactive', () =>
      post('/api/v1/telegram/interactive', { destination_user_id: ids.chat, telegram_interactive_message: INTERACTIVE_MESSAGE }, octopods),
    ),
    probe(404, 'POST /api/v1/telegram/interactive', () =>
      post('/api/v1/telegram/interactive', { destination_user_id: '999999999999', telegram_interactive_message: INTERACTIVE_MESSAGE }, octopods),
    ),
    probe(502, 'POST /api/v1/telegram/interactive', () =>
      whileTelegramFails(world, { token: bot.token, method: 'sendMessage', chatId: Number(ids.chat) }, 'bad-request', () =>
        post('/api/v1/telegram/interactive', { destination_user_id: ids.chat, telegram_interactive_message: INTERACTIVE_MESSAGE }, octopods),
      ),
    ),

    probe(201, 'POST /api/jobs', () => post('/api/jobs', { id: 'probe_job', title: 'Probe', url: 'https://example.com/job' })),
    probe(409, 'POST /api/jobs', () => post('/api/jobs', { id: ids.job, title: 'Again', url: 'https://example.com/job' })),
    probe(404, 'POST /api/jobs', () => post('/api/jobs', { title: 'Targeted', url: 'https://example.com/job', segmentId: randomUUID() })),
    probe(200, 'GET /api/jobs/{id}', () => get(`/api/jobs/${ids.job}`)),
    probe(404, 'GET /api/jobs/{id}', () => get('/api/jobs/no_such_job')),
    probe(200, 'POST /api/telegram/job-notify', () => post('/api/telegram/job-notify', { testerId: PROBE_TESTER_ID, jobId: ids.job })),
    probe(404, 'POST /api/telegram/job-notify', () => post('/api/telegram/job-notify', { testerId: 'nobody_here', jobId: ids.job })),
    probe(502, 'POST /api/telegram/job-notify', () =>
      whileTelegramFails(world, { token: bot.token, method: 'sendMessage', chatId: Number(ids.chat) }, 'bad-request', () =>
        post('/api/telegram/job-notify', { testerId: PROBE_TESTER_ID, jobId: ids.job }),
      ),
    ),

    probe(201, 'POST /broadcast', () => post('/broadcast/', { name: 'Probe', platform: 'TELEGRAM', message_text: 'Hello', recipients: [ids.contact] })),
    probe(404, 'POST /broadcast', () => post('/broadcast/', { name: 'Probe', platform: 'TELEGRAM', message_text: 'Hello', recipients: [ids.contact], bot_app_id: randomUUID() })),
    probe(200, 'GET /broadcast', () => get('/broadcast/')),
    probe(200, 'GET /broadcast/{id}', async () => {
      const launched = await created('/broadcast/', { name: 'Followed', platform: 'TELEGRAM', message_text: 'Hi', recipients: [ids.contact] });
      return get(`/broadcast/${launched.id}/`);
    }),
    probe(404, 'GET /broadcast/{id}', () => get(`/broadcast/${randomUUID()}/`)),
    probe(200, 'POST /api/telegram/send-job', () => post('/api/telegram/send-job', { jobId: ids.job, filterBySegment: true })),
    probe(404, 'POST /api/telegram/send-job', () => post('/api/telegram/send-job', { jobId: 'no_such_job' })),

    probe(200, 'POST /v1/replicas', () => post('/v1/replicas', replicaBody(), sensay)),
    probe(409, 'POST /v1/replicas', () => post('/v1/replicas', replicaBody({ slug: 'seed-replica' }), sensay)),
    probe(200, 'GET /v1/replicas', () => get('/v1/replicas?page=1&pageSize=5', sensay)),
    probe(200, 'GET /v1/replicas/{replicaUUID}', () => get(`/v1/replicas/${ids.replica}`, sensay)),
    probe(404, 'GET /v1/replicas/{replicaUUID}', () => get(`/v1/replicas/${randomUUID()}`, sensay)),
    probe(200, 'PUT /v1/replicas/{replicaUUID}', () => put(`/v1/replicas/${ids.replica}`, replicaBody({ slug: 'seed-replica' }), sensay)),
    probe(404, 'PUT /v1/replicas/{replicaUUID}', () => put(`/v1/replicas/${randomUUID()}`, replicaBody(), sensay)),
    probe(409, 'PUT /v1/replicas/{replicaUUID}', async () => {
      const other = (await created('/v1/replicas', replicaBody(), sensay)).uuid;
      return put(`/v1/replicas/${other}`, replicaBody({ slug: 'seed-replica' }), sensay);
    }),
    probe(200, 'DELETE /v1/replicas/{replicaUUID}', async () => del(`/v1/replicas/${(await created('/v1/replicas', replicaBody(), sensay)).uuid}`, sensay)),
    probe(404, 'DELETE /v1/replicas/{replicaUUID}', () => del(`/v1/replicas/${randomUUID()}`, sensay)),

    probe(200, 'POST /v1/replicas/{replicaUUID}/integrations/telegram', () =>
      post(`/v1/replicas/${ids.replica}/integrations/telegram`, { telegram_token: bot.token, mention: `@${bot.username}` }, sensay),
    ),
    probe(409, 'POST /v1/replicas/{replicaUUID}/integrations/telegram', () =>
      post(`/v1/replicas/${ids.replica}/integrations/telegram`, { telegram_token: newToken(), mention: '@another' }, sensay),
    ),
    probe(202, 'POST /v1/replicas/{replicaUUID}/integrations/telegram', async () => {
      const replica = (await created('/v1/replicas', replicaBody(), sensay)).uuid;
      const token = newToken();
      return whileTelegramFails(world, { token, method: 'getMe' }, 'server-error', () =>
        post(`/v1/replicas/${replica}/integrations/telegram`, { telegram_token: token, mention: '@unreachable' }, sensay),
      );
    }),
    probe(404, 'POST /v1/replicas/{replicaUUID}/integrations/telegram', () =>
      post(`/v1/replicas/${randomUUID()}/integrations/telegram`, { telegram_token: newToken(), mention: '@nobody' }, sensay),
    ),
    probe(200, 'GET /v1/replicas/{replicaUUID}/integrations/telegram', () => get(`/v1/replicas/${ids.replica}/integrations/telegram`, sensay)),
    probe(404, 'GET /v1/replicas/{replicaUUID}/integrations/telegram', () => get(`/v1/replicas/${randomUUID()}/integrations/telegram`, sensay)),
    probe(200, 'DELETE /v1/replicas/{replicaUUID}/integrations/telegram', async () => {
      const replica = (await created('/v1/replicas', replicaBody(), sensay)).uuid;
      await created(`/v1/replicas/${replica}/integrations/telegram`, { telegram_token: newToken(), mention: '@removed' }, sensay);
      return del(`/v1/replicas/${replica}/integrations/telegram`, sensay);
    }),
    probe(404, 'DELETE /v1/replicas/{replicaUUID}/integrations/telegram', () => del(`/v1/replicas/${randomUUID()}/integrations/telegram`, sensay)),
  ];
}
