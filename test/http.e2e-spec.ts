import { aTenant, BuiltTenant } from './support/builders';
import { startTestApp, TestApp } from './support/test-app';
import { createTestDatabase } from './support/test-database';

describe('HTTP cross-cutting behaviour', () => {
  let app: TestApp;
  let tenant: BuiltTenant;

  beforeAll(async () => {
    app = await startTestApp();
    tenant = await aTenant(app).build();
  });
  afterAll(() => app.close());

  const authorized = (call: ReturnType<ReturnType<TestApp['http']>['post']>) =>
    call.set('authorization', `Bearer ${tenant.apiKey}`).set('content-type', 'application/json');

  describe('request ids', () => {
    it('generates one when none is sent and keeps a caller’s', async () => {
      const generated = await app.http().get('/health');
      expect(generated.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
      const kept = await app.http().get('/health').set('x-request-id', 'caller-id-123');
      expect(kept.headers['x-request-id']).toBe('caller-id-123');
    });

    it('replaces an id that could poison logs', async () => {
      const response = await app.http().get('/health').set('x-request-id', 'bad id\twith spaces');
      expect(response.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    });

    it('names the request id in error bodies', async () => {
      const response = await app.http().get('/api/v1/api-keys').set('x-request-id', 'trace-me-1');
      expect(response.status).toBe(401);
      expect(response.body.request_id).toBe('trace-me-1');
    });
  });

  describe('bodies', () => {
    it('answers malformed JSON with 400, before any handler runs', async () => {
      const response = await authorized(app.http().post('/api/v1/api-keys')).send('{"name": ');
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({ code: 'MALFORMED_JSON', request_id: response.headers['x-request-id'] });
    });

    it('answers malformed JSON on /graphql in the GraphQL envelope', async () => {
      const response = await app.http().post('/graphql').set('content-type', 'application/json').send('{"query": ');
      expect(response.status).toBe(400);
      expect(response.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'MALFORMED_JSON' });
    });

    it('refuses an unknown field by name and stores nothing', async () => {
      const response = await authorized(app.http().post('/api/v1/api-keys')).send({ name: 'x', scopes: ['all'] });
      expect(response.status).toBe(400);
      expect(response.body.detail).toBe('property scopes should not exist');
      expect(response.body.errors).toEqual(['property scopes should not exist']);
      const listed = await app.http().get('/api/v1/api-keys').set('authorization', `Bearer ${tenant.apiKey}`);
      expect(listed.body.items.map((item: { name: string }) => item.name)).toEqual(['default']);
    });

    it('refuses a wrongly typed or missing field, naming it', async () => {
      const response = await authorized(app.http().post('/api/v1/api-keys')).send({ name: 42 });
      expect(response.status).toBe(400);
      expect(response.body.detail).toMatch(/name must be a string/);
      const missing = await authorized(app.http().post('/api/v1/api-keys')).send({});
      expect(missing.body.detail).toMatch(/name should not be empty/);
    });

    it('answers an oversized body with 413', async () => {
      const response = await authorized(app.http().post('/api/v1/api-keys')).send({ name: 'x'.repeat(2 * 1024 * 1024) });
      expect(response.status).toBe(413);
      expect(response.body.code).toBe('BODY_TOO_LARGE');
    });

    it('answers an unknown route with 404 in the envelope', async () => {
      const response = await app.http().get('/no/such/route');
      expect(response.status).toBe(404);
      expect(response.body).toMatchObject({ code: 'ROUTE_NOT_FOUND', request_id: expect.any(String) });
    });
  });

  describe('health and docs', () => {
    it('reports the database and the job queue', async () => {
      const response = await app.http().get('/health');
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ status: 'ok', info: { database: { status: 'up' }, queue: { status: 'up' } } });
    });

    it('serves the OpenAPI document and Swagger UI', async () => {
      const document = await app.http().get('/docs-json');
      expect(document.status).toBe(200);
      expect(document.body.openapi).toMatch(/^3\./);
      expect(Object.keys(document.body.paths)).toEqual(expect.arrayContaining(['/api/v1/api-keys', '/api/v1/api-keys/{id}', '/health']));
      const ui = await app.http().get('/docs/');
      expect(ui.status).toBe(200);
      expect(ui.text).toContain('swagger-ui');
    });
  });
});

describe('health when the database is gone', () => {
  it('answers 503 naming the database', async () => {
    const database = await createTestDatabase();
    const app = await startTestApp({ database });
    try {
      await database.drop();
      const response = await app.http().get('/health');
      expect(response.status).toBe(503);
      expect(response.body).toMatchObject({ status: 'error', error: { database: { status: 'down' } } });
    } finally {
      await app.close();
    }
  });
});
