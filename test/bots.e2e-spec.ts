import { BotApiFake } from '@switchboard/bot-api-fake';
import { aBot, aTenant, BuiltTenant } from './support/builders';
import { gql } from './support/graphql-client';
import { startTelegramFake, startTestApp, TestApp } from './support/test-app';

describe('bots', () => {
  let fake: BotApiFake;
  let app: TestApp;
  let tenant: BuiltTenant;

  beforeAll(async () => {
    fake = await startTelegramFake();
    app = await startTestApp({ telegram: fake });
    tenant = await aTenant(app).withAdmin().build();
  });
  afterAll(async () => {
    await app.close();
    await fake.stop();
  });

  const as = (who: BuiltTenant) => ({
    post: (path: string) => app.http().post(path).set('authorization', `Bearer ${who.apiKey}`),
    get: (path: string) => app.http().get(path).set('authorization', `Bearer ${who.apiKey}`),
    put: (path: string) => app.http().put(path).set('authorization', `Bearer ${who.apiKey}`),
    delete: (path: string) => app.http().delete(path).set('authorization', `Bearer ${who.apiKey}`),
  });

  describe('POST /telegram/v1/bots/ (the Jina Connect seed)', () => {
    it('registers the bot, answers its bot_app_id and sets the webhook at Telegram', async () => {
      const info = fake.addBot({ username: 'my_support_bot' });
      const response = await as(tenant)
        .post('/telegram/v1/bots/')
        .set('content-type', 'application/json')
        .send({ name: 'My Support Bot', bot_token: info.token, daily_limit: 1000 });
      expect(response.status).toBe(201);
      const botAppId = response.body.bot_app_id;
      expect(botAppId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
      expect(response.body).toMatchObject({
        name: 'My Support Bot',
        username: 'my_support_bot',
        telegram_bot_id: info.id,
        bot_token: `${info.id}:****`,
        daily_limit: 1000,
        webhook: { url: `${app.url}/telegram/v1/webhooks/${botAppId}/`, active: true, last_error_message: null },
        created_at: expect.any(String),
        updated_at: expect.any(String),
      });
      expect(JSON.stringify(response.body)).not.toContain(info.token.split(':')[1]);

      const webhook = fake.webhookOf(info.token)!;
      expect(webhook.url).toBe(`${app.url}/telegram/v1/webhooks/${botAppId}/`);
      expect(webhook.secretToken).toMatch(/^[A-Za-z0-9_-]{32,256}$/);
      expect(webhook.allowedUpdates).toEqual(expect.arrayContaining(['message', 'callback_query', 'my_chat_member']));
      expect(webhook.maxConnections).toBe(40);
      expect(fake.callsTo('getMe', info.token)).toHaveLength(1);
    });

    it('answers 400 for a token Telegram rejects, and stores nothing', async () => {
      const before = (await as(tenant).get('/telegram/v1/bots/')).body.items.length;
      const response = await as(tenant).post('/telegram/v1/bots/').send({ name: 'x', bot_token: '999999:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' });
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({ code: 'TOKEN_REJECTED', detail: expect.stringMatching(/Telegram rejected the bot token/) });
      expect((await as(tenant).get('/telegram/v1/bots/')).body.items).toHaveLength(before);
    });

    it('answers 400 for something that is not a token, without asking Telegram', async () => {
      fake.clearCalls();
      const response = await as(tenant).post('/telegram/v1/bots/').send({ name: 'x', bot_token: 'not-a-token' });
      expect(response.status).toBe(400);
      expect(response.body.code).toBe('TOKEN_MALFORMED');
      expect(fake.calls).toHaveLength(0);
    });

    it('answers 409 when the bot is already registered, by any tenant', async () => {
      const bot = await aBot(app, fake, tenant);
      const other = await aTenant(app).build();
      const response = await as(other).post('/telegram/v1/bots/').send({ name: 'mine too', bot_token: bot.token });
      expect(response.status).toBe(409);
      expect(response.body.code).toBe('BOT_ALREADY_REGISTERED');
      expect(fake.webhookOf(bot.token)!.url).toContain(bot.id);
    });

    it('rolls back when Telegram refuses the webhook', async () => {
      const info = fake.addBot();
      fake.inject({ token: info.token, method: 'setWebhook', fault: { kind: 'server-error', status: 502 } });
      const response = await as(tenant).post('/telegram/v1/bots/').send({ name: 'x', bot_token: info.token });
      expect(response.status).toBe(502);
      expect(response.body.code).toBe('TELEGRAM_UNAVAILABLE');
      const retry = await as(tenant).post('/telegram/v1/bots/').send({ name: 'x', bot_token: info.token });
      expect(retry.status).toBe(201);
    });

    it('validates the body: unknown fields, missing name, a bad daily_limit or send_rate', async () => {
      const info = fake.addBot();
      const cases: Array<[object, RegExp]> = [
        [{ name: 'x', bot_token: info.token, webhook: 'y' }, /property webhook should not exist/],
        [{ bot_token: info.token }, /name/],
        [{ name: 'x', bot_token: info.token, daily_limit: 0 }, /daily_limit must not be less than 1/],
        [{ name: 'x', bot_token: info.token, send_rate: 'fast' }, /send_rate must look like 30\/s or 20\/min/],
      ];
      for (const [body, message] of cases) {
        const response = await as(tenant).post('/telegram/v1/bots/').send(body);
        expect(response.status).toBe(400);
        expect(response.body.detail).toMatch(message);
      }
      expect(fake.webhookOf(info.token)).toBeUndefined();
    });
  });

  describe('reading, changing and removing', () => {
    it('lists and reads bots; another tenant’s is 404', async () => {
      const bot = await aBot(app, fake, tenant, 'Listed');
      const list = await as(tenant).get('/telegram/v1/bots/');
      expect(list.body.items.map((item: { bot_app_id: string }) => item.bot_app_id)).toContain(bot.id);
      const one = await as(tenant).get(`/telegram/v1/bots/${bot.id}/`);
      expect(one.status).toBe(200);
      expect(one.body.name).toBe('Listed');

      const other = await aTenant(app).build();
      expect((await as(other).get(`/telegram/v1/bots/${bot.id}/`)).status).toBe(404);
      expect((await as(other).put(`/telegram/v1/bots/${bot.id}/`).send({ name: 'stolen' })).status).toBe(404);
      expect((await as(other).delete(`/telegram/v1/bots/${bot.id}/`)).status).toBe(404);
      expect((await as(other).get('/telegram/v1/bots/')).body.items).toEqual([]);
      expect((await as(tenant).get(`/telegram/v1/bots/${bot.id}/`)).body.name).toBe('Listed');
    });

    it('changes name, daily limit and send rate', async () => {
      const bot = await aBot(app, fake, tenant);
      const response = await as(tenant).put(`/telegram/v1/bots/${bot.id}/`).send({ name: 'Renamed', daily_limit: 50, send_rate: '20/min' });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ name: 'Renamed', daily_limit: 50, send_rate: '20/min' });
      const cleared = await as(tenant).put(`/telegram/v1/bots/${bot.id}/`).send({ daily_limit: null });
      expect(cleared.body.daily_limit).toBeNull();
    });

    it('keeps paid broadcasts off until they are turned on', async () => {
      const bot = await aBot(app, fake, tenant);
      expect((await as(tenant).get(`/telegram/v1/bots/${bot.id}/`)).body.paid_broadcasts).toBe(false);
      const on = await as(tenant).put(`/telegram/v1/bots/${bot.id}/`).send({ paid_broadcasts: true });
      expect(on.status).toBe(200);
      expect(on.body.paid_broadcasts).toBe(true);
      expect((await as(tenant).get(`/telegram/v1/bots/${bot.id}/`)).body.paid_broadcasts).toBe(true);
      const wrong = await as(tenant).put(`/telegram/v1/bots/${bot.id}/`).send({ paid_broadcasts: 'yes' });
      expect(wrong.status).toBe(400);
      expect(wrong.body.detail).toMatch(/paid_broadcasts must be a boolean/);
    });

    it('rotates the token of the same bot, checking it with getMe and moving the webhook', async () => {
      const bot = await aBot(app, fake, tenant);
      const rotated = fake.addBot({ id: bot.telegramBotId, username: bot.username });
      const response = await as(tenant).put(`/telegram/v1/bots/${bot.id}/`).send({ bot_token: rotated.token });
      expect(response.status).toBe(200);
      expect(response.body.bot_token).toBe(`${bot.telegramBotId}:****`);
      expect(fake.webhookOf(rotated.token)!.url).toBe(`${app.url}/telegram/v1/webhooks/${bot.id}/`);
      expect(fake.webhookOf(rotated.token)!.secretToken).toBe(fake.webhookOf(bot.token)!.secretToken);

      const someoneElse = fake.addBot();
      const refused = await as(tenant).put(`/telegram/v1/bots/${bot.id}/`).send({ bot_token: someoneElse.token });
      expect(refused.status).toBe(400);
      expect(refused.body.code).toBe('TOKEN_OF_ANOTHER_BOT');
    });

    it('deletes: the webhook is removed at Telegram, the bot is gone, the token can be registered again', async () => {
      const bot = await aBot(app, fake, tenant);
      const response = await as(tenant).delete(`/telegram/v1/bots/${bot.id}/`);
      expect(response.status).toBe(204);
      expect(fake.webhookOf(bot.token)).toBeUndefined();
      expect((await as(tenant).get(`/telegram/v1/bots/${bot.id}/`)).status).toBe(404);
      const again = await as(tenant).post('/telegram/v1/bots/').send({ name: 'back', bot_token: bot.token });
      expect(again.status).toBe(201);
      expect(again.body.bot_app_id).not.toBe(bot.id);
    });
  });

  describe('GraphQL', () => {
    const FIELDS = 'id name username tokenHint dailyLimit sendRate webhookUrl allowedUpdates';

    it('registers, lists, reads, updates and deletes bots, with the connection state', async () => {
      const info = fake.addBot();
      const registered = await gql<{ registerBot: { id: string; tokenHint: string; webhookUrl: string } }>(
        app,
        `mutation($input: RegisterBotInput!) { registerBot(input: $input) { ${FIELDS} } }`,
        { input: { name: 'GQL bot', botToken: info.token, dailyLimit: 10 } },
        tenant.adminToken,
      );
      const id = registered.data!.registerBot.id;
      expect(registered.data!.registerBot).toMatchObject({ tokenHint: `${info.id}:****`, webhookUrl: `${app.url}/telegram/v1/webhooks/${id}/` });

      const read = await gql<{ bot: { name: string; connection: { connected: boolean; botUsername: string; webhookUrl: string } } }>(
        app,
        'query($id: ID!) { bot(id: $id) { name connection { connected botUsername webhookUrl pendingUpdateCount lastErrorMessage } } }',
        { id },
        tenant.adminToken,
      );
      expect(read.data!.bot).toMatchObject({ name: 'GQL bot', connection: { connected: true, botUsername: info.username, webhookUrl: `${app.url}/telegram/v1/webhooks/${id}/` } });

      const listed = await gql<{ bots: { nodes: Array<{ id: string }> } }>(app, '{ bots(first: 100) { nodes { id } } }', {}, tenant.adminToken);
      expect(listed.data!.bots.nodes.map((node) => node.id)).toContain(id);

      const updated = await gql<{ updateBot: { name: string; sendRate: string } }>(
        app,
        'mutation($id: ID!) { updateBot(id: $id, input: { name: "Renamed", sendRate: "5/s" }) { name sendRate } }',
        { id },
        tenant.adminToken,
      );
      expect(updated.data!.updateBot).toEqual({ name: 'Renamed', sendRate: '5/s' });

      const other = await aTenant(app).build();
      const hidden = await gql(app, 'query($id: ID!) { bot(id: $id) { id } }', { id }, other.apiKey);
      expect(hidden.data).toEqual({ bot: null });
      const notTheirs = await gql(app, 'mutation($id: ID!) { deleteBot(id: $id) }', { id }, other.apiKey);
      expect(notTheirs.errors![0].extensions.code).toBe('NOT_FOUND');

      const deleted = await gql(app, 'mutation($id: ID!) { deleteBot(id: $id) }', { id }, tenant.adminToken);
      expect(deleted.data).toEqual({ deleteBot: id });
      expect(fake.webhookOf(info.token)).toBeUndefined();
    });

    it('refuses a bad token with BAD_USER_INPUT', async () => {
      const result = await gql(app, 'mutation { registerBot(input: { name: "x", botToken: "1:nope" }) { id } }', {}, tenant.adminToken);
      expect(result.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TOKEN_MALFORMED' });
    });
  });

  describe('channel API keys (scoped to one bot)', () => {
    it('act only through their bot', async () => {
      const scopedTenant = await aTenant(app).build();
      const mine = await aBot(app, fake, scopedTenant, 'mine');
      const other = await aBot(app, fake, scopedTenant, 'other');
      const created = await as(scopedTenant).post(`/telegram/v1/bots/${mine.id}/api-keys/`).send({ name: 'octopods' });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ bot_id: mine.id, key: expect.stringMatching(/^sb_/) });
      const channel = { ...scopedTenant, apiKey: created.body.key as string };

      const list = await as(channel).get('/telegram/v1/bots/');
      expect(list.body.items.map((item: { bot_app_id: string }) => item.bot_app_id)).toEqual([mine.id]);
      expect((await as(channel).get(`/telegram/v1/bots/${other.id}/`)).status).toBe(404);
      expect((await as(channel).post('/telegram/v1/bots/').send({ name: 'x', bot_token: fake.addBot().token })).status).toBe(403);
    });
  });
});
