import { gql } from './graphql-client';
import { ADMIN_TOKEN, TestApp } from './test-app';

export interface BuiltTenant {
  id: string;
  name: string;
  /** The tenant-wide API key createTenant returned. */
  apiKey: string;
  /** A JWT of the tenant's admin user, when built withAdmin(). */
  adminToken?: string;
  adminEmail?: string;
}

let sequence = 0;
const unique = () => `${Date.now().toString(36)}${(sequence++).toString(36)}`;

class TenantBuilder {
  private name = `Tenant ${unique()}`;
  private admin = false;

  constructor(private readonly app: TestApp) {}

  named(name: string): this {
    this.name = name;
    return this;
  }

  withAdmin(): this {
    this.admin = true;
    return this;
  }

  async build(): Promise<BuiltTenant> {
    const created = await gql<{ createTenant: { tenant: { id: string; name: string }; apiKey: string } }>(
      this.app,
      'mutation($name: String!) { createTenant(input: { name: $name }) { tenant { id name } apiKey } }',
      { name: this.name },
      ADMIN_TOKEN,
    );
    if (!created.data) throw new Error(`createTenant failed: ${JSON.stringify(created.errors)}`);
    const tenant: BuiltTenant = { ...created.data.createTenant.tenant, apiKey: created.data.createTenant.apiKey };
    if (this.admin) Object.assign(tenant, await this.createAdmin(tenant.id));
    return tenant;
  }

  private async createAdmin(tenantId: string): Promise<{ adminToken: string; adminEmail: string }> {
    const adminEmail = `admin-${unique()}@example.com`;
    const password = 'a long enough password';
    await gql(
      this.app,
      'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }',
      { input: { email: adminEmail, password, role: 'ADMIN', tenantId } },
      ADMIN_TOKEN,
    );
    const login = await gql<{ login: { accessToken: string } }>(
      this.app,
      'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }',
      { email: adminEmail, password },
    );
    if (!login.data) throw new Error(`login failed: ${JSON.stringify(login.errors)}`);
    return { adminToken: login.data.login.accessToken, adminEmail };
  }
}

/** `await aTenant(app).withAdmin().build()` — a tenant made through the API, as an operator would. */
export function aTenant(app: TestApp): TenantBuilder {
  return new TenantBuilder(app);
}
