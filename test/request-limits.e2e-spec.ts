import { createClient } from 'graphql-ws';
import { sign } from 'jsonwebtoken';
import WebSocket from 'ws';
import { textMessageUpdate } from '@switchboard/bot-api-fake';
import { gql } from './support/graphql-client';
import { ADMIN_TOKEN, startTestApp, TestApp } from './support/test-app';
import { startTelegramWorld, TelegramWorld } from './support/telegram-world';

const CONTACT_FIELDS = 'id kind firstName lastName username phone email externalCustomerId tags attributes createdAt';
const IDENTITY_FIELDS = 'id botId chatId chatType username blocked started unreadCount lastMessageAt lastMessagePreview';

/** What the admin console asks on its busiest pages; every limit must let these through. */
const CONSOLE_QUERIES = [
  `query Contacts { me { kind tenant { id name } } bots(first: 100) { nodes { id name username } }
    contacts(first: 100) { nodes { ${CONTACT_FIELDS} identities { ${IDENTITY_FIELDS} } } pageInfo { endCursor hasNextPage } } }`,
  `query Inbox { conversations(first: 50) { nodes { ${IDENTITY_FIELDS} contact { id firstName identities { id botId
    messages(first: 20) { nodes { id text direction } } } } } pageInfo { endCursor hasNextPage } } }`,
];

/** Contact.identities → TelegramIdentity.contact → Contact.identities …, `levels` times. */
function identityCycle(levels: number): string {
  let selection = 'id';
  for (let i = 0; i < levels; i++) selection = i % 2 ? `identities { ${selection} }` : `contact { ${selection} }`;
  return `{ contacts(first: 100) { nodes { identities { ${selection} } } } }`;
}

const cursor = (at: string, id: string) => Buffer.from(`${at}|${id}`).toString('base64url');

describe('Request limits', () => {
  let world: TelegramWorld;
  let app: TestApp;
  let botKey: string;

  beforeAll(async () => {
    world = await startTelegramWorld({ admin: true });
    app = world.app;
    const created = await gql<{ createBotApiKey: { key: string } }>(
      app,
      'mutation($botId: ID!) { createBotApiKey(botId: $botId, input: { name: "bot key" }) { key } }',
      { botId: world.bot.id },
      world.tenant.apiKey,
    );
    botKey = created.data!.createBotApiKey.key;
  });
  afterAll(() => world.close());

  const tenantKey = () => world.tenant.apiKey;
  const restPost = (path: string) => app.http().post(path).set('authorization', `Bearer ${tenantKey()}`);

  /** The server is up and quick: a health check and a real query, each well under a second. */
  async function expectStillServing(): Promise<void> {
    const started = Date.now();
    expect((await app.http().get('/health')).status).toBe(200);
    const bots = await gql(app, '{ bots(first: 1) { nodes { id } } }', {}, tenantKey());
    expect(bots.errors).toBeUndefined();
    expect(Date.now() - started).toBeLessThan(1_000);
  }

  async function expectRefused(query: string, reason: string, token = botKey): Promise<void> {
    const result = await gql(app, query, {}, token);
    expect(result.status).toBe(400);
    expect(result.data ?? null).toBeNull();
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason, requestId: result.requestId });
  }

  describe('GraphQL documents', () => {
    it('answers the busiest console queries', async () => {
      for (const query of CONSOLE_QUERIES) {
        const result = await gql(app, query, {}, world.tenant.adminToken);
        expect(result.errors).toBeUndefined();
        expect(result.status).toBe(200);
      }
    });

    it('refuses a 30-deep identity cycle from a bot-scoped key, and keeps serving', async () => {
      await expectRefused(identityCycle(30), 'QUERY_TOO_DEEP');
      await expectStillServing();
    });

    it('refuses thousands of aliases of a 100-contact page, and keeps serving', async () => {
      const aliases = (count: number) => Array.from({ length: count }, (_, i) => `a${i}: contacts(first: 100) { nodes { id } }`).join(' ');
      await expectRefused(`{ ${aliases(1_200)} }`, 'TOO_MANY_TOKENS');
      // Beyond 64 KiB the document is refused as an over-long string, before GraphQL reads it.
      await expectRefused(`{ ${aliases(5_000)} }`, 'INVALID_INPUT');
      await expectStillServing();
    });

    it('refuses too many aliases in a short document', async () => {
      const aliases = Array.from({ length: 16 }, (_, i) => `a${i}: me { kind }`).join(' ');
      await expectRefused(`{ ${aliases} }`, 'TOO_MANY_ALIASES');
    });

    it('holds subscriptions to the same limits', async () => {
      const client = createClient({
        url: `${app.url.replace('http', 'ws')}/graphql`,
        webSocketImpl: WebSocket,
        connectionParams: { Authorization: `Bearer ${botKey}` },
      });
      const aliases = Array.from({ length: 16 }, (_, i) => `a${i}: id`).join(' ');
      const refusal = await new Promise<unknown>((resolve) =>
        client.subscribe({ query: `subscription { messageReceived { ${aliases} } }` }, { next: resolve, error: resolve, complete: () => resolve(null) }),
      );
      await client.dispose();
      expect(JSON.stringify(refusal)).toMatch(/aliases/i);
      await expectStillServing();
    });

    it('refuses too many directives', async () => {
      await expectRefused(`{ me ${'@include(if: true) '.repeat(21)} { kind } }`, 'TOO_MANY_DIRECTIVES');
    });

    it('prices nested pages at what they can return', async () => {
      await expectRefused('{ contacts(first: 100) { nodes { messages(first: 100) { nodes { id text } } } } }', 'QUERY_TOO_COMPLEX');
      const variables = await gql(app, 'query($n: Int!) { contacts(first: $n) { nodes { messages(first: $n) { nodes { id } } } } }', { n: 100 }, botKey);
      expect(variables.status).toBe(400);
      expect(variables.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'QUERY_TOO_COMPLEX' });
      const small = await gql(app, '{ contacts(first: 10) { nodes { messages(first: 10) { nodes { id } } } } }', {}, botKey);
      expect(small.errors).toBeUndefined();
    });
  });

  describe('introspection and suggestions in production', () => {
    let production: TestApp;
    beforeAll(async () => {
      production = await startTestApp({ env: { NODE_ENV: 'production' } });
    });
    afterAll(() => production.close());

    it('refuses introspection and hides "Did you mean"', async () => {
      const introspection = await gql(production, '{ __schema { types { name } } }', {}, ADMIN_TOKEN);
      expect(introspection.status).toBe(400);
      expect(introspection.data ?? null).toBeNull();
      const typo = await gql(production, '{ tenant { id } }', {}, ADMIN_TOKEN);
      expect(typo.status).toBe(400);
      expect(typo.errors?.[0].message).not.toMatch(/Did you mean/);
      const served = await gql(production, '{ tenants(first: 1) { nodes { id } } }', {}, ADMIN_TOKEN);
      expect(served.errors).toBeUndefined();
    });

    it('still introspects outside production', async () => {
      const introspection = await gql(app, '{ __schema { queryType { name } } }', {}, ADMIN_TOKEN);
      expect(introspection.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
      const typo = await gql(app, '{ tenant { id } }', {}, ADMIN_TOKEN);
      expect(typo.errors?.[0].message).toMatch(/Did you mean/);
    });
  });

  describe('JSON bodies', () => {
    const nested = (depth: number): unknown => (depth === 0 ? 'leaf' : { a: nested(depth - 1) });

    it('refuses a body nested too deep, naming where', async () => {
      const response = await restPost('/api/v1/api-keys').send({ name: 'x', meta: nested(40) });
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({ code: 'INVALID_INPUT', request_id: response.headers['x-request-id'] });
      expect(response.body.detail).toMatch(/^body\.meta(\.a)+: nested deeper than 32 levels/);
    });

    it('refuses an over-long string, too many keys, a NUL and prototype keys, in the caller’s envelope', async () => {
      const long = await restPost('/api/v1/api-keys').send({ name: 'x'.repeat(70_000) });
      expect(long.status).toBe(400);
      expect(long.body.detail).toMatch(/^body\.name: string longer than/);
      const keys = await restPost('/api/v1/api-keys').send(Object.fromEntries(Array.from({ length: 1_001 }, (_, i) => [`k${i}`, i])));
      expect(keys.body.detail).toMatch(/^body: more than 1000 keys/);
      const nul = await restPost('/api/v1/api-keys').send({ name: 'a\u0000b' });
      expect(nul.status).toBe(400);
      expect(nul.body.detail).toMatch(/^body\.name: contains a NUL character/);
      for (const key of ['__proto__', 'constructor', 'prototype']) {
        const response = await restPost('/api/v1/api-keys').set('content-type', 'application/json').send(`{"name":"x","meta":{"${key}":{"admin":true}}}`);
        expect(response.status).toBe(400);
        expect(response.body.detail).toBe(`body.meta.${key}: key not allowed`);
      }
      const openScouter = await restPost('/api/telegram/connect-link').send({ externalCustomerId: 'a\u0000' });
      expect(openScouter.status).toBe(400);
      expect(openScouter.body).toMatchObject({ success: false, error: { code: 'INVALID_INPUT' } });
    });

    it('checks GraphQL variables, inline JSON literals and string literals alike', async () => {
      const upsert = 'mutation($input: ContactFieldsInput!) { upsertContact(input: $input) { id attributes } }';
      const text = 'x'.repeat(32_768);
      const accepted = await gql<{ upsertContact: { attributes: { note: string } } }>(app, upsert, { input: { externalCustomerId: 'c-1', attributes: { note: text } } }, tenantKey());
      expect(accepted.data?.upsertContact.attributes.note).toBe(text);
      const nulVariable = await gql(app, upsert, { input: { externalCustomerId: 'c-\u0000' } }, tenantKey());
      expect(nulVariable.status).toBe(400);
      expect(nulVariable.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_INPUT' });
      await expectRefused('mutation { upsertContact(input: { externalCustomerId: "c-\\u0000" }) { id } }', 'INVALID_INPUT', tenantKey());
      for (const key of ['__proto__', 'constructor', 'prototype']) {
        await expectRefused(`mutation { upsertContact(input: { externalCustomerId: "c-2", attributes: { ${key}: { admin: true } } }) { id } }`, 'INVALID_INPUT', tenantKey());
      }
      await expectRefused('mutation { upsertContact(input: { externalCustomerId: "c-3", attributes: { a: "\\u0000" } }) { id } }', 'INVALID_INPUT', tenantKey());
    });

    it('lets Telegram’s webhooks through with odd keys, but not too deep', async () => {
      const secret = world.fake.webhookOf(world.bot.token)!.secretToken!;
      const post = () => app.http().post(`/telegram/v1/webhooks/${world.bot.id}/`).set('x-telegram-bot-api-secret-token', secret);
      const odd = { ...textMessageUpdate({ chatId: 4_242, text: 'odd keys', updateId: 9_100_001 }), constructor: { x: 1 } };
      expect((await post().send(odd)).status).toBe(200);
      const deep = await post().send({ update_id: 9_100_002, message: nested(40) });
      expect(deep.status).toBe(400);
    });
  });

  describe('content types', () => {
    it('answers a non-JSON body with 415 in each family’s envelope', async () => {
      const jina = await restPost('/api/v1/api-keys').set('content-type', 'text/plain').send('name=x');
      expect(jina.status).toBe(415);
      expect(jina.body).toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE', request_id: jina.headers['x-request-id'] });
      const openScouter = await restPost('/api/telegram/connect-link').set('content-type', 'application/x-www-form-urlencoded').send('a=b');
      expect(openScouter.status).toBe(415);
      expect(openScouter.body.error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
      const graphql = await app.http().post('/graphql').set('content-type', 'text/plain').send('{ me { kind } }');
      expect(graphql.status).toBe(415);
      expect(graphql.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'UNSUPPORTED_MEDIA_TYPE' });
      const vendorJson = await restPost('/api/v1/api-keys').set('content-type', 'application/vnd.api+json').send('{"name":"vendor json"}');
      expect(vendorJson.status).toBe(201);
    });

    it('allows a POST with no body', async () => {
      const response = await restPost('/api/telegram/setup');
      expect(response.status).not.toBe(415);
      expect(response.status).toBeLessThan(500);
    });
  });

  describe('ids', () => {
    it.each(['99999999999999999999', '1.5', '-1e30', '9223372036854775808'])('refuses chat id %s with 400', async (chatId) => {
      const sent = await gql(app, 'mutation($input: SendMessageInput!) { sendMessage(input: $input) { id } }', { input: { botId: world.bot.id, chatId, text: 'hi' } }, tenantKey());
      expect(sent.status).toBe(200);
      expect(sent.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
      const octopods = await restPost('/api/v1/telegram/interactive').send({
        destination_user_id: chatId,
        telegram_interactive_message: { type: 'text', text: 'hi' },
      });
      expect(octopods.status).toBe(400);
      expect(octopods.body.error).toMatch(/destination_user_id must be a Telegram chat id/);
    });

    it('refuses contact ids beyond bigint', async () => {
      const sent = await gql(app, 'mutation($input: SendMessageInput!) { sendMessage(input: $input) { id } }', { input: { botId: world.bot.id, contactId: '9223372036854775808', text: 'hi' } }, tenantKey());
      expect(sent.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
      expect(sent.errors?.[0].message).toMatch(/contactId must be a contact id/);
    });
  });

  describe('forged cursors', () => {
    const AT = '2026-01-01T00:00:00.000Z';
    const UUID = '3f0c3c52-7f1a-4c1e-9a43-0d5c0b0a0b0a';
    /** Cursors this list never made: wrong key type, out of range, or a date no row has. */
    const forgedFor = (key: 'uuid' | 'bigint') => [
      cursor(AT, 'not-an-id'),
      cursor(AT, '99999999999999999999'),
      cursor(AT, key === 'uuid' ? '1' : UUID),
      cursor('+275760-01-01T00:00:00.000Z', key === 'uuid' ? UUID : '1'),
      cursor('not a date', key === 'uuid' ? UUID : '1'),
    ];

    it('refuses them on uuid- and bigint-keyed lists over GraphQL', async () => {
      const lists = [['bots', 'uuid'], ['apiKeys', 'uuid'], ['contacts', 'bigint'], ['webhookEvents', 'bigint']] as const;
      for (const [list, key] of lists) {
        for (const after of forgedFor(key)) {
          const result = await gql(app, `query($after: String) { ${list}(first: 5, after: $after) { nodes { id } } }`, { after }, tenantKey());
          expect([list, after, result.errors?.[0].extensions.code]).toEqual([list, after, 'BAD_USER_INPUT']);
        }
      }
    });

    it('refuses them over REST', async () => {
      const lists = [['/telegram/v1/bots/', 'uuid'], ['/api/v1/api-keys', 'uuid'], ['/telegram/v1/webhook-events/', 'bigint']] as const;
      for (const [path, key] of lists) {
        for (const after of forgedFor(key)) {
          const response = await app.http().get(path).query({ cursor: after }).set('authorization', `Bearer ${tenantKey()}`);
          expect([path, after, response.status, response.body.code]).toEqual([path, after, 400, 'INVALID_INPUT']);
        }
      }
    });

    it('still follows real cursors', async () => {
      const first = await gql<{ bots: { pageInfo: { endCursor: string } } }>(app, '{ bots(first: 1) { pageInfo { endCursor } } }', {}, tenantKey());
      const next = await gql(app, 'query($after: String) { bots(first: 1, after: $after) { nodes { id } } }', { after: first.data!.bots.pageInfo.endCursor }, tenantKey());
      expect(next.errors).toBeUndefined();
    });
  });

  describe('headers', () => {
    it('sets security headers and hides the framework, with docs and GraphQL still served', async () => {
      for (const response of [await app.http().get('/health'), await app.http().get('/docs/'), await app.http().post('/graphql').send({ query: '{ me { kind } }' })]) {
        expect(response.headers['x-powered-by']).toBeUndefined();
        expect(response.headers['x-content-type-options']).toBe('nosniff');
        expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
        expect(response.headers['strict-transport-security']).toMatch(/max-age=/);
      }
      const docs = await app.http().get('/docs/');
      expect(docs.status).toBe(200);
      expect(docs.text).toContain('swagger-ui');
      expect(docs.headers['content-security-policy']).toBeDefined();
    });
  });

  describe('access tokens', () => {
    it('verify only as HS256', async () => {
      const me = '{ me { kind } }';
      expect((await gql(app, me, {}, world.tenant.adminToken)).status).toBe(200);
      const [, payload] = world.tenant.adminToken!.split('.');
      const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown>;
      const secret = app.config.secrets.jwtSecret;
      const hs512 = sign(claims, secret, { algorithm: 'HS512' });
      const header = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
      const none = `${header}.${payload}.x`;
      for (const token of [hs512, none]) {
        const result = await gql(app, me, {}, token);
        expect(result.status).toBe(401);
      }
    });
  });
});
