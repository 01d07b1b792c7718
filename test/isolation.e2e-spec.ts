import { aTenant, BuiltTenant } from './support/builders';
import { gql } from './support/graphql-client';
import { startTestApp, TestApp } from './support/test-app';

/** Another tenant's object answers exactly as a missing one: null or NOT_FOUND, 404 on REST — never 403. */
describe('tenant isolation', () => {
  let app: TestApp;
  let alice: BuiltTenant;
  let bob: BuiltTenant;
  let bobKeyId: string;

  beforeAll(async () => {
    app = await startTestApp();
    alice = await aTenant(app).withAdmin().build();
    bob = await aTenant(app).withAdmin().build();
    const created = await gql<{ createApiKey: { apiKey: { id: string } } }>(
      app,
      'mutation { createApiKey(input: { name: "bob-only" }) { apiKey { id } } }',
      {},
      bob.adminToken,
    );
    bobKeyId = created.data!.createApiKey.apiKey.id;
  });
  afterAll(() => app.close());

  it('GraphQL: reading another tenant’s key gives null, like a missing one', async () => {
    const missing = '00000000-0000-4000-8000-000000000000';
    for (const id of [bobKeyId, missing]) {
      const result = await gql<{ apiKey: null }>(app, 'query($id: ID!) { apiKey(id: $id) { id name } }', { id }, alice.apiKey);
      expect(result.errors).toBeUndefined();
      expect(result.data).toEqual({ apiKey: null });
    }
  });

  it('GraphQL: revoking another tenant’s key is NOT_FOUND and leaves it working', async () => {
    const result = await gql(app, 'mutation($id: ID!) { revokeApiKey(id: $id) { id } }', { id: bobKeyId }, alice.adminToken);
    expect(result.errors![0].extensions.code).toBe('NOT_FOUND');
    const bobs = await gql<{ apiKey: { revokedAt: null } }>(app, 'query($id: ID!) { apiKey(id: $id) { revokedAt } }', { id: bobKeyId }, bob.apiKey);
    expect(bobs.data!.apiKey.revokedAt).toBeNull();
  });

  it('GraphQL: lists and me show only the caller’s tenant', async () => {
    const listed = await gql<{ apiKeys: { nodes: Array<{ id: string }> } }>(app, '{ apiKeys(first: 100) { nodes { id } } }', {}, alice.apiKey);
    expect(listed.data!.apiKeys.nodes.map((node) => node.id)).not.toContain(bobKeyId);
    const me = await gql<{ me: { tenant: { id: string } } }>(app, '{ me { tenant { id } } }', {}, alice.adminToken);
    expect(me.data!.me.tenant.id).toBe(alice.id);
  });

  it('GraphQL: a tenant admin cannot add a user to another tenant', async () => {
    const result = await gql(
      app,
      'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }',
      { input: { email: 'intruder@example.com', password: 'intruder password', tenantId: bob.id } },
      alice.adminToken,
    );
    expect(result.errors![0].extensions.code).toBe('NOT_FOUND');
  });

  it('REST: another tenant’s key is 404 to read and to revoke', async () => {
    const read = await app.http().get(`/api/v1/api-keys/${bobKeyId}`).set('authorization', `Bearer ${alice.apiKey}`);
    expect(read.status).toBe(404);
    expect(read.body).toMatchObject({ code: 'API_KEY_NOT_FOUND', request_id: read.headers['x-request-id'] });
    const revoke = await app.http().delete(`/api/v1/api-keys/${bobKeyId}`).set('authorization', `Bearer ${alice.apiKey}`);
    expect(revoke.status).toBe(404);
    const stillThere = await app.http().get(`/api/v1/api-keys/${bobKeyId}`).set('authorization', `Bearer ${bob.apiKey}`);
    expect(stillThere.body.revoked_at).toBeNull();
    const listed = await app.http().get('/api/v1/api-keys?limit=100').set('authorization', `Bearer ${alice.apiKey}`);
    expect(listed.body.items.map((item: { id: string }) => item.id)).not.toContain(bobKeyId);
  });
});
