/**
 * The senders and their audiences: one tenant (bench/contacts' helper), a bot per run registered
 * and configured over REST, and each bot's contacts seeded in SQL — setup, not what is measured —
 * with the same chats made known to the Bot API fake.
 */
import { Client } from 'pg';
import { BotApiFake } from '../../libs/bot-api-fake/src';
import { createBenchTenant } from '../contacts/api';
import { DAILY_LIMIT } from './config';

export interface BenchBot {
  /** bots.id (REST's bot_app_id). */
  id: string;
  /** The fake's token, to read the calls it recorded for this bot. */
  token: string;
  paid: boolean;
  /** The chats of the bot's contacts: each should get the broadcast exactly once. */
  chatIds: number[];
}

export interface BenchSetup {
  tenantId: string;
  apiKey: string;
}

/** Far from the ids other benches and tests use; each bot gets its own ten million. */
const FIRST_CHAT_ID = 7_500_000_000;

async function rest(method: 'POST' | 'PUT', url: string, apiKey: string, body: unknown): Promise<Record<string, unknown>> {
  const response = await fetch(url, { method, headers: { 'content-type': 'application/json', authorization: `Bearer ${apiKey}` }, body: JSON.stringify(body) });
  const json = (await response.json().catch(() => null)) as Record<string, unknown> | null;
  if (!response.ok || !json) throw new Error(`${method} ${url} failed: ${response.status} ${JSON.stringify(json)}`);
  return json;
}

export async function createTenant(origin: string, fake: BotApiFake): Promise<BenchSetup> {
  const tenant = await createBenchTenant(origin, fake, 0);
  return { tenantId: tenant.tenantId, apiKey: tenant.apiKey };
}

/** Registers a bot the way a tenant backend does, then turns paid broadcasts on as a setting change (PUT). */
async function registerBot(origin: string, fake: BotApiFake, apiKey: string, name: string, paid: boolean): Promise<{ id: string; token: string }> {
  const { token } = fake.addBot();
  const bot = await rest('POST', `${origin}/telegram/v1/bots/`, apiKey, { name, bot_token: token, daily_limit: DAILY_LIMIT });
  const id = String(bot.bot_app_id);
  if (paid) {
    const updated = await rest('PUT', `${origin}/telegram/v1/bots/${id}/`, apiKey, { paid_broadcasts: true });
    if (updated.paid_broadcasts !== true) throw new Error(`bot ${id} did not take paid_broadcasts: ${JSON.stringify(updated)}`);
  }
  return { id, token };
}

/**
 * `count` contacts, each with a started, unblocked private chat on the bot, in one statement; the
 * chat id follows from the contact id, so the chats are read back rather than computed.
 */
const SEED = `
WITH seeded AS (
  INSERT INTO contacts (tenant_id, first_name, last_name, username, language_code, search_text)
  SELECT $1::uuid, first_name, 'Bench', username, 'en', lower(first_name || ' bench ' || username)
  FROM (SELECT (ARRAY['Ada','Grace','Linus','Olena','Ivan','Maria','Carlos','Emma'])[1 + n % 8] AS first_name, 'bench_' || $4::text || '_' || n AS username
        FROM generate_series(1, $3::int) AS n) AS people
  RETURNING id, first_name, username
)
INSERT INTO telegram_identities (tenant_id, contact_id, bot_id, chat_id, chat_type, username, first_name, last_name, language_code, started, blocked)
SELECT $1::uuid, id, $2::uuid, $5::bigint + id, 'private', username, first_name, 'Bench', 'en', true, false FROM seeded
RETURNING chat_id::text`;

async function seedAudience(databaseUrl: string, tenantId: string, botId: string, index: number, count: number): Promise<number[]> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    // Setup only: a crash would lose nothing worth keeping.
    await client.query('SET synchronous_commit = off');
    const { rows } = await client.query<{ chat_id: string }>(SEED, [tenantId, botId, count, index, FIRST_CHAT_ID + index * 10_000_000]);
    await client.query('ANALYZE contacts, telegram_identities');
    return rows.map((row) => Number(row.chat_id));
  } finally {
    await client.end();
  }
}

/** A bot with `contacts` reachable contacts, known to the app and to the fake. */
export async function benchBot(
  origin: string,
  databaseUrl: string,
  fake: BotApiFake,
  setup: BenchSetup,
  bot: { name: string; paid: boolean; contacts: number; index: number },
): Promise<BenchBot> {
  const { id, token } = await registerBot(origin, fake, setup.apiKey, bot.name, bot.paid);
  const chatIds = await seedAudience(databaseUrl, setup.tenantId, id, bot.index, bot.contacts);
  for (const chatId of chatIds) fake.addChat(token, { id: chatId });
  return { id, token, paid: bot.paid, chatIds };
}
