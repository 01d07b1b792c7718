import { aTenant } from './support/builders';
import { gql } from './support/graphql-client';
import { ADMIN_TOKEN, startTestApp, TestApp } from './support/test-app';

const CREATE_TENANT = 'mutation($name: String!) { createTenant(input: { name: $name }) { tenant { id name } apiKey } }';
const ME = '{ me { kind tenant { id name } user { email role } apiKey { name prefix } } }';

describe('tenants, users and login', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  describe('createTenant', () => {
    it('creates a tenant and a working API key for the operator', async () => {
      const result = await gql<{ createTenant: { tenant: { id: string; name: string }; apiKey: string } }>(
        app,
        CREATE_TENANT,
        { name: 'Acme' },
        ADMIN_TOKEN,
      );
      expect(result.status).toBe(200);
      expect(result.data!.createTenant.tenant).toEqual({ id: expect.any(String), name: 'Acme' });
      const me = await gql<{ me: { kind: string; tenant: { name: string } } }>(app, ME, {}, result.data!.createTenant.apiKey);
      expect(me.data!.me).toMatchObject({ kind: 'api-key', tenant: { name: 'Acme' } });
    });

    it('answers 401 UNAUTHENTICATED without credentials and with a wrong token', async () => {
      for (const token of [undefined, 'not-the-admin-token']) {
        const result = await gql(app, CREATE_TENANT, { name: 'Nope' }, token);
        expect(result.status).toBe(401);
        expect(result.data).toBeNull();
        expect(result.errors![0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', requestId: result.requestId });
      }
    });

    it('refuses a tenant key and a tenant admin: only the operator creates tenants', async () => {
      const tenant = await aTenant(app).withAdmin().build();
      for (const token of [tenant.apiKey, tenant.adminToken]) {
        const result = await gql(app, CREATE_TENANT, { name: 'Nope' }, token);
        expect(result.errors![0].extensions.code).toBe('FORBIDDEN');
        expect(result.data).toBeNull();
      }
      const list = await gql<{ tenants: { nodes: Array<{ name: string }> } }>(app, '{ tenants(first: 100) { nodes { name } } }', {}, ADMIN_TOKEN);
      expect(list.data!.tenants.nodes.map((node) => node.name)).not.toContain('Nope');
    });

    it('rejects a blank name and an unknown input field with BAD_USER_INPUT', async () => {
      const blank = await gql(app, CREATE_TENANT, { name: '' }, ADMIN_TOKEN);
      expect(blank.errors![0].extensions.code).toBe('BAD_USER_INPUT');
      expect(blank.errors![0].message).toMatch(/name should not be empty/);
      const unknown = await gql(app, 'mutation { createTenant(input: { name: "X", plan: "gold" }) { apiKey } }', {}, ADMIN_TOKEN);
      expect(unknown.status).toBe(400);
      expect(unknown.errors![0].message).toMatch(/plan/);
    });
  });

  describe('users and login', () => {
    const CREATE_USER = 'mutation($input: CreateUserInput!) { createUser(input: $input) { id email role tenantId } }';
    const LOGIN = 'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken expiresAt } }';

    it('lets a user log in and act as that tenant with the JWT', async () => {
      const tenant = await aTenant(app).withAdmin().build();
      const me = await gql<{ me: { kind: string; tenant: { id: string }; user: { email: string; role: string } } }>(
        app,
        ME,
        {},
        tenant.adminToken,
      );
      expect(me.data!.me).toEqual({
        kind: 'user',
        tenant: { id: tenant.id, name: tenant.name },
        user: { email: tenant.adminEmail, role: 'ADMIN' },
        apiKey: null,
      });
    });

    it('refuses a wrong password and an unknown email alike', async () => {
      const tenant = await aTenant(app).withAdmin().build();
      const wrong = await gql(app, LOGIN, { email: tenant.adminEmail, password: 'not the password' });
      const unknown = await gql(app, LOGIN, { email: 'nobody@example.com', password: 'whatever password' });
      for (const result of [wrong, unknown]) {
        expect(result.status).toBe(401);
        expect(result.errors![0]).toMatchObject({ message: 'Invalid email or password', extensions: { code: 'UNAUTHENTICATED' } });
      }
    });

    it('refuses a tampered JWT', async () => {
      const tenant = await aTenant(app).withAdmin().build();
      const tampered = `${tenant.adminToken!.slice(0, -4)}AAAA`;
      const result = await gql(app, ME, {}, tampered);
      expect(result.status).toBe(401);
    });

    it('lets a tenant admin add users to its own tenant only, and members add none', async () => {
      const tenant = await aTenant(app).withAdmin().build();
      const other = await aTenant(app).build();
      const email = `member-${Date.now()}@example.com`;
      const member = await gql<{ createUser: { tenantId: string; role: string } }>(
        app,
        CREATE_USER,
        { input: { email, password: 'member password 1' } },
        tenant.adminToken,
      );
      expect(member.data!.createUser).toMatchObject({ tenantId: tenant.id, role: 'MEMBER' });

      const elsewhere = await gql(app, CREATE_USER, { input: { email: `x${email}`, password: 'member password 1', tenantId: other.id } }, tenant.adminToken);
      expect(elsewhere.errors![0].extensions.code).toBe('NOT_FOUND');

      const memberLogin = await gql<{ login: { accessToken: string } }>(app, LOGIN, { email, password: 'member password 1' });
      const byMember = await gql(app, CREATE_USER, { input: { email: `y${email}`, password: 'member password 1' } }, memberLogin.data!.login.accessToken);
      expect(byMember.errors![0].extensions.code).toBe('FORBIDDEN');

      const duplicate = await gql(app, CREATE_USER, { input: { email: email.toUpperCase(), password: 'member password 1' } }, tenant.adminToken);
      expect(duplicate.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'EMAIL_TAKEN' });
    });

    it('makes the operator name the tenant of a new user', async () => {
      const result = await gql(app, CREATE_USER, { input: { email: 'op@example.com', password: 'operator made 1' } }, ADMIN_TOKEN);
      expect(result.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TENANT_REQUIRED' });
    });
  });
});
