import type { Response } from 'supertest';
import { CONSOLE_SCREEN_PATHS } from '../../apps/api/src/console.module';
import { IsolationTable, restCallers } from './isolation-case';
import { expectRestAsMissing, expectRestError, leavesUnchanged, MISSING_NUMERIC_ID, MISSING_UUID, RestFamily } from './isolation-probes';
import { IsolationWorld, ON_A1_EXTERNAL_ID } from './isolation-world';

type RestCallers = ReturnType<typeof restCallers>;

/** Attacks on tenant A, with every row of A compared before and after. */
function attacksOnA(attacks: (world: IsolationWorld, rest: RestCallers) => Promise<void>) {
  return { run: (w: IsolationWorld) => leavesUnchanged(w.app, w.a.tenant.id, () => attacks(w, restCallers(w))) };
}

function ok(response: Response, status = 200): Response {
  expect({ status: response.status, body: response.body }).toEqual({ status, body: expect.anything() });
  return response;
}

const idsOf = (response: Response): string[] => ok(response).body.items.map((item: { id: string }) => item.id);
const botIdsOf = (response: Response): string[] => ok(response).body.items.map((item: { bot_app_id: string }) => item.bot_app_id);

function forbidden(response: Response, family: RestFamily): void {
  expectRestError(response, 403, family);
}

async function botsListed(w: IsolationWorld): Promise<void> {
  const { b, kA2 } = restCallers(w);
  expect(botIdsOf(await b.get('/telegram/v1/bots/'))).toEqual([w.b.bot1.id]);
  expect(botIdsOf(await kA2.get('/telegram/v1/bots/'))).toEqual([w.a.bot2.id]);
}

async function webhookEventsListed(w: IsolationWorld): Promise<void> {
  const { b, kA2 } = restCallers(w);
  const events = (query = '') => `/telegram/v1/webhook-events/?limit=100${query}`;
  expect(new Set(botIdsOf(await b.get(events())))).toEqual(new Set([w.b.bot1.id]));
  expect(botIdsOf(await b.get(events(`&bot_app_id=${w.a.bot1.id}`)))).toEqual([]);
  expect(new Set(botIdsOf(await kA2.get(events())))).toEqual(new Set([w.a.bot2.id]));
  expect(botIdsOf(await kA2.get(events(`&bot_app_id=${w.a.bot1.id}`)))).toEqual([]);
}

async function connectionChecked(w: IsolationWorld): Promise<void> {
  const { b, kA2 } = restCallers(w);
  await expectRestAsMissing((botId) => b.get(`/api/telegram/check-connection?botId=${botId}`), w.a.bot1.id, MISSING_UUID, 'openscouter');
  await expectRestAsMissing((botId) => kA2.get(`/api/telegram/check-connection?botId=${botId}`), w.a.bot1.id, MISSING_UUID, 'openscouter');
  expect(ok(await kA2.get('/api/telegram/check-connection')).body.data.botUsername).toBe(w.a.bot2.username);
}

async function jobRead(w: IsolationWorld): Promise<void> {
  const { b, kA2 } = restCallers(w);
  await expectRestAsMissing((id) => b.get(`/api/jobs/${id}`), w.a.jobId, 'job_nobody_has', 'openscouter');
  expect(ok(await kA2.get(`/api/jobs/${w.a.jobId}`)).body.data.id).toBe(w.a.jobId);
}

async function apiKeysListed(w: IsolationWorld): Promise<void> {
  const { b, kA2 } = restCallers(w);
  const aKeys = [w.a.tenantKeyId, w.a.kA1.id, w.a.kA2.id];
  expect(idsOf(await b.get('/api/v1/api-keys?limit=100')).filter((id) => aKeys.includes(id))).toEqual([]);
  expect(idsOf(await kA2.get('/api/v1/api-keys?limit=100'))).toEqual([w.a.kA2.id]);
}

async function botRead(w: IsolationWorld, { b, kA2 }: RestCallers): Promise<void> {
  await expectRestAsMissing((id) => b.get(`/telegram/v1/bots/${id}/`), w.a.bot1.id, MISSING_UUID, 'jina');
  await expectRestAsMissing((id) => kA2.get(`/telegram/v1/bots/${id}/`), w.a.bot1.id, MISSING_UUID, 'jina');
  expect(ok(await kA2.get(`/telegram/v1/bots/${w.a.bot2.id}/`)).body.bot_app_id).toBe(w.a.bot2.id);
}

async function botDeleted(w: IsolationWorld, { b, kA2, owner }: RestCallers): Promise<void> {
  await expectRestAsMissing((id) => b.delete(`/telegram/v1/bots/${id}/`), w.a.bot1.id, MISSING_UUID, 'jina');
  forbidden(await kA2.delete(`/telegram/v1/bots/${w.a.bot2.id}/`), 'jina');
  for (const bot of [w.a.bot1, w.a.bot2]) ok(await owner.get(`/telegram/v1/bots/${bot.id}/`));
}

async function apiKeyRevoked(w: IsolationWorld, { b, kA2, owner }: RestCallers): Promise<void> {
  await expectRestAsMissing((id) => b.delete(`/api/v1/api-keys/${id}`), w.a.kA1.id, MISSING_UUID, 'jina');
  forbidden(await kA2.delete(`/api/v1/api-keys/${w.a.kA1.id}`), 'jina');
  expect(ok(await owner.get(`/api/v1/api-keys/${w.a.kA1.id}`)).body.revoked_at).toBeNull();
}

/** A channel key adds tokens (chat ids) on its own bot only; A1 answers as missing and nothing of A changes. */
async function tokensAdded(w: IsolationWorld): Promise<void> {
  const { b, kA2 } = restCallers(w);
  const body = { tokens: [{ token: String(w.onA1.person.id), contactId: w.onA1.contactId }] };
  await leavesUnchanged(w.app, w.a.tenant.id, async () => {
    await expectRestAsMissing((appId) => b.post(`/v1/apps/${appId}/tokens`, body), w.a.bot1.id, MISSING_UUID, 'esputnik');
    await expectRestAsMissing((appId) => kA2.post(`/v1/apps/${appId}/tokens`, body), w.a.bot1.id, MISSING_UUID, 'esputnik');
  });
  const own = await kA2.post(`/v1/apps/${w.a.bot2.id}/tokens`, { tokens: [{ token: '555000111', externalCustomerId: 'joined-on-a2' }] });
  expect(ok(own).body.results).toEqual([{ token: '555000111', contactId: expect.any(String), created: true, tokenAdded: true }]);
}

export const REST_CASES: IsolationTable = {
  'GET /health': { nothingToIsolate: 'public: reports the database and the queue, nothing of any tenant' },
  [`GET ${String(CONSOLE_SCREEN_PATHS)}`]: { nothingToIsolate: 'public: the web console’s index.html, the same for everyone; its data comes through GraphQL' },
  'GET /telegram/v1/bots': { run: botsListed },
  'POST /telegram/v1/bots': attacksOnA(async (w, { kA2 }) => {
    forbidden(await kA2.post('/telegram/v1/bots/', { name: 'mine', bot_token: w.fake.addBot().token }), 'jina');
  }),
  'GET /telegram/v1/bots/{id}': attacksOnA(botRead),
  'PUT /telegram/v1/bots/{id}': attacksOnA(async (w, { b, kA2 }) => {
    await expectRestAsMissing((id) => b.put(`/telegram/v1/bots/${id}/`, { name: 'taken over' }), w.a.bot1.id, MISSING_UUID, 'jina');
    forbidden(await kA2.put(`/telegram/v1/bots/${w.a.bot2.id}/`, { name: 'taken over' }), 'jina');
  }),
  'DELETE /telegram/v1/bots/{id}': attacksOnA(botDeleted),
  'POST /telegram/v1/bots/{id}/api-keys': attacksOnA(async (w, { b, kA2 }) => {
    await expectRestAsMissing((id) => b.post(`/telegram/v1/bots/${id}/api-keys/`, { name: 'stolen' }), w.a.bot1.id, MISSING_UUID, 'jina');
    forbidden(await kA2.post(`/telegram/v1/bots/${w.a.bot2.id}/api-keys/`, { name: 'stolen' }), 'jina');
  }),
  'GET /telegram/v1/webhook-events': { run: webhookEventsListed },
  'POST /api/telegram/setup': attacksOnA(async (w, { b, kA2 }) => {
    const body = (botId: string) => ({ webhookUrl: 'https://attacker.example.com/hook', botId });
    await expectRestAsMissing((botId) => b.post('/api/telegram/setup', body(botId)), w.a.bot1.id, MISSING_UUID, 'openscouter');
    forbidden(await kA2.post('/api/telegram/setup', body(w.a.bot2.id)), 'openscouter');
  }),
  'GET /api/telegram/check-connection': { run: connectionChecked },
  'POST /api/telegram/connect-link': attacksOnA(async (w, { b, kA2 }) => {
    await expectRestAsMissing((contactId) => b.post('/api/telegram/connect-link', { contactId }), w.onA1.contactId, MISSING_NUMERIC_ID, 'openscouter');
    await expectRestAsMissing((contactId) => kA2.post('/api/telegram/connect-link', { contactId }), w.onA1.contactId, MISSING_NUMERIC_ID, 'openscouter');
    const byExternalId = (externalCustomerId: string) => kA2.post('/api/telegram/connect-link', { externalCustomerId });
    await expectRestAsMissing(byExternalId, ON_A1_EXTERNAL_ID, 'nobody-has-this-id', 'openscouter');
  }),
  'POST /v1/apps/{appId}/tokens': { run: tokensAdded },
  'POST /api/jobs': attacksOnA(async (w, { b, kA2 }) => {
    forbidden(await kA2.post('/api/jobs', { title: 'by a channel key', url: 'https://example.com/x' }), 'openscouter');
    const aimedAt = (segmentId: string) => b.post('/api/jobs', { title: 'aimed at A', url: 'https://example.com/x', segmentId });
    await expectRestAsMissing(aimedAt, w.a.segmentId, MISSING_UUID, 'openscouter');
  }),
  'GET /api/jobs/{id}': { run: jobRead },
  'POST /api/telegram/job-notify': attacksOnA(async (w, { b, kA2 }) => {
    await expectRestAsMissing((jobId) => b.post('/api/telegram/job-notify', { testerId: 'anyone', jobId }), w.a.jobId, 'job_nobody_has', 'openscouter');
    // onA1 is A's tester, but not on A2, the only bot kA2 may send through.
    const notify = (testerId: string) => kA2.post('/api/telegram/job-notify', { testerId, jobId: w.a.jobId });
    await expectRestAsMissing(notify, ON_A1_EXTERNAL_ID, 'nobody-has-this-id', 'openscouter');
  }),
  'POST /api/v1/telegram/interactive': attacksOnA(async (w, { b, kA2 }) => {
    const send = (caller: typeof b) => (chatId: string) =>
      caller.post('/api/v1/telegram/interactive', {
        destination_user_id: chatId,
        telegram_interactive_message: { type: 'highlight_reply', text: 'Order number?', reply_markup: { force_reply: true } },
      });
    await expectRestAsMissing(send(b), String(w.onA1.person.id), '424242424242', 'octopods');
    await expectRestAsMissing(send(kA2), String(w.onA1.person.id), '424242424242', 'octopods');
  }),
  'GET /api/v1/api-keys': { run: apiKeysListed },
  'POST /api/v1/api-keys': attacksOnA(async (w, { kA2 }) => {
    forbidden(await kA2.post('/api/v1/api-keys', { name: 'wider' }), 'jina');
  }),
  'GET /api/v1/api-keys/{id}': attacksOnA(async (w, { b, kA2 }) => {
    for (const victim of [w.a.kA1.id, w.a.tenantKeyId]) {
      await expectRestAsMissing((id) => b.get(`/api/v1/api-keys/${id}`), victim, MISSING_UUID, 'jina');
      await expectRestAsMissing((id) => kA2.get(`/api/v1/api-keys/${id}`), victim, MISSING_UUID, 'jina');
    }
  }),
  'DELETE /api/v1/api-keys/{id}': attacksOnA(apiKeyRevoked),
};
