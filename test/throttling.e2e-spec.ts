import { LOGIN_LIMITS } from '@switchboard/common';
import { aTenant, BuiltTenant } from './support/builders';
import { gql } from './support/graphql-client';
import { startTestApp, TestApp } from './support/test-app';

const API_RATE = 5;
const LOGIN = 'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }';

describe('Throttling', () => {
  let app: TestApp;
  let tenant: BuiltTenant;
  let other: BuiltTenant;

  beforeAll(async () => {
    app = await startTestApp({ env: { API_RATE_LIMIT: `${API_RATE}/min` } });
    tenant = await aTenant(app).withAdmin().build();
    other = await aTenant(app).build();
  });
  afterAll(() => app.close());

  const listKeys = (credential: string) => app.http().get('/api/v1/api-keys').set('authorization', `Bearer ${credential}`);

  describe('REST, per credential at API_RATE_LIMIT', () => {
    it('answers 429 with Retry-After once a key spends its rate, leaving other keys alone', async () => {
      for (let i = 0; i < API_RATE; i++) expect((await listKeys(tenant.apiKey)).status).toBe(200);
      const throttled = await listKeys(tenant.apiKey);
      expect(throttled.status).toBe(429);
      expect(Number(throttled.headers['retry-after'])).toBeGreaterThan(0);
      expect(throttled.body).toMatchObject({ code: 'RATE_LIMITED', request_id: throttled.headers['x-request-id'] });
      expect((await listKeys(other.apiKey)).status).toBe(200);
    });

    it('throttles a wrong credential too, and speaks each family’s envelope', async () => {
      const wrong = 'sb_not-a-real-key-0123456789';
      const statuses: number[] = [];
      for (let i = 0; i <= API_RATE; i++) {
        statuses.push((await app.http().post('/api/telegram/connect-link').set('authorization', `Bearer ${wrong}`).send({})).status);
      }
      expect(statuses).toEqual([...Array<number>(API_RATE).fill(401), 429]);
      const openScouter = await app.http().post('/api/telegram/connect-link').set('authorization', `Bearer ${wrong}`).send({});
      expect(openScouter.body).toMatchObject({ success: false, error: { code: 'RATE_LIMITED' } });
    });

    it('leaves health checks, Telegram’s webhooks and GraphQL unthrottled', async () => {
      for (let i = 0; i < API_RATE * 2; i++) {
        expect((await app.http().get('/health')).status).toBe(200);
        expect((await app.http().post('/api/telegram/webhook').set('x-telegram-bot-api-secret-token', 'unknown-secret').send({ update_id: i })).status).not.toBe(429);
        expect((await gql(app, '{ me { kind } }', {}, other.apiKey)).status).toBe(200);
      }
    });
  });

  describe('login', () => {
    it('is throttled per account, whatever the case of the email', async () => {
      const email = tenant.adminEmail!;
      const attempts = [];
      // The admin's login when the tenant was built spent one of the account's budget.
      for (let i = 1; i < LOGIN_LIMITS.perAccount.limit; i++) {
        attempts.push(await gql(app, LOGIN, { email: i % 2 ? email.toUpperCase() : email, password: 'wrong password' }));
      }
      expect(attempts.map((attempt) => attempt.errors?.[0].extensions.code)).toEqual(Array(LOGIN_LIMITS.perAccount.limit - 1).fill('UNAUTHENTICATED'));
      const call = app.http().post('/graphql').set('content-type', 'application/json');
      const throttled = await call.send({ query: LOGIN, variables: { email, password: 'a long enough password' } });
      expect(throttled.status).toBe(429);
      expect(Number(throttled.headers['retry-after'])).toBeGreaterThan(0);
      expect(throttled.body.errors[0].extensions).toMatchObject({ code: 'RATE_LIMITED', requestId: throttled.headers['x-request-id'] });
    });

    it('is throttled per client IP across accounts', async () => {
      const codes: string[] = [];
      for (let i = 0; i < LOGIN_LIMITS.perIp.limit; i++) {
        const result = await gql(app, LOGIN, { email: `nobody-${i}@example.com`, password: 'wrong password' });
        codes.push(result.errors![0].extensions.code);
      }
      // The per-account test already spent some of this IP's budget.
      expect(codes).toContain('RATE_LIMITED');
      const last = await gql(app, LOGIN, { email: 'someone-new@example.com', password: 'wrong password' });
      expect(last.status).toBe(429);
    });
  });
});
