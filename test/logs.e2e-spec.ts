import { spawnApp, waitFor } from './support/app-process';
import { freePort, testEnvironment } from './support/test-app';
import { createTestDatabase } from './support/test-database';

describe('logs', () => {
  it('are JSON lines, and a request’s lines carry its request id', async () => {
    const database = await createTestDatabase();
    const port = await freePort();
    const app = spawnApp(testEnvironment({ DATABASE_URL: database.url, PORT: String(port), LOG_LEVEL: 'info' }));
    try {
      await waitFor(() => app.stdout().includes('Switchboard listening'));
      const response = await fetch(`http://127.0.0.1:${port}/api/v1/api-keys`, { headers: { 'x-request-id': 'log-trace-42' } });
      expect(response.status).toBe(401);
      await waitFor(() => app.stdout().includes('log-trace-42'), 5_000);
      const lines = app.stdout().trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
      const requestLine = lines.find((line) => (line.req as { id?: string } | undefined)?.id === 'log-trace-42');
      expect(requestLine).toMatchObject({ level: 30, res: { statusCode: 401 }, msg: 'request completed' });
      expect(JSON.stringify(lines)).not.toContain('test-operator-token');
    } finally {
      app.child.kill('SIGTERM');
      await app.exited;
      await database.drop();
    }
  }, 60_000);
});
