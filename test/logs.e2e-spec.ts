import { textMessageUpdate } from '@switchboard/bot-api-fake';
import { spawnApp, waitFor } from './support/app-process';
import { ADMIN_TOKEN, freePort, startTelegramFake, testEnvironment } from './support/test-app';
import { refuseRows } from './support/database-refusal';
import { createTestDatabase } from './support/test-database';

type LogLine = Record<string, unknown>;
const parse = (output: string): LogLine[] => output.trim().split('\n').map((line) => JSON.parse(line) as LogLine);

async function post(url: string, body: object, headers: Record<string, string>): Promise<Record<string, unknown>> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  return (await response.json()) as Record<string, unknown>;
}

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

  it('keep a database error’s type, code and stack, never its SQL parameters or the personal data in them', async () => {
    const fake = await startTelegramFake();
    const database = await createTestDatabase();
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const app = spawnApp(testEnvironment({ DATABASE_URL: database.url, PORT: String(port), LOG_LEVEL: 'info', TELEGRAM_API_ROOT: fake.apiRoot }));
    try {
      await waitFor(() => app.stdout().includes('Switchboard listening'));
      const created = await post(`${base}/graphql`, { query: 'mutation { createTenant(input: { name: "Logs" }) { apiKey } }' }, { authorization: `Bearer ${ADMIN_TOKEN}` });
      const apiKey = (created.data as { createTenant: { apiKey: string } }).createTenant.apiKey;
      const token = fake.addBot().token;
      const bot = await post(`${base}/telegram/v1/bots/`, { name: 'Logs bot', bot_token: token }, { authorization: `Bearer ${apiKey}` });

      // The database refuses the row that carries the person's names; its error's detail repeats them.
      await refuseRows(database.url, 'telegram_identities', 'refuse_person_60000', 'chat_id <> 60000');
      const person = { id: 60_000, first_name: 'Quintessa', last_name: 'Marlowe-Personal', username: 'quintessa_private' };
      const update = textMessageUpdate({ chatId: person.id, text: 'hello', updateId: 60_000, from: person });
      await post(`${base}/telegram/v1/webhooks/${bot.bot_app_id as string}/`, update, { 'x-telegram-bot-api-secret-token': fake.webhookOf(token)!.secretToken! });
      await waitFor(() => app.stdout().includes('update 60000 failed'), 10_000);

      const failure = parse(app.stdout()).find((line) => String(line.msg).startsWith('update 60000 failed'));
      expect(failure?.err).toEqual({
        type: 'QueryFailedError',
        message: expect.stringContaining('violates check constraint'),
        code: '23514',
        constraint: 'refuse_person_60000',
        stack: expect.any(String),
      });
      const output = app.stdout() + app.stderr();
      for (const personal of ['Quintessa', 'Marlowe-Personal', 'quintessa_private']) expect(output).not.toContain(personal);
    } finally {
      app.child.kill('SIGTERM');
      await app.exited;
      await database.drop();
      await fake.stop();
    }
  }, 60_000);
});
