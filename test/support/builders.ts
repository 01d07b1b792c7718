import { BotApiFake } from '@switchboard/bot-api-fake';
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
  adminPassword?: string;
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

  private async createAdmin(tenantId: string): Promise<{ adminToken: string; adminEmail: string; adminPassword: string }> {
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
    return { adminToken: login.data.login.accessToken, adminEmail, adminPassword: password };
  }
}

/** `await aTenant(app).withAdmin().build()` — a tenant made through the API, as an operator would. */
export function aTenant(app: TestApp): TenantBuilder {
  return new TenantBuilder(app);
}

export interface BuiltBot {
  id: string;
  token: string;
  username: string;
  telegramBotId: number;
}

/** Registers a new fake Telegram bot for the tenant over REST, as a tenant backend would. */
export async function aBot(app: TestApp, fake: BotApiFake, tenant: BuiltTenant, name = 'Support bot'): Promise<BuiltBot> {
  const info = fake.addBot();
  const response = await app
    .http()
    .post('/telegram/v1/bots/')
    .set('authorization', `Bearer ${tenant.apiKey}`)
    .send({ name, bot_token: info.token, daily_limit: 1000 });
  if (response.status !== 201) throw new Error(`registering a bot failed: ${response.status} ${JSON.stringify(response.body)}`);
  return { id: response.body.bot_app_id, token: info.token, username: info.username, telegramBotId: info.id };
}

/** Polls until `check` holds, for effects that happen in the background (update processing). */
export async function eventually<T>(read: () => Promise<T>, check: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (check(value)) return value;
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms; last value: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
