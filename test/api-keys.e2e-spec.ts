import { aTenant, BuiltTenant } from './support/builders';
import { gql } from './support/graphql-client';
import { startTestApp, TestApp } from './support/test-app';

const CREATE = 'mutation($name: String!) { createApiKey(input: { name: $name }) { key apiKey { id name prefix revokedAt } } }';
const REVOKE = 'mutation($id: ID!) { revokeApiKey(id: $id) { id revokedAt } }';
const LIST = '{ apiKeys(first: 10) { nodes { id name } pageInfo { hasNextPage endCursor } } }';

describe('API keys', () => {
  let app: TestApp;
  let tenant: BuiltTenant;

  beforeAll(async () => {
    app = await startTestApp();
    tenant = await aTenant(app).withAdmin().build();
  });
  afterAll(() => app.close());

  it('creates a key that works at once, shows it once and stores only its hash', async () => {
    const created = await gql<{ createApiKey: { key: string; apiKey: { id: string; prefix: string; name: string } } }>(
      app,
      CREATE,
      { name: 'CRM' },
      tenant.adminToken,
    );
    const { key, apiKey } = created.data!.createApiKey;
    expect(key).toMatch(/^sb_[A-Za-z0-9_-]{40}$/);
    expect(key.startsWith(apiKey.prefix)).toBe(true);
    const me = await gql<{ me: { apiKey: { name: string } } }>(app, '{ me { apiKey { name } } }', {}, key);
    expect(me.data!.me.apiKey.name).toBe('CRM');
    const listed = await gql<{ apiKeys: { nodes: Array<{ id: string }> } }>(app, LIST, {}, tenant.adminToken);
    expect(listed.data!.apiKeys.nodes.map((node) => node.id)).toContain(apiKey.id);
    expect(JSON.stringify(listed)).not.toContain(key.slice(10));
  });

  it('refuses a revoked key with 401 on GraphQL and REST, and drops it from the list', async () => {
    const created = await gql<{ createApiKey: { key: string; apiKey: { id: string } } }>(app, CREATE, { name: 'old' }, tenant.adminToken);
    const { key, apiKey } = created.data!.createApiKey;
    const revoked = await gql<{ revokeApiKey: { id: string; revokedAt: string } }>(app, REVOKE, { id: apiKey.id }, tenant.adminToken);
    expect(revoked.data!.revokeApiKey.revokedAt).toEqual(expect.any(String));

    const viaGraphql = await gql(app, '{ me { kind } }', {}, key);
    expect(viaGraphql.status).toBe(401);
    expect(viaGraphql.errors![0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'API_KEY_REVOKED' });

    const viaRest = await app.http().get('/api/v1/api-keys').set('authorization', `Bearer ${key}`);
    expect(viaRest.status).toBe(401);
    expect(viaRest.body).toEqual({
      detail: 'This API key has been revoked',
      code: 'API_KEY_REVOKED',
      request_id: viaRest.headers['x-request-id'],
    });

    const listed = await gql<{ apiKeys: { nodes: Array<{ id: string }> } }>(app, LIST, {}, tenant.adminToken);
    expect(listed.data!.apiKeys.nodes.map((node) => node.id)).not.toContain(apiKey.id);
  });

  it('lets only tenant admins manage keys', async () => {
    const memberEmail = `member-${Date.now()}@example.com`;
    await gql(
      app,
      'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }',
      { input: { email: memberEmail, password: 'member password 1' } },
      tenant.adminToken,
    );
    const login = await gql<{ login: { accessToken: string } }>(
      app,
      'mutation { login(email: "' + memberEmail + '", password: "member password 1") { accessToken } }',
    );
    const byMember = await gql(app, CREATE, { name: 'nope' }, login.data!.login.accessToken);
    expect(byMember.errors![0].extensions.code).toBe('FORBIDDEN');
    const readByMember = await gql(app, LIST, {}, login.data!.login.accessToken);
    expect(readByMember.errors).toBeUndefined();
  });

  it('pages through keys with a cursor', async () => {
    const fresh = await aTenant(app).withAdmin().build();
    for (const name of ['a', 'b', 'c']) await gql(app, CREATE, { name }, fresh.adminToken);
    const query = 'query($after: String) { apiKeys(first: 2, after: $after) { nodes { name } pageInfo { hasNextPage endCursor } } }';
    type Listing = { apiKeys: { nodes: Array<{ name: string }>; pageInfo: { hasNextPage: boolean; endCursor: string } } };
    const first = await gql<Listing>(app, query, {}, fresh.adminToken);
    const second = await gql<Listing>(app, query, { after: first.data!.apiKeys.pageInfo.endCursor }, fresh.adminToken);
    expect(first.data!.apiKeys.nodes.map((node) => node.name)).toEqual(['c', 'b']);
    expect(first.data!.apiKeys.pageInfo.hasNextPage).toBe(true);
    expect(second.data!.apiKeys.nodes.map((node) => node.name)).toEqual(['a', 'default']);
    expect(second.data!.apiKeys.pageInfo.hasNextPage).toBe(false);
    const tooMany = await gql(app, '{ apiKeys(first: 1000) { nodes { id } } }', {}, fresh.adminToken);
    expect(tooMany.errors![0].extensions.code).toBe('BAD_USER_INPUT');
  });

  describe('over REST', () => {
    it('creates, reads, lists and revokes a key with the tenant key', async () => {
      const created = await app.http().post('/api/v1/api-keys').set('authorization', `Bearer ${tenant.apiKey}`).send({ name: 'rotated' });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ name: 'rotated', key: expect.stringMatching(/^sb_/), revoked_at: null });

      const read = await app.http().get(`/api/v1/api-keys/${created.body.id}`).set('authorization', `Bearer ${created.body.key}`);
      expect(read.status).toBe(200);
      expect(read.body).not.toHaveProperty('key');
      expect(read.body.last_used_at).toEqual(expect.any(String));

      const listed = await app.http().get('/api/v1/api-keys?limit=100').set('authorization', `Bearer ${tenant.apiKey}`);
      expect(listed.body.items.map((item: { id: string }) => item.id)).toContain(created.body.id);
      expect(listed.body.next_cursor).toBeNull();

      const revoked = await app.http().delete(`/api/v1/api-keys/${created.body.id}`).set('authorization', `Bearer ${tenant.apiKey}`);
      expect(revoked.status).toBe(200);
      expect(revoked.body.revoked_at).toEqual(expect.any(String));
      const after = await app.http().get('/api/v1/api-keys').set('authorization', `Bearer ${created.body.key}`);
      expect(after.status).toBe(401);
    });

    it('accepts the seed headers X-ORGANIZATION-SECRET and X-Octopods-Auth', async () => {
      for (const header of ['x-organization-secret', 'x-octopods-auth']) {
        const response = await app.http().get('/api/v1/api-keys').set(header, tenant.apiKey);
        expect(response.status).toBe(200);
      }
      const wrong = await app.http().get('/api/v1/api-keys').set('x-octopods-auth', 'sb_wrong');
      expect(wrong.status).toBe(401);
      expect(wrong.body.code).toBe('INVALID_CREDENTIALS');
    });

    it('answers 401 with no credentials and 400 for an id that is not a UUID', async () => {
      const anonymous = await app.http().get('/api/v1/api-keys');
      expect(anonymous.status).toBe(401);
      expect(anonymous.body.code).toBe('MISSING_CREDENTIALS');
      const badId = await app.http().get('/api/v1/api-keys/42').set('authorization', `Bearer ${tenant.apiKey}`);
      expect(badId.status).toBe(400);
    });
  });
});
