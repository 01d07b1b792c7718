import { DataSource } from 'typeorm';
import { Answerers, Replica } from '@switchboard/replicas';
import { anAnswerRequest } from './support/answer-requests';
import { aTenant, BuiltTenant } from './support/builders';
import { gql } from './support/graphql-client';
import { aReplica, aReplicaBody, aWebhookSecret, sensayClient } from './support/replicas';
import { startTelegramWorld, TelegramWorld } from './support/telegram-world';
import { TenantEndpointFake } from './support/tenant-endpoint-fake';
import { TestApp } from './support/test-app';

const FINGERPRINT = expect.stringMatching(/^[0-9a-f]{32}$/);
const MISSING_UUID = '00000000-0000-4000-8000-000000000000';
const SECRET = aWebhookSecret();
const ENDPOINT = 'https://bot.example.com/answers';
const REPLICA_FIELDS = 'id name shortDescription greeting type ownerID private slug tags suggestedQuestions llm { model systemMessage } createdAt updatedAt';

/** Sensay's replica routes and their GraphQL twins, rule by rule. */
describe('replicas (Sensay)', () => {
  let world: TelegramWorld;
  let app: TestApp;
  let tenant: BuiltTenant;
  let other: BuiltTenant;
  let channelKey: string;
  const sensay = (headers: Record<string, string> = {}) => sensayClient(app, tenant.apiKey, headers);
  const refusal = (status: number, error: string | jest.AsymmetricMatcher, fingerprint = true) => ({
    status,
    body: { success: false, error, request_id: expect.any(String), ...(fingerprint ? { fingerprint: FINGERPRINT } : {}) },
  });
  const answer = (response: { status: number; body: unknown }) => ({ status: response.status, body: response.body });

  beforeAll(async () => {
    world = await startTelegramWorld();
    ({ app, tenant } = world);
    other = await aTenant(app).build();
    const key = await app.http().post(`/telegram/v1/bots/${world.bot.id}/api-keys/`).set('authorization', `Bearer ${tenant.apiKey}`).send({ name: 'channel' });
    channelKey = key.body.key;
  });
  afterAll(() => world.close());

  describe('REST', () => {
    it('creates, reads, lists, replaces and deletes a replica', async () => {
      const body = aReplicaBody();
      const created = await sensay().post('/v1/replicas', body);
      expect(answer(created)).toEqual({ status: 200, body: { success: true, uuid: expect.any(String) } });
      const path = `/v1/replicas/${created.body.uuid}`;
      const { slug, ...fields } = body;
      expect(answer(await sensay().get(path))).toEqual({
        status: 200,
        body: {
          success: true,
          uuid: created.body.uuid,
          slug,
          ...fields,
          llm: { ...(body.llm as object), baseUrl: null, hasApiKey: false },
          endpoint: null,
          createdAt: expect.any(String),
          updatedAt: expect.any(String),
        },
      });
      const listed = await sensay().get('/v1/replicas?page=1&pageSize=100');
      expect(listed.body).toMatchObject({ success: true, total: expect.any(Number) });
      expect(listed.body.items.map((item: { uuid: string }) => item.uuid)).toContain(created.body.uuid);

      const replaced = { name: 'Renamed', shortDescription: '', greeting: 'Hello', ownerID: 'user-2', slug, llm: { model: 'gpt-4o-mini' } };
      expect(answer(await sensay().put(path, replaced))).toEqual({ status: 200, body: { success: true } });
      expect((await sensay().get(path)).body).toMatchObject({ ...replaced, type: 'individual', private: false, tags: [], suggestedQuestions: [], llm: { model: 'gpt-4o-mini', systemMessage: '' } });

      expect(answer(await sensay().delete(path))).toEqual({ status: 200, body: { success: true } });
      expect(answer(await sensay().get(path))).toEqual(refusal(404, `Replica ${created.body.uuid} not found`, false));
    });

    it('pages by number, newest first, with the total', async () => {
      const owner = await aTenant(app).build();
      const ids = [await aReplica(app, owner.apiKey), await aReplica(app, owner.apiKey), await aReplica(app, owner.apiKey)];
      const page = (query: string) => sensayClient(app, owner.apiKey).get(`/v1/replicas${query}`);
      const uuids = (response: { body: { items: Array<{ uuid: string }> } }) => response.body.items.map((item) => item.uuid);
      expect(uuids(await page(''))).toEqual([...ids].reverse());
      expect(uuids(await page('?page=2&pageSize=2'))).toEqual([ids[0]]);
      expect((await page('?pageSize=2')).body.total).toBe(3);
      expect(answer(await page('?pageSize=101'))).toEqual(refusal(400, 'pageSize must not be greater than 100'));
    });

    it('takes the API key as a bearer token too', async () => {
      const response = await app.http().get('/v1/replicas').set('authorization', `Bearer ${tenant.apiKey}`);
      expect(response.status).toBe(200);
    });

    it('answers 401 in Sensay’s envelope without a key or with a wrong one', async () => {
      expect(answer(await app.http().get('/v1/replicas'))).toEqual(refusal(401, expect.stringContaining('Missing credentials')));
      expect(answer(await sensayClient(app, 'sk_not_a_key').get('/v1/replicas'))).toEqual(refusal(401, expect.any(String)));
    });

    it('answers another tenant’s, an unknown and a malformed uuid alike: 404 without a fingerprint', async () => {
      const theirs = await aReplica(app, other.apiKey);
      for (const id of [theirs, MISSING_UUID, 'not-a-uuid']) {
        expect(answer(await sensay().get(`/v1/replicas/${id}`))).toEqual(refusal(404, `Replica ${id} not found`, false));
        expect((await sensay().put(`/v1/replicas/${id}`, aReplicaBody())).status).toBe(404);
        expect((await sensay().delete(`/v1/replicas/${id}`)).status).toBe(404);
      }
      expect((await sensayClient(app, other.apiKey).get(`/v1/replicas/${theirs}`)).status).toBe(200);
    });

    it.each([
      ['a name over 50 characters', { name: 'n'.repeat(51) }, 'name must be shorter than or equal to 50 characters'],
      ['a greeting over 600 characters', { greeting: 'g'.repeat(601) }, 'greeting must be shorter than or equal to 600 characters'],
      ['a system message over 10,000 characters', { llm: { model: 'gpt-4o', systemMessage: 's'.repeat(10_001) } }, 'llm.systemMessage must be shorter than or equal to 10000 characters'],
      ['an unknown type', { type: 'robot' }, 'type must be one of the following values: individual, character, brand'],
      ['a name that is no string', { name: 42 }, 'name must be shorter than or equal to 50 characters; name must be a string'],
      ['an unknown field', { colour: 'red' }, 'property colour should not exist'],
      ['an unknown field of llm', { llm: { model: 'gpt-4o', temperature: 2 } }, 'property llm.temperature should not exist'],
      ['a slug with spaces', { slug: 'my replica' }, 'slug must be lowercase letters and digits, words joined by single hyphens'],
      ['no llm', { llm: undefined }, 'llm must be an object'],
      ['an llm that is no object', { llm: 'gpt-4o' }, 'llm must be an object; nested property llm must be either object or array'],
      ['a model API that is not http(s)', { llm: { model: 'gpt-4o', baseUrl: 'ftp://llm.example.com' } }, 'llm.baseUrl must be an http or https URL without credentials'],
      ['an API key without a model API', { llm: { model: 'gpt-4o', apiKey: 'sk-tenant' } }, 'llm.apiKey needs llm.baseUrl: the platform’s model API has its own key'],
      ['an endpoint in clear over the network', { endpoint: { url: 'http://bot.example.com/answers', secret: SECRET } }, 'endpoint.url must be an https URL (http only to localhost)'],
      ['an endpoint secret of the wrong shape', { endpoint: { url: ENDPOINT, secret: 'whsec_short' } }, 'endpoint.secret must be whsec_ followed by base64 of 24 to 64 random bytes'],
      ['a new endpoint without a secret', { endpoint: { url: ENDPOINT } }, 'endpoint.secret is required for a new endpoint url'],
    ])('refuses %s with 400', async (_, change, error) => {
      expect(answer(await sensay().post('/v1/replicas', aReplicaBody(change)))).toEqual(refusal(400, error));
    });

    it('refuses NUL characters and bodies that are not JSON', async () => {
      expect(answer(await sensay().post('/v1/replicas', aReplicaBody({ name: 'a\u0000b' })))).toEqual(refusal(400, expect.stringContaining('NUL')));
      const plain = await app.http().post('/v1/replicas').set('x-organization-secret', tenant.apiKey).set('content-type', 'text/plain').send('name=x');
      expect(answer(plain)).toEqual(refusal(415, expect.any(String)));
    });

    it('gives the same kind of error at the same place the same fingerprint', async () => {
      const [first, second] = [await sensay().post('/v1/replicas', aReplicaBody({ name: '' })), await sensay().post('/v1/replicas', aReplicaBody({ name: '' }))];
      expect(first.body.fingerprint).toBe(second.body.fingerprint);
      expect((await app.http().get('/v1/replicas')).body.fingerprint).not.toBe(first.body.fingerprint);
    });

    it('accepts X-API-Version 2025-03-25 or none, and refuses any other', async () => {
      expect((await sensay({ 'x-api-version': '2025-03-25' }).get('/v1/replicas')).status).toBe(200);
      expect((await sensay().get('/v1/replicas')).status).toBe(200);
      expect(answer(await sensay({ 'x-api-version': '2024-01-01' }).get('/v1/replicas'))).toEqual(
        refusal(400, 'Unsupported X-API-Version: the supported versions are 2025-03-25'),
      );
    });

    it('keeps slugs unique within a tenant: a clash answers 409, another tenant may use it', async () => {
      const body = aReplicaBody();
      await aReplica(app, tenant.apiKey, { slug: body.slug });
      expect(answer(await sensay().post('/v1/replicas', body))).toEqual(refusal(409, `The slug ${String(body.slug)} is taken by another replica`));
      expect((await sensayClient(app, other.apiKey).post('/v1/replicas', body)).status).toBe(200);
      const second = await aReplica(app, tenant.apiKey);
      expect((await sensay().put(`/v1/replicas/${second}`, body)).status).toBe(409);
    });

    it('shows a bot-scoped key no replica, and lets it create none', async () => {
      const mine = await aReplica(app, tenant.apiKey);
      const channel = sensayClient(app, channelKey);
      expect((await channel.get('/v1/replicas')).body).toEqual({ success: true, items: [], total: 0 });
      expect(answer(await channel.get(`/v1/replicas/${mine}`))).toEqual(refusal(404, `Replica ${mine} not found`, false));
      expect((await channel.delete(`/v1/replicas/${mine}`)).status).toBe(404);
      expect(answer(await channel.post('/v1/replicas', aReplicaBody()))).toEqual(refusal(403, expect.any(String)));
    });
  });

  describe('where answers come from', () => {
    const withAnswerers = (llm: object, endpoint?: object) => aReplicaBody({ llm: { model: 'gpt-4o', ...llm }, endpoint });
    const stored = (id: string) => app.app.get(DataSource).getRepository(Replica).findOneByOrFail({ id });

    it('stores a model API, its key and an endpoint; shows the secrets only as their presence', async () => {
      const uuid = await aReplica(app, tenant.apiKey, withAnswerers({ baseUrl: 'https://llm.example.com/v1', apiKey: 'sk-tenant-key' }, { url: ENDPOINT, secret: SECRET }));
      const shown = await sensay().get(`/v1/replicas/${uuid}`);
      expect(shown.body).toMatchObject({ llm: { baseUrl: 'https://llm.example.com/v1', hasApiKey: true }, endpoint: { url: ENDPOINT, hasSecret: true } });
      const row = await stored(uuid);
      for (const text of [JSON.stringify(shown.body), row.llm.apiKeySealed, row.endpointSecretSealed]) {
        expect(text).not.toContain('sk-tenant-key');
        expect(text).not.toContain(SECRET.slice(6));
      }
    });

    it('keeps a stored secret while its URL stays the same, and drops it when the URL changes', async () => {
      const llm = { baseUrl: 'https://llm.example.com/v1' };
      const uuid = await aReplica(app, tenant.apiKey, withAnswerers({ ...llm, apiKey: 'sk-tenant-key' }, { url: ENDPOINT, secret: SECRET }));
      const path = `/v1/replicas/${uuid}`;
      expect((await sensay().put(path, withAnswerers(llm, { url: ENDPOINT }))).status).toBe(200);
      expect((await sensay().get(path)).body).toMatchObject({ llm: { hasApiKey: true }, endpoint: { hasSecret: true } });
      expect((await sensay().put(path, withAnswerers({ baseUrl: 'https://other.example.com/v1' }))).status).toBe(200);
      expect((await sensay().get(path)).body).toMatchObject({ llm: { baseUrl: 'https://other.example.com/v1', hasApiKey: false }, endpoint: null });
      expect(answer(await sensay().put(path, withAnswerers(llm, { url: ENDPOINT })))).toEqual(refusal(400, 'endpoint.secret is required for a new endpoint url'));
    });

    it('answers from the stored endpoint through the Answerers the module exports', async () => {
      const endpoint = new TenantEndpointFake(aWebhookSecret());
      await endpoint.start();
      try {
        const uuid = await aReplica(app, tenant.apiKey, withAnswerers({}, { url: endpoint.url, secret: endpoint.secret }));
        const replica = await stored(uuid);
        const answerer = app.app.get(Answerers).of(replica);
        await expect(answerer!.answer(anAnswerRequest(replica, [{ role: 'user', content: 'Hi' }]))).resolves.toBe('Endpoint heard: Hi');
      } finally {
        await endpoint.stop();
      }
    });
  });

  describe('GraphQL', () => {
    const ask = <T>(query: string, variables: Record<string, unknown> = {}, token = tenant.apiKey) => gql<T>(app, query, variables, token);
    /** GraphQL writes enum values by name. */
    const anInput = (overrides: Record<string, unknown> = {}) => aReplicaBody({ type: 'BRAND', ...overrides });
    const CREATE = `mutation($input: ReplicaInput!) { createReplica(input: $input) { ${REPLICA_FIELDS} } }`;

    it('creates, reads, lists, replaces and deletes a replica', async () => {
      const input = anInput({ type: 'CHARACTER' });
      const created = await ask<{ createReplica: { id: string } }>(CREATE, { input });
      expect(created.data?.createReplica).toMatchObject({ ...input, llm: input.llm });
      const id = created.data!.createReplica.id;
      expect((await ask('query($id: ID!) { replica(id: $id) { id slug } }', { id })).data).toEqual({ replica: { id, slug: input.slug } });
      const listed = await ask<{ replicas: { nodes: Array<{ id: string }>; pageInfo: { hasNextPage: boolean } } }>('{ replicas(first: 100) { nodes { id } pageInfo { hasNextPage } } }');
      expect(listed.data!.replicas.nodes.map((node) => node.id)).toContain(id);
      const update = 'mutation($id: ID!, $input: ReplicaInput!) { updateReplica(id: $id, input: $input) { name tags } }';
      expect((await ask(update, { id, input: { ...input, name: 'Renamed', tags: undefined } })).data).toEqual({ updateReplica: { name: 'Renamed', tags: [] } });
      expect((await ask('mutation($id: ID!) { deleteReplica(id: $id) }', { id })).data).toEqual({ deleteReplica: id });
      expect((await ask('query($id: ID!) { replica(id: $id) { id } }', { id })).data).toEqual({ replica: null });
    });

    it('refuses bad input, a taken slug and a bot-scoped key in GraphQL’s terms', async () => {
      const tooLong = await ask(CREATE, { input: anInput({ name: 'n'.repeat(51) }) });
      expect(tooLong.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
      const input = anInput();
      expect((await ask(CREATE, { input })).errors).toBeUndefined();
      expect((await ask(CREATE, { input })).errors?.[0].extensions.code).toBe('CONFLICT');
      expect((await ask(CREATE, { input: anInput() }, channelKey)).errors?.[0].extensions.code).toBe('FORBIDDEN');
      expect((await ask('{ replicas { nodes { id } } }', {}, channelKey)).data).toEqual({ replicas: { nodes: [] } });
    });

    it('takes the answerer fields and shows the secrets only as their presence', async () => {
      const input = anInput({ llm: { model: 'gpt-4o', baseUrl: 'https://llm.example.com/v1', apiKey: 'sk-tenant-key' }, endpoint: { url: ENDPOINT, secret: SECRET } });
      const created = await ask(`mutation($input: ReplicaInput!) { createReplica(input: $input) { llm { baseUrl hasApiKey } endpoint { url hasSecret } } }`, { input });
      expect(created.data).toEqual({ createReplica: { llm: { baseUrl: 'https://llm.example.com/v1', hasApiKey: true }, endpoint: { url: ENDPOINT, hasSecret: true } } });
      const badSecret = await ask(CREATE, { input: anInput({ endpoint: { url: ENDPOINT, secret: 'not-a-secret' } }) });
      expect(badSecret.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    });
  });
});
