/**
 * The senders and recipients: a tenant's bots registered over REST (bench/contacts' helper), each
 * bot's settings changed over REST, and its recipients created through eSputnik's tokens route —
 * the public way to make many chats known to the app at once.
 */
import { BotApiFake } from '../../libs/bot-api-fake/src';
import { createBenchTenant } from '../contacts/api';

export interface BenchBot {
  /** bots.id (REST's bot_app_id). */
  botAppId: string;
  /** The fake's token, to read the calls it recorded for this bot. */
  token: string;
  /** Private chats known both to the fake and to the app. */
  chatIds: number[];
}

export interface BenchBotSettings {
  send_rate: string | null;
  daily_limit: number | null;
  /** Private chats the bot gets, known to the fake and the app. */
  chats: number;
}

/** eSputnik accepts at most this many tokens per request. */
const TOKENS_PER_REQUEST = 1_000;
/** Far from the ids webhook benches use; each bot gets its own million, so chats never repeat across bots. */
const FIRST_CHAT_ID = 6_100_000_000;

async function request(method: 'PUT' | 'POST', url: string, apiKey: string, body: unknown): Promise<{ status: number; json: unknown }> {
  const response = await fetch(url, {
    method,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${apiKey}` },
    body: JSON.stringify(body),
  });
  return { status: response.status, json: await response.json().catch(() => null) };
}

/**
 * createBenchTenant does not hand back the fake's tokens; a fake token is `<telegram bot id>:<secret>`
 * and registration called getMe with it, so the bot's telegram_bot_id finds it in the fake's log.
 */
function tokenOf(fake: BotApiFake, telegramBotId: number): string {
  const tokens = new Set(fake.callsTo('getMe').map((call) => call.token).filter((token) => token.startsWith(`${telegramBotId}:`)));
  if (tokens.size !== 1) throw new Error(`expected one fake token for telegram bot ${telegramBotId}, found ${tokens.size}`);
  return [...tokens][0];
}

async function configure(origin: string, apiKey: string, botAppId: string, { send_rate, daily_limit }: BenchBotSettings): Promise<number> {
  const updated = await request('PUT', `${origin}/telegram/v1/bots/${botAppId}/`, apiKey, { send_rate, daily_limit });
  const bot = updated.json as { telegram_bot_id?: number; send_rate?: string | null } | null;
  if (updated.status !== 200 || typeof bot?.telegram_bot_id !== 'number') {
    throw new Error(`PUT /telegram/v1/bots/${botAppId}/ failed: ${updated.status} ${JSON.stringify(updated.json)}`);
  }
  return bot.telegram_bot_id;
}

/** Makes `count` chats known to the fake (else it answers "chat not found") and to the app (else sendMessage has no recipient). */
async function addRecipients(origin: string, apiKey: string, fake: BotApiFake, bot: { botAppId: string; token: string }, index: number, count: number) {
  const chatIds = Array.from({ length: count }, (_, i) => FIRST_CHAT_ID + index * 1_000_000 + i);
  for (const id of chatIds) fake.addChat(bot.token, { id });
  for (let from = 0; from < chatIds.length; from += TOKENS_PER_REQUEST) {
    const tokens = chatIds.slice(from, from + TOKENS_PER_REQUEST).map((id) => ({ token: String(id), externalCustomerId: `bench-${index}-${id}` }));
    const added = await request('POST', `${origin}/v1/apps/${bot.botAppId}/tokens`, apiKey, { tokens });
    const results = (added.json as { results?: Array<{ tokenAdded: boolean; error?: string }> } | null)?.results;
    const refused = results?.filter((result) => !result.tokenAdded || result.error);
    if (added.status !== 200 || !results || results.length !== tokens.length || refused?.length) {
      throw new Error(`eSputnik tokens for bot ${bot.botAppId} failed: ${added.status} ${JSON.stringify(refused?.slice(0, 3) ?? added.json)}`);
    }
  }
  return chatIds;
}

export interface BenchTenantBots {
  apiKey: string;
  bots: BenchBot[];
}

/** One tenant with a bot per entry of `settings`, each with its recipients (bots set up in parallel). */
export async function setUpBots(origin: string, fake: BotApiFake, settings: BenchBotSettings[]): Promise<BenchTenantBots> {
  const tenant = await createBenchTenant(origin, fake, settings.length);
  const bots = await Promise.all(
    tenant.botIds.map(async (botAppId, index) => {
      const token = tokenOf(fake, await configure(origin, tenant.apiKey, botAppId, settings[index]));
      const chatIds = await addRecipients(origin, tenant.apiKey, fake, { botAppId, token }, index, settings[index].chats);
      return { botAppId, token, chatIds };
    }),
  );
  return { apiKey: tenant.apiKey, bots };
}
