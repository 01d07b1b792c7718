import { Client } from 'pg';
import { BotApiFake } from '@switchboard/bot-api-fake';
import { aBot, aTenant, BuiltTenant, eventually } from './support/builders';
import { ENDPOINTS, eventEndpointsOf } from './support/event-endpoints';
import { EventReceiverFake } from './support/event-receiver-fake';
import { gql } from './support/graphql-client';
import { expectRestError } from './support/isolation-probes';
import { MetricsPage, scrape } from './support/prometheus';
import { restClient } from './support/rest-client';
import { ADMIN_TOKEN, startTelegramFake, startTestApp, TestApp } from './support/test-app';

/** A public address (TEST-NET-3) that is never reached: these tests send it no event. */
const PUBLIC_URL = 'https://203.0.113.10/switchboard/events';

/** Event endpoints as a backend and an admin UI manage them, on an instance that refuses private destinations (the default). */
describe('event endpoints', () => {
  let fake: BotApiFake;
  let app: TestApp;
  let tenant: BuiltTenant;

  beforeAll(async () => {
    fake = await startTelegramFake();
    app = await startTestApp({ telegram: fake, env: { EVENTS_ALLOW_PRIVATE_ADDRESSES: 'false' } });
    tenant = await aTenant(app).withAdmin().build();
  });
  afterAll(async () => {
    await app.close();
    await fake.stop();
  });

  const rest = () => restClient(app, tenant.apiKey);
  const create = (body: object) => rest().post(ENDPOINTS, { url: PUBLIC_URL, event_types: ['message.received'], ...body });

  describe('over REST', () => {
    it('creates an endpoint and shows its signing secret in that answer only', async () => {
      const created = await create({ event_types: ['message.received', 'contact.created'], description: 'CRM sync' });
      expect(created.status).toBe(201);
      expect(created.body).toEqual({
        id: expect.any(String),
        url: PUBLIC_URL,
        description: 'CRM sync',
        event_types: ['message.received', 'contact.created'],
        enabled: true,
        disabled_reason: null,
        disabled_at: null,
        failing_since: null,
        previous_secret_expires_at: null,
        created_at: expect.any(String),
        updated_at: expect.any(String),
        secret: expect.stringMatching(/^whsec_[A-Za-z0-9+/]{43}=$/),
      });
      const { secret, ...shown } = created.body;
      expect(secret).toBeDefined();
      expect((await rest().get(`${ENDPOINTS}/${created.body.id}`)).body).toEqual(shown);
      expect((await rest().get(`${ENDPOINTS}?limit=100`)).body.items).toContainEqual(shown);
      expect(JSON.stringify((await rest().get(`${ENDPOINTS}?limit=100`)).body)).not.toContain(secret);
    });

    it('changes what it is given and keeps the rest; disabling by hand gives no reason', async () => {
      const { id } = (await create({ description: 'before' })).body;
      const changed = await rest().patch(`${ENDPOINTS}/${id}`, { event_types: ['broadcast.completed'], description: null, enabled: false });
      expect(changed.status).toBe(200);
      expect(changed.body).toMatchObject({ url: PUBLIC_URL, event_types: ['broadcast.completed'], description: null, enabled: false, disabled_reason: null, disabled_at: expect.any(String) });
      const enabled = await rest().patch(`${ENDPOINTS}/${id}`, { enabled: true, url: 'https://203.0.113.11/hooks' });
      expect(enabled.body).toMatchObject({ url: 'https://203.0.113.11/hooks', enabled: true, disabled_at: null });
    });

    it('deletes an endpoint; then it answers as missing', async () => {
      const { id } = (await create({})).body;
      expect((await rest().delete(`${ENDPOINTS}/${id}`)).status).toBe(204);
      expectRestError(await rest().get(`${ENDPOINTS}/${id}`), 404, 'jina');
      expectRestError(await rest().delete(`${ENDPOINTS}/${id}`), 404, 'jina');
      expectRestError(await rest().get(`${ENDPOINTS}/${id}/deliveries`), 404, 'jina');
    });

    it.each([
      ['an unknown event type', { event_types: ['message.sent'] }, /each of event_types must be one of message\.received/],
      ['no event type', { event_types: [] }, /event_types must contain at least 1 elements/],
      ['a repeated event type', { event_types: ['message.received', 'message.received'] }, /event_types's elements must be unique/],
      ['no URL', { url: undefined }, /url must be an http or https URL/],
      ['a URL that is not http(s)', { url: 'ftp://203.0.113.10/x' }, /url must be an http or https URL/],
      ['credentials in the URL', { url: 'https://user:pw@203.0.113.10/x' }, /url must be an http or https URL without credentials/],
      ['a description too long', { description: 'd'.repeat(201) }, /description must be shorter than or equal to 200 characters/],
      ['an unknown field', { secret: 'whsec_mine' }, /property secret should not exist/],
    ])('refuses %s with a 400 that says so', async (_, body, message) => {
      const response = await create(body);
      expectRestError(response, 400, 'jina');
      expect(response.body.detail).toMatch(message);
    });

    it('refuses null for what cannot be cleared (a URL, the event types, enabled), where a null description clears it', async () => {
      const { id } = (await create({ description: 'kept until cleared' })).body;
      for (const body of [{ url: null }, { event_types: null }, { enabled: null }]) {
        const response = await rest().patch(`${ENDPOINTS}/${id}`, body);
        expectRestError(response, 400, 'jina');
        expect(response.body.detail).toMatch(new RegExp(`^${Object.keys(body)[0]} `));
      }
      expectRestError(await create({ enabled: null }), 400, 'jina');
      expect((await rest().patch(`${ENDPOINTS}/${id}`, { description: null })).body).toMatchObject({ url: PUBLIC_URL, enabled: true, description: null });
    });

    it('holds a tenant to 20 endpoints', async () => {
      const other = await aTenant(app).build();
      const post = () => restClient(app, other.apiKey).post(ENDPOINTS, { url: PUBLIC_URL, event_types: ['contact.created'] });
      for (let made = 0; made < 20; made++) expect((await post()).status).toBe(201);
      const refused = await post();
      expectRestError(refused, 409, 'jina');
      expect(refused.body.code).toBe('ENDPOINT_LIMIT_REACHED');
    });
  });

  describe('who may', () => {
    it('refuses bot-scoped keys (they would see other bots’ events), and changes by members', async () => {
      const bot = await aBot(app, fake, tenant);
      const channelKey = (await rest().post(`/telegram/v1/bots/${bot.id}/api-keys/`, { name: 'channel' })).body.key as string;
      const { id } = (await create({})).body;
      for (const response of [await restClient(app, channelKey).get(ENDPOINTS), await restClient(app, channelKey).get(`${ENDPOINTS}/${id}`), await restClient(app, channelKey).post(ENDPOINTS, { url: PUBLIC_URL, event_types: ['contact.created'] })]) {
        expectRestError(response, 403, 'jina');
      }
      const email = `member-${Date.now()}@example.com`;
      await gql(app, 'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }', { input: { email, password: 'a long enough password', role: 'MEMBER', tenantId: tenant.id } }, ADMIN_TOKEN);
      const login = await gql<{ login: { accessToken: string } }>(app, 'mutation($email: String!) { login(email: $email, password: "a long enough password") { accessToken } }', { email });
      const member = restClient(app, login.data!.login.accessToken);
      expect((await member.get(`${ENDPOINTS}/${id}`)).status).toBe(200);
      expectRestError(await member.patch(`${ENDPOINTS}/${id}`, { enabled: false }), 403, 'jina');
      expectRestError(await member.post(`${ENDPOINTS}/${id}/rotate-secret`), 403, 'jina');
    });
  });

  describe('over GraphQL', () => {
    const FIELDS = 'id url eventTypes enabled description disabledReason previousSecretExpiresAt';

    it('creates, lists, changes, rotates and deletes endpoints, with the secret only where it is made', async () => {
      const token = tenant.adminToken!;
      const created = await gql<{ createEventEndpoint: { endpoint: { id: string; eventTypes: string[] }; secret: string } }>(
        app,
        `mutation($input: CreateEventEndpointInput!) { createEventEndpoint(input: $input) { endpoint { ${FIELDS} } secret } }`,
        { input: { url: PUBLIC_URL, eventTypes: ['MESSAGE_STATUS_CHANGED', 'REPLICA_ANSWERED'] } },
        token,
      );
      const { endpoint, secret } = created.data!.createEventEndpoint;
      expect(secret).toMatch(/^whsec_/);
      expect(endpoint.eventTypes).toEqual(['MESSAGE_STATUS_CHANGED', 'REPLICA_ANSWERED']);
      expect((await rest().get(`${ENDPOINTS}/${endpoint.id}`)).body.event_types).toEqual(['message.status_changed', 'replica.answered']);

      const listed = await gql<{ eventEndpoints: { nodes: Array<{ id: string }> } }>(app, '{ eventEndpoints(first: 100) { nodes { id } } }', {}, token);
      expect(listed.data!.eventEndpoints.nodes.map((node) => node.id)).toContain(endpoint.id);
      const updated = await gql<{ updateEventEndpoint: { enabled: boolean; eventTypes: string[] } }>(
        app,
        `mutation($id: ID!) { updateEventEndpoint(id: $id, input: { enabled: false, eventTypes: [CONTACT_CREATED] }) { ${FIELDS} } }`,
        { id: endpoint.id },
        token,
      );
      expect(updated.data!.updateEventEndpoint).toMatchObject({ enabled: false, eventTypes: ['CONTACT_CREATED'] });
      const rotated = await gql<{ rotateEventEndpointSecret: { secret: string; endpoint: { previousSecretExpiresAt: string } } }>(
        app,
        `mutation($id: ID!) { rotateEventEndpointSecret(id: $id) { secret endpoint { ${FIELDS} } } }`,
        { id: endpoint.id },
        token,
      );
      expect(rotated.data!.rotateEventEndpointSecret.secret).not.toBe(secret);
      expect(rotated.data!.rotateEventEndpointSecret.endpoint.previousSecretExpiresAt).toEqual(expect.any(String));
      expect((await gql(app, 'mutation($id: ID!) { deleteEventEndpoint(id: $id) }', { id: endpoint.id }, token)).data).toEqual({ deleteEventEndpoint: endpoint.id });
      expect((await gql(app, 'query($id: ID!) { eventEndpoint(id: $id) { id } }', { id: endpoint.id }, token)).data).toEqual({ eventEndpoint: null });
    });

    it('refuses bad input with BAD_USER_INPUT, and a private destination saying why', async () => {
      const attempt = (input: object) =>
        gql(app, 'mutation($input: CreateEventEndpointInput!) { createEventEndpoint(input: $input) { secret } }', { input: { url: PUBLIC_URL, eventTypes: ['CONTACT_CREATED'], ...input } }, tenant.apiKey);
      for (const input of [{ eventTypes: [] }, { url: 'not a url' }, { url: 'https://127.0.0.1/hook' }]) {
        const result = await attempt(input);
        expect(result.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
      }
      expect((await attempt({ url: 'https://10.0.0.5/hook' })).errors?.[0]).toMatchObject({ message: expect.stringMatching(/^url: 10\.0\.0\.5 is not a public address/), extensions: { reason: 'DESTINATION_REFUSED' } });
    });
  });

  describe('server-side request forgery', () => {
    it.each([
      'https://127.0.0.1/hooks',
      'https://localhost:8443/hooks',
      'https://10.1.2.3/hooks',
      'https://172.16.0.1/hooks',
      'https://192.168.1.20/hooks',
      'https://169.254.169.254/latest/meta-data',
      'https://[::1]/hooks',
      'https://[fd00::1]/hooks',
      'https://[::ffff:127.0.0.1]/hooks',
      'https://0.0.0.0/hooks',
    ])('refuses %s as an endpoint', async (url) => {
      const response = await create({ url });
      expectRestError(response, 400, 'jina');
      expect(response.body).toMatchObject({ code: 'DESTINATION_REFUSED', detail: expect.stringMatching(/^url: .* is not a public address/) });
    });

    it('refuses plain http, and a change of URL to a private address', async () => {
      const insecure = await create({ url: 'http://203.0.113.10/hooks' });
      expectRestError(insecure, 400, 'jina');
      expect(insecure.body.detail).toBe('url: must be https (plain http only with EVENTS_ALLOW_PRIVATE_ADDRESSES)');
      const { id } = (await create({})).body;
      const moved = await rest().patch(`${ENDPOINTS}/${id}`, { url: 'https://192.168.0.1/hooks' });
      expectRestError(moved, 400, 'jina');
      expect((await rest().get(`${ENDPOINTS}/${id}`)).body.url).toBe(PUBLIC_URL);
    });

    it('checks the address again before each attempt, and sends nothing to one that became private, counting it refused', async () => {
      const receiver = new EventReceiverFake();
      await receiver.start();
      try {
        const owner = await aTenant(app).build();
        const endpoints = eventEndpointsOf(app, owner.apiKey);
        const { id } = (await restClient(app, owner.apiKey).post(ENDPOINTS, { url: PUBLIC_URL, event_types: ['contact.created'] })).body;
        // As if the endpoint's name had come to resolve to this machine since it was checked (DNS rebinding).
        await rewriteUrl(app, id, receiver.url);
        const before = await scrape(app);
        await gql(app, 'mutation { upsertContact(input: { externalCustomerId: "ssrf-probe" }) { id } }', {}, owner.apiKey);
        const [delivery] = await eventually(() => endpoints.deliveries(id), (items) => items[0]?.attempt_count >= 1);
        expect(delivery).toMatchObject({ last_status_code: null, last_error: 'refused: 127.0.0.1 is not a public address' });
        const refusals = (page: MetricsPage) => page.value('switchboard_event_deliveries_total', { outcome: 'refused' });
        expect(refusals(await scrape(app)) - refusals(before)).toBe(1);
        const [attempt] = await endpoints.attempts(id, delivery.id);
        expect(attempt).toMatchObject({ succeeded: false, status_code: null, error: 'refused: 127.0.0.1 is not a public address' });
        expect(receiver.deliveries()).toEqual([]);
      } finally {
        await receiver.stop();
      }
    });
  });
});

async function rewriteUrl(app: TestApp, endpointId: string, url: string): Promise<void> {
  const client = new Client({ connectionString: app.config.databaseUrl });
  await client.connect();
  try {
    await client.query('UPDATE event_endpoints SET url = $1 WHERE id = $2', [url, endpointId]);
  } finally {
    await client.end();
  }
}
