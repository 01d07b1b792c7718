/**
 * The durable peer: a Telegram webhook as a typical bot backend writes it, with no framework —
 * node:http, a pg Pool, and per request one transaction that stores the update (once per bot and
 * update_id: INSERT … ON CONFLICT DO NOTHING) and, when it is new, a job row for a worker, then
 * answers 200. The same durability promise as Switchboard's intake, without group commit.
 * Run as its own process (by run.ts) on a scratch database of its own.
 *
 * Env: PEER_DATABASE_URL, PEER_SECRET, PEER_POOL_SIZE (default 20).
 * Prints `LISTENING <port>` once its tables exist and it accepts requests on 127.0.0.1.
 */
import { createServer, IncomingMessage, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import { Pool } from 'pg';

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`durable-peer: ${name} is not set`);
  return value;
}

const secretToken = required('PEER_SECRET');
const pool = new Pool({ connectionString: required('PEER_DATABASE_URL'), max: Number(process.env.PEER_POOL_SIZE ?? 20) });
const HOOK = /^\/webhooks\/(\d+)\/?$/;

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS peer_updates (
    id bigserial PRIMARY KEY,
    bot_id bigint NOT NULL,
    update_id bigint NOT NULL,
    payload jsonb NOT NULL,
    received_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (bot_id, update_id)
  );
  CREATE TABLE IF NOT EXISTS peer_jobs (
    id bigserial PRIMARY KEY,
    queue text NOT NULL,
    data jsonb NOT NULL,
    state text NOT NULL DEFAULT 'created',
    run_after timestamptz NOT NULL DEFAULT now()
  );
  CREATE INDEX IF NOT EXISTS peer_jobs_pick ON peer_jobs (queue, state, run_after)`;

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** The update and its job, or nothing: one transaction, committed before Telegram is answered. */
async function store(botId: string, updateId: number, payload: string): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const inserted = await client.query<{ id: string }>(
      'INSERT INTO peer_updates (bot_id, update_id, payload) VALUES ($1, $2, $3) ON CONFLICT (bot_id, update_id) DO NOTHING RETURNING id',
      [botId, updateId, payload],
    );
    if (inserted.rows.length > 0) {
      await client.query('INSERT INTO peer_jobs (queue, data) VALUES ($1, $2)', ['telegram-update', JSON.stringify({ updateId: inserted.rows[0].id })]);
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

function answer(res: ServerResponse, status: number, body: object): void {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const botId = req.method === 'POST' ? HOOK.exec(req.url ?? '')?.[1] : undefined;
  if (!botId) return answer(res, 404, { ok: false });
  if (req.headers['x-telegram-bot-api-secret-token'] !== secretToken) return answer(res, 401, { ok: false });
  const payload = await readBody(req);
  let updateId: unknown;
  try {
    updateId = (JSON.parse(payload) as { update_id?: unknown }).update_id;
  } catch {
    return answer(res, 400, { ok: false });
  }
  if (!Number.isSafeInteger(updateId)) return answer(res, 400, { ok: false });
  await store(botId, updateId as number, payload);
  answer(res, 200, { ok: true });
}

async function main(): Promise<void> {
  await pool.query(SCHEMA);
  const server = createServer((req, res) => {
    // A database failure answers 503, so Telegram would retry.
    handle(req, res).catch(() => answer(res, 503, { ok: false }));
  });
  server.listen(0, '127.0.0.1', () => {
    process.stdout.write(`LISTENING ${(server.address() as AddressInfo).port}\n`);
  });
  process.on('SIGTERM', () => server.close(() => void pool.end().then(() => process.exit(0))));
}

main().catch((error: unknown) => {
  process.stderr.write(`durable-peer: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
