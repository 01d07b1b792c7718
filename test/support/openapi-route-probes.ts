import { randomUUID } from 'node:crypto';
import type { FuzzWorld } from './fuzz-world';
import { bearer, Call, Probe, ProbeAnswer, SECRET_HEADER } from './openapi-probes';
import { aReplicaBody } from './replicas';
import { aPerson, messageFrom } from './telegram-people';

/**
 * Each route's successes and the errors only its own logic answers (an object named in the
 * body missing, conflicts, Telegram refusing), drawn for real.
 */

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
