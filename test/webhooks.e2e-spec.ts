import { BotApiFake, textMessageUpdate } from '@switchboard/bot-api-fake';
import { request as httpRequest } from 'node:http';
import { DataSource } from 'typeorm';
import { aBot, aTenant, BuiltBot, BuiltTenant, eventually } from './support/builders';
import { gql } from './support/graphql-client';
import { startTelegramFake, startTestApp, TestApp } from './support/test-app';
import { createTestDatabase, TestDatabase } from './support/test-database';

interface EventItem {
  id: string;
  bot_app_id: string;
  update_id: number;
  update_type: string;
  chat_id: number | null;
  status: string;
  attempts: number;
  error: string | null;
  processed_at: string | null;
}

/** A POST whose body goes in two chunks (Transfer-Encoding: chunked), as some proxies send it. */
function postInChunks(url: string, secret: string, body: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const sent = httpRequest(url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': secret } }, (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (text += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: text }));
    });
    sent.on('error', reject);
    const middle = Math.floor(body.length / 2);
    sent.write(body.slice(0, middle));
    sent.end(body.slice(middle));
  });
}

describe('webhook intake and processing', () => {
  let fake: BotApiFake;
  let database: TestDatabase;
  let app: TestApp;
  let tenant: BuiltTenant;
  let bot: BuiltBot;

  beforeAll(async () => {
    fake = await startTelegramFake();
    database = await createTestDatabase();
    app = await startTestApp({ telegram: fake, database });
    tenant = await aTenant(app).withAdmin().build();
    bot = await aBot(app, fake, tenant);
  });
  afterAll(async () => {
    await app.close();
    await fake.stop();
    await database.drop();
  });

  const secretOf = (built: BuiltBot) => fake.webhookOf(built.token)!.secretToken!;
  const webhookPath = (built: BuiltBot) => `/telegram/v1/webhooks/${built.id}/`;
  const events = async (query = '', who = tenant): Promise<EventItem[]> =>
    (await app.http().get(`/telegram/v1/webhook-events/?limit=100${query}`).set('authorization', `Bearer ${who.apiKey}`)).body.items;
  const eventOf = async (updateId: number) => (await events()).find((event) => event.update_id === updateId);
  const processed = (updateId: number) => eventually(() => eventOf(updateId), (event) => event?.status === 'PROCESSED');

  it('stores an update Telegram delivers, acknowledges it, and processes it', async () => {
    const result = await fake.deliverUpdate(bot.token, textMessageUpdate({ chatId: 111, text: 'hello' }));
    expect(result).toMatchObject({ delivered: true, attempts: 1, statuses: [200] });
    const event = await processed(result.updateId);
    expect(event).toMatchObject({ bot_app_id: bot.id, update_type: 'message', chat_id: 111, attempts: 1, error: null });
  });

  it('answers exactly { "ok": true } for the seed’s payload', async () => {
    const update = {
      update_id: 987654321,
      message: { message_id: 1, from: { id: 123456789, username: 'tester_alex' }, chat: { id: 123456789, type: 'private' }, text: '/start' },
    };
    const response = await app.http().post(webhookPath(bot)).set('x-telegram-bot-api-secret-token', secretOf(bot)).send(update);
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ ok: true });
    expect(await processed(987654321)).toMatchObject({ update_type: 'message', chat_id: 123456789 });
  });

  it('refuses a wrong or missing secret with 401 and stores nothing', async () => {
    const update = textMessageUpdate({ chatId: 5, text: 'x', updateId: 5_000_001 });
    const wrong = await app.http().post(webhookPath(bot)).set('x-telegram-bot-api-secret-token', 'wrong-secret-of-the-right-length-xxxxxxxxxxxx').send(update);
    const missing = await app.http().post(webhookPath(bot)).send(update);
    for (const response of [wrong, missing]) {
      expect(response.status).toBe(401);
      expect(response.body.code).toBe('WRONG_WEBHOOK_SECRET');
    }
    expect(await eventOf(5_000_001)).toBeUndefined();
  });

  it('answers 404 for an unknown bot', async () => {
    for (const id of ['00000000-0000-4000-8000-000000000000', 'not-a-uuid']) {
      const response = await app.http().post(`/telegram/v1/webhooks/${id}/`).set('x-telegram-bot-api-secret-token', secretOf(bot)).send({ update_id: 1, message: {} });
      expect(response.status).toBe(404);
      expect(response.body.code).toBe('UNKNOWN_WEBHOOK');
    }
  });

  it('answers with the request id and security headers of every route, a caller’s own id kept', async () => {
    const update = textMessageUpdate({ chatId: 444, text: 'headers', updateId: 5_500_001 });
    const acknowledged = await app.http().post(webhookPath(bot)).set('x-telegram-bot-api-secret-token', secretOf(bot)).set('x-request-id', 'telegram-delivery-1').send(update);
    const refused = await app.http().post(webhookPath(bot)).set('x-telegram-bot-api-secret-token', 'wrong').send(update);
    const unparsable = await app.http().post(webhookPath(bot)).set('x-telegram-bot-api-secret-token', secretOf(bot)).set('content-type', 'application/json').send('{"update_id":');
    expect(acknowledged.headers['x-request-id']).toBe('telegram-delivery-1');
    expect(acknowledged.headers['content-type']).toBe('application/json; charset=utf-8');
    for (const response of [acknowledged, refused, unparsable]) {
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['content-security-policy']).toContain("default-src 'self'");
      expect(response.headers['x-powered-by']).toBeUndefined();
    }
    expect(refused.body).toEqual({ detail: expect.any(String), code: 'WRONG_WEBHOOK_SECRET', request_id: refused.headers['x-request-id'] });
    expect(unparsable.status).toBe(400);
    expect(unparsable.body.request_id).toBe(unparsable.headers['x-request-id']);
    // Only POSTs are updates: other methods on the path reach the API's routing, which has none there.
    const listed = await app.http().get(webhookPath(bot)).set('x-telegram-bot-api-secret-token', secretOf(bot));
    expect(listed.status).toBe(404);
    expect(listed.body.code).not.toBe('UNKNOWN_WEBHOOK');
  });

  it('sets exactly the security headers an API answer gets', async () => {
    const helmetHeaders = (headers: Record<string, string>) =>
      Object.fromEntries(Object.entries(headers).filter(([name]) => !['date', 'etag', 'content-length', 'content-type', 'x-request-id', 'connection', 'keep-alive', 'vary'].includes(name)));
    const api = await app.http().get('/health');
    const update = textMessageUpdate({ chatId: 445, text: 'same headers', updateId: 5_500_002 });
    const acknowledged = await app.http().post(webhookPath(bot)).set('x-telegram-bot-api-secret-token', secretOf(bot)).send(update);
    expect(acknowledged.status).toBe(200);
    expect(Object.keys(helmetHeaders(api.headers)).length).toBeGreaterThan(8);
    expect(helmetHeaders(acknowledged.headers)).toEqual(helmetHeaders(api.headers));
  });

  it('refuses a body that is not JSON, a bad path and a bad query in the webhook’s envelope, storing nothing', async () => {
    const before = (await events()).length;
    const post = (path: string) => app.http().post(path).set('x-telegram-bot-api-secret-token', secretOf(bot));
    const update = textMessageUpdate({ chatId: 446, text: 'refused', updateId: 5_500_003 });
    const form = await post(webhookPath(bot)).set('content-type', 'application/x-www-form-urlencoded').send('update_id=5500003');
    expect(form.status).toBe(415);
    expect(form.body).toEqual({ detail: expect.any(String), code: 'UNSUPPORTED_MEDIA_TYPE', request_id: form.headers['x-request-id'] });
    const nulInPath = await post(`/telegram/v1/webhooks/${bot.id}%00/`).send(update);
    expect(nulInPath.status).toBe(400);
    expect(nulInPath.body.code).toBe('INVALID_INPUT');
    const nulInQuery = await post(`${webhookPath(bot)}?x=%00`).send(update);
    expect(nulInQuery.status).toBe(400);
    expect(nulInQuery.body).toMatchObject({ code: 'INVALID_INPUT', detail: expect.stringContaining('query') });
    expect(await events()).toHaveLength(before);
    // A harmless query string is ignored, and a body sent in chunks is read whole.
    const chunked = await postInChunks(`${app.url}${webhookPath(bot)}?source=telegram`, secretOf(bot), JSON.stringify(update));
    expect(chunked).toEqual({ status: 200, body: '{"ok":true}' });
    expect(await processed(5_500_003)).toMatchObject({ chat_id: 446 });
  });

  it('acknowledges a repeated update_id and processes it once', async () => {
    const update = textMessageUpdate({ chatId: 222, text: 'once', updateId: 6_000_001 });
    for (let i = 0; i < 3; i++) {
      const response = await app.http().post(webhookPath(bot)).set('x-telegram-bot-api-secret-token', secretOf(bot)).send(update);
      expect(response.body).toEqual({ ok: true });
    }
    expect(await processed(6_000_001)).toMatchObject({ attempts: 1 });
    expect((await events()).filter((event) => event.update_id === 6_000_001)).toHaveLength(1);
  });

  it('refuses malformed, non-update and oversized bodies with 4xx, storing nothing', async () => {
    const post = () => app.http().post(webhookPath(bot)).set('x-telegram-bot-api-secret-token', secretOf(bot)).set('content-type', 'application/json');
    const before = (await events()).length;
    expect((await post().send('{"update_id": 1,')).status).toBe(400);
    expect((await post().send({ hello: 'world' })).status).toBe(400);
    expect((await post().send({ update_id: -5, message: {} })).status).toBe(400);
    expect((await post().send({ update_id: 7, message: { text: 'x'.repeat(1_100_000) } })).status).toBe(413);
    expect(await events()).toHaveLength(before);
  });

  it('takes OpenScouter’s single webhook, naming the bot by its secret alone', async () => {
    const second = await aBot(app, fake, tenant, 'second');
    const update = textMessageUpdate({ chatId: 333, text: 'via secret', updateId: 7_000_001 });
    const response = await app.http().post('/api/telegram/webhook').set('x-telegram-bot-api-secret-token', secretOf(second)).send(update);
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ ok: true });
    expect(await processed(7_000_001)).toMatchObject({ bot_app_id: second.id });

    const unknown = await app.http().post('/api/telegram/webhook').set('x-telegram-bot-api-secret-token', 'no-such-secret').send(update);
    expect(unknown.status).toBe(401);
    expect(unknown.body).toMatchObject({ success: false, data: null, error: { code: 'WRONG_WEBHOOK_SECRET' } });
  });

  it('processes one chat’s updates in order, each chat independently', async () => {
    const sent: Array<{ chatId: number; updateId: number }> = [];
    for (let i = 0; i < 6; i++) {
      const chatId = i % 2 === 0 ? 444 : 555;
      const result = await fake.deliverUpdate(bot.token, textMessageUpdate({ chatId, text: `#${i}` }));
      sent.push({ chatId, updateId: result.updateId });
    }
    await eventually(events, (items) => sent.every((s) => items.find((e) => e.update_id === s.updateId)?.status === 'PROCESSED'));
    const items = await events();
    for (const chatId of [444, 555]) {
      const mine = sent.filter((s) => s.chatId === chatId).map((s) => items.find((e) => e.update_id === s.updateId)!);
      const byProcessing = [...mine].sort((a, b) => a.processed_at!.localeCompare(b.processed_at!) || Number(a.id) - Number(b.id));
      expect(byProcessing.map((e) => e.update_id)).toEqual(mine.map((e) => e.update_id));
    }
  });

  it('lists events with filters, cursor pages, and GraphQL', async () => {
    const byType = await events(`&update_type=message&bot_app_id=${bot.id}`);
    expect(byType.length).toBeGreaterThan(0);
    expect(byType.every((event) => event.update_type === 'message' && event.bot_app_id === bot.id)).toBe(true);
    expect(await events('&update_type=inline_query')).toEqual([]);
    expect((await events('&status=PROCESSED')).every((event) => event.status === 'PROCESSED')).toBe(true);

    const first = await app.http().get('/telegram/v1/webhook-events/?limit=2').set('authorization', `Bearer ${tenant.apiKey}`);
    expect(first.body.items).toHaveLength(2);
    const second = await app.http().get(`/telegram/v1/webhook-events/?limit=2&cursor=${first.body.next_cursor}`).set('authorization', `Bearer ${tenant.apiKey}`);
    expect(second.body.items[0].id).not.toBe(first.body.items[1].id);
    expect(Number(second.body.items[0].id)).toBeLessThan(Number(first.body.items[1].id));

    const viaGraphql = await gql<{ webhookEvents: { nodes: Array<{ updateType: string; status: string; payload: { update_id: number } }> } }>(
      app,
      'query($botId: ID) { webhookEvents(botId: $botId, first: 5, status: PROCESSED) { nodes { updateId updateType status attempts receivedAt processedAt payload } } }',
      { botId: bot.id },
      tenant.adminToken,
    );
    expect(viaGraphql.data!.webhookEvents.nodes.length).toBeGreaterThan(0);
    expect(viaGraphql.data!.webhookEvents.nodes[0]).toMatchObject({ status: 'PROCESSED', payload: { update_id: expect.any(Number) } });
  });

  it('shows no tenant another tenant’s events', async () => {
    const other = await aTenant(app).build();
    expect(await events('', other)).toEqual([]);
    expect(await events(`&bot_app_id=${bot.id}`, other)).toEqual([]);
    const viaGraphql = await gql<{ webhookEvents: { nodes: unknown[] } }>(app, '{ webhookEvents(first: 10) { nodes { id } } }', {}, other.apiKey);
    expect(viaGraphql.data!.webhookEvents.nodes).toEqual([]);
  });

  it('keeps a retired bot’s history readable', async () => {
    const retired = await aBot(app, fake, tenant, 'retired');
    const result = await fake.deliverUpdate(retired.token, textMessageUpdate({ chatId: 666, text: 'before' }));
    await processed(result.updateId);
    await app.http().delete(`/telegram/v1/bots/${retired.id}/`).set('authorization', `Bearer ${tenant.apiKey}`).expect(204);
    expect((await events(`&bot_app_id=${retired.id}`)).map((event) => event.update_id)).toEqual([result.updateId]);
    const late = await app.http().post(webhookPath(retired)).set('x-telegram-bot-api-secret-token', 'x').send(textMessageUpdate({ chatId: 1, text: 'late' }));
    expect(late.status).toBe(404);
  });

  it('answers 503 while the database is down, so Telegram retries; the update is then stored once', async () => {
    const name = new URL(database.url).pathname.slice(1);
    const admin = await new DataSource({ type: 'postgres', url: process.env.DATABASE_URL }).initialize();
    try {
      await admin.query(`ALTER DATABASE ${name} ALLOW_CONNECTIONS false`);
      await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [name]);
      const delivery = fake.deliverUpdate(bot.token, textMessageUpdate({ chatId: 777, text: 'during outage' }));
      await new Promise((resolve) => setTimeout(resolve, 400));
      await admin.query(`ALTER DATABASE ${name} ALLOW_CONNECTIONS true`);
      const result = await delivery;
      expect(result.delivered).toBe(true);
      expect(result.statuses[0]).toBe(503);
      expect(result.statuses.at(-1)).toBe(200);
      await processed(result.updateId);
      expect((await events()).filter((event) => event.update_id === result.updateId)).toHaveLength(1);
    } finally {
      await admin.query(`ALTER DATABASE ${name} ALLOW_CONNECTIONS true`);
      await admin.destroy();
    }
  });
});

describe('updates stored but not yet processed when an instance stops', () => {
  it('are processed after a restart; a failing one is kept FAILED with its error and retried with backoff', async () => {
    const fake = await startTelegramFake();
    const database = await createTestDatabase();
    // An instance that only takes webhooks, as one stopped before its workers got to the updates.
    let app = await startTestApp({ telegram: fake, database, env: { RUN_WORKERS: 'false' } });
    const tenant = await aTenant(app).build();
    const bot = await aBot(app, fake, tenant);
    const retired = await aBot(app, fake, tenant, 'retired');
    const delivered = [
      await fake.deliverUpdate(bot.token, textMessageUpdate({ chatId: 9, text: 'one' })),
      await fake.deliverUpdate(bot.token, textMessageUpdate({ chatId: 9, text: 'two' })),
      await fake.deliverUpdate(retired.token, textMessageUpdate({ chatId: 9, text: 'doomed' })),
    ];
    expect(delivered.every((result) => result.delivered)).toBe(true);
    await app.http().delete(`/telegram/v1/bots/${retired.id}/`).set('authorization', `Bearer ${tenant.apiKey}`).expect(204);
    const read = async () =>
      (await app.http().get('/telegram/v1/webhook-events/?limit=10').set('authorization', `Bearer ${tenant.apiKey}`)).body.items as EventItem[];
    expect((await read()).map((event) => event.status)).toEqual(['QUEUED', 'QUEUED', 'QUEUED']);
    await app.close();

    app = await startTestApp({ telegram: fake, database });
    try {
      const [one, two, doomed] = delivered.map((result) => result.updateId);
      await eventually(read, (items) => [one, two].every((id) => items.find((e) => e.update_id === id)?.status === 'PROCESSED'));
      const failing = await eventually(read, (items) => (items.find((e) => e.update_id === doomed)?.attempts ?? 0) >= 2);
      expect(failing.find((e) => e.update_id === doomed)).toMatchObject({
        status: 'FAILED',
        error: 'the bot was deleted before this update was processed',
      });
    } finally {
      await app.close();
      await fake.stop();
      await database.drop();
    }
  });

  it('are queued and processed after a restart when the instance stopped between storing and queueing them', async () => {
    const fake = await startTelegramFake();
    const database = await createTestDatabase();
    let app = await startTestApp({ telegram: fake, database });
    const tenant = await aTenant(app).build();
    const bot = await aBot(app, fake, tenant);
    await app.close();
    // What the intake's one statement leaves when the process dies before the dispatcher's turn:
    // the acknowledged update and its outbox row, no job.
    const direct = await new DataSource({ type: 'postgres', url: database.url }).initialize();
    try {
      const update = textMessageUpdate({ chatId: 77, text: 'stored, not queued', updateId: 8_000_001 });
      await direct.query(
        `WITH stored AS (
           INSERT INTO webhook_events (tenant_id, bot_id, update_id, update_type, chat_id, payload)
           VALUES ($1, $2, 8000001, 'message', 77, $3) RETURNING id
         )
         INSERT INTO webhook_event_outbox (event_id) SELECT id FROM stored`,
        [tenant.id, bot.id, JSON.stringify(update)],
      );
    } finally {
      await direct.destroy();
    }

    app = await startTestApp({ telegram: fake, database });
    try {
      const read = async () =>
        (await app.http().get('/telegram/v1/webhook-events/?limit=10').set('authorization', `Bearer ${tenant.apiKey}`)).body.items as EventItem[];
      const events = await eventually(read, (items) => items.find((event) => event.update_id === 8_000_001)?.status === 'PROCESSED');
      expect(events.find((event) => event.update_id === 8_000_001)).toMatchObject({ chat_id: 77, attempts: 1, error: null });
      const check = await new DataSource({ type: 'postgres', url: database.url }).initialize();
      try {
        expect(await check.query('SELECT count(*)::int AS left FROM webhook_event_outbox')).toEqual([{ left: 0 }]);
      } finally {
        await check.destroy();
      }
    } finally {
      await app.close();
      await fake.stop();
      await database.drop();
    }
  });
});
