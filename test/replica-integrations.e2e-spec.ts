import { ReplicaIntegrationsService } from '@switchboard/replicas';
import { aBot, aTenant, BuiltTenant, eventually } from './support/builders';
import { gql } from './support/graphql-client';
import { integrate, integrationPath } from './support/replica-integrations';
import { aReplica, sensayClient } from './support/replicas';
import { startTelegramWorld, TelegramWorld } from './support/telegram-world';
import { TestApp } from './support/test-app';

const FINGERPRINT = expect.stringMatching(/^[0-9a-f]{32}$/);
const MISSING_UUID = '00000000-0000-4000-8000-000000000000';

/** Sensay's Telegram integration of a replica: starting the bot, retrying it, reading and removing it. */
describe('replica Telegram integrations (Sensay)', () => {
  let world: TelegramWorld;
  let app: TestApp;
  let tenant: BuiltTenant;
  let other: BuiltTenant;
  const sensay = () => sensayClient(app, tenant.apiKey);
  const refusal = (status: number, error: string | jest.AsymmetricMatcher, fingerprint = true) => ({
    status,
    body: { success: false, error, request_id: expect.any(String), ...(fingerprint ? { fingerprint: FINGERPRINT } : {}) },
  });
  const answer = (response: { status: number; body: unknown }) => ({ status: response.status, body: response.body });
  const stateOf = async (replicaId: string) => (await sensay().get(integrationPath(replicaId))).body as { state: string; botId?: string; lastError: string | null };

  beforeAll(async () => {
    world = await startTelegramWorld();
    ({ app, tenant } = world);
    other = await aTenant(app).build();
  });
  afterAll(() => world.close());

  it('starts the bot: getMe, the bot registered, its webhook set; 200 with a numeric id', async () => {
    const replica = await aReplica(app, tenant.apiKey);
    const info = world.fake.addBot();
    const created = await integrate(app, tenant.apiKey, replica, info.token);
    expect(answer(created)).toEqual({ status: 200, body: { success: true, id: expect.any(Number) } });
    expect(world.fake.callsTo('getMe', info.token).length).toBeGreaterThan(0);
    const read = await sensay().get(integrationPath(replica));
    expect(answer(read)).toEqual({ status: 200, body: { success: true, id: created.body.id, state: 'active', mention: 'concierge_bot', botId: expect.any(String), lastError: null } });
    expect(world.fake.webhookOf(info.token)!.url).toBe(`${app.url}/telegram/v1/webhooks/${read.body.botId}/`);
    const bot = await app.http().get(`/telegram/v1/bots/${read.body.botId}/`).set('authorization', `Bearer ${tenant.apiKey}`);
    expect(bot.status).toBe(200);

    const active = await app.app.get(ReplicaIntegrationsService).activeOn(read.body.botId);
    expect(active).toMatchObject({ id: String(created.body.id), tenantId: tenant.id, botId: read.body.botId, mention: 'concierge_bot', replica: { id: replica } });
  });

  it('answers the same token again with the same integration, and another token with 409', async () => {
    const replica = await aReplica(app, tenant.apiKey);
    const info = world.fake.addBot();
    const first = await integrate(app, tenant.apiKey, replica, info.token);
    expect(answer(await integrate(app, tenant.apiKey, replica, info.token))).toEqual({ status: 200, body: { success: true, id: first.body.id } });
    expect(answer(await integrate(app, tenant.apiKey, replica, world.fake.addBot().token))).toEqual(refusal(409, expect.stringContaining('another token')));
  });

  it('answers 202 while Telegram cannot be reached, and starts the bot in the background once it can', async () => {
    const replica = await aReplica(app, tenant.apiKey);
    const info = world.fake.addBot();
    const outage = world.fake.inject({ token: info.token, method: 'getMe', times: Infinity, fault: { kind: 'server-error', status: 502 } });
    const created = await integrate(app, tenant.apiKey, replica, info.token);
    expect(answer(created)).toEqual({ status: 202, body: { success: true, id: expect.any(Number), message: expect.stringContaining('retry starting the bot') } });
    expect(await stateOf(replica)).toMatchObject({ state: 'starting', lastError: expect.stringContaining('could not be reached') });
    outage.remove();
    const started = await eventually(() => stateOf(replica), (state) => state.state === 'active', 20_000);
    expect(world.fake.webhookOf(info.token)!.url).toBe(`${app.url}/telegram/v1/webhooks/${started.botId}/`);
  });

  it('marks the integration FAILING when Telegram rejects the token during a background start', async () => {
    const replica = await aReplica(app, tenant.apiKey);
    const info = world.fake.addBot();
    const outage = world.fake.inject({ token: info.token, method: 'setWebhook', times: Infinity, fault: { kind: 'server-error', status: 503 } });
    expect((await integrate(app, tenant.apiKey, replica, info.token)).status).toBe(202);
    outage.remove();
    world.fake.inject({ token: info.token, method: 'getMe', times: Infinity, fault: { kind: 'unauthorized' } });
    const failing = await eventually(() => stateOf(replica), (state) => state.state === 'failing', 20_000);
    expect(failing.lastError).toBe('Telegram does not accept this telegram_token');
  });

  it('refuses an unknown token and another tenant’s bot with 400, storing nothing', async () => {
    const replica = await aReplica(app, tenant.apiKey);
    expect(answer(await integrate(app, tenant.apiKey, replica, '123456:unknown-token'))).toEqual(refusal(400, 'Telegram does not accept this telegram_token'));
    const theirs = await aBot(app, world.fake, other);
    expect(answer(await integrate(app, tenant.apiKey, replica, theirs.token))).toEqual(refusal(400, 'The bot of this telegram_token is registered with another account'));
    expect(answer(await sensay().get(integrationPath(replica)))).toEqual(refusal(404, `Replica ${replica} has no Telegram integration`, false));
  });

  it.each([
    ['no token', { mention: 'x' }, expect.stringContaining('telegram_token must be a string')],
    ['a token that is no string', { telegram_token: 42, mention: 'x' }, expect.stringContaining('telegram_token must be a string')],
    ['no mention', { telegram_token: '1:a' }, expect.stringContaining('mention must be a string')],
    ['a mention over 64 characters', { telegram_token: '1:a', mention: 'm'.repeat(65) }, 'mention must be shorter than or equal to 64 characters'],
    ['an unknown field', { telegram_token: '1:a', mention: 'x', colour: 'red' }, 'property colour should not exist'],
  ])('refuses %s with 400', async (_, body, error) => {
    const replica = await aReplica(app, tenant.apiKey);
    expect(answer(await sensay().post(integrationPath(replica), body))).toEqual(refusal(400, error));
  });

  it('answers 401 without a key, 404 for another tenant’s or an unknown replica, 415 for a body that is not JSON', async () => {
    const theirs = await aReplica(app, other.apiKey);
    const token = world.fake.addBot().token;
    expect((await app.http().post(integrationPath(theirs)).send({ telegram_token: token, mention: 'x' })).status).toBe(401);
    for (const id of [theirs, MISSING_UUID]) {
      expect(answer(await integrate(app, tenant.apiKey, id, token))).toEqual(refusal(404, `Replica ${id} not found`, false));
      expect((await sensay().get(integrationPath(id))).status).toBe(404);
      expect((await sensay().delete(integrationPath(id))).status).toBe(404);
    }
    const plain = await app.http().post(integrationPath(theirs)).set('x-organization-secret', tenant.apiKey).set('content-type', 'text/plain').send('x');
    expect(answer(plain)).toEqual(refusal(415, expect.any(String)));
  });

  it('deletes: retires the bot it registered (webhook removed) and stops answering there', async () => {
    const replica = await aReplica(app, tenant.apiKey);
    const info = world.fake.addBot();
    await integrate(app, tenant.apiKey, replica, info.token);
    const { botId } = await stateOf(replica);
    expect(answer(await sensay().delete(integrationPath(replica)))).toEqual({ status: 200, body: { success: true } });
    expect(world.fake.webhookOf(info.token)).toBeUndefined();
    expect((await sensay().get(integrationPath(replica))).status).toBe(404);
    expect(await app.app.get(ReplicaIntegrationsService).activeOn(botId!)).toBeNull();
  });

  it('deleting a replica retires the bot its integration registered, as deleting the integration does', async () => {
    const replica = await aReplica(app, tenant.apiKey);
    const info = world.fake.addBot();
    await integrate(app, tenant.apiKey, replica, info.token);
    expect(world.fake.webhookOf(info.token)).toBeDefined();
    expect(answer(await sensay().delete(`/v1/replicas/${replica}`))).toEqual({ status: 200, body: { success: true } });
    expect(world.fake.webhookOf(info.token)).toBeUndefined();
    expect((await sensay().get(`/v1/replicas/${replica}`)).status).toBe(404);
  });

  it('reuses a bot registered before, shows the replica to that bot’s key, and keeps the bot on delete', async () => {
    const replica = await aReplica(app, tenant.apiKey);
    const bot = await aBot(app, world.fake, tenant);
    expect((await integrate(app, tenant.apiKey, replica, bot.token)).status).toBe(200);
    expect((await stateOf(replica)).botId).toBe(bot.id);
    const key = await app.http().post(`/telegram/v1/bots/${bot.id}/api-keys/`).set('authorization', `Bearer ${tenant.apiKey}`).send({ name: 'channel' });
    expect((await sensayClient(app, key.body.key).get(`/v1/replicas/${replica}`)).status).toBe(200);
    expect((await sensay().delete(integrationPath(replica))).status).toBe(200);
    expect(world.fake.webhookOf(bot.token)!.url).toContain(bot.id);
    expect((await sensayClient(app, key.body.key).get(`/v1/replicas/${replica}`)).status).toBe(404);
  });

  it('has GraphQL twins', async () => {
    const replicaId = await aReplica(app, tenant.apiKey);
    const token = world.fake.addBot().token;
    const created = await gql<{ integrateReplicaWithTelegram: { state: string; mention: string } }>(
      app,
      'mutation($replicaId: ID!, $input: TelegramIntegrationInput!) { integrateReplicaWithTelegram(replicaId: $replicaId, input: $input) { id state mention botId lastError attempts } }',
      { replicaId, input: { telegramToken: token, mention: 'gql_bot' } },
      tenant.apiKey,
    );
    expect(created.data?.integrateReplicaWithTelegram).toMatchObject({ state: 'ACTIVE', mention: 'gql_bot' });
    const read = await gql(app, 'query($replicaId: ID!) { replicaTelegramIntegration(replicaId: $replicaId) { state } }', { replicaId }, tenant.apiKey);
    expect(read.data).toEqual({ replicaTelegramIntegration: { state: 'ACTIVE' } });
    const removed = await gql(app, 'mutation($replicaId: ID!) { removeReplicaTelegramIntegration(replicaId: $replicaId) }', { replicaId }, tenant.apiKey);
    expect(removed.data).toEqual({ removeReplicaTelegramIntegration: replicaId });
  });
});
