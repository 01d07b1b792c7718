import { BotApiFake } from '../../libs/bot-api-fake/src';
import { ADMIN_TOKEN } from './app-process';

export interface RegisteredBot {
  botAppId: string;
  token: string;
  /** The secret Switchboard gave Telegram (the fake) in setWebhook; Telegram sends it back on every update. */
  secretToken: string;
}

async function postJson(url: string, token: string, body: unknown): Promise<{ status: number; json: unknown }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  return { status: response.status, json: await response.json().catch(() => null) };
}

/** A tenant and a bot made through the public APIs, as an operator and a tenant backend would. */
export async function registerBenchBot(origin: string, fake: BotApiFake): Promise<RegisteredBot> {
  const tenant = await postJson(`${origin}/graphql`, ADMIN_TOKEN, {
    query: 'mutation { createTenant(input: { name: "Bench" }) { tenant { id } apiKey } }',
  });
  const apiKey = (tenant.json as { data?: { createTenant?: { apiKey?: string } } } | null)?.data?.createTenant?.apiKey;
  if (!apiKey) throw new Error(`createTenant failed: ${tenant.status} ${JSON.stringify(tenant.json)}`);

  const { token } = fake.addBot();
  const bot = await postJson(`${origin}/telegram/v1/bots/`, apiKey, { name: 'bench', bot_token: token, daily_limit: 1000 });
  const botAppId = (bot.json as { bot_app_id?: string } | null)?.bot_app_id;
  if (bot.status !== 201 || !botAppId) throw new Error(`registering the bot failed: ${bot.status} ${JSON.stringify(bot.json)}`);

  const secretToken = fake.webhookOf(token)?.secretToken;
  if (!secretToken) throw new Error(`the app registered the bot but set no webhook secret: ${JSON.stringify(fake.webhookOf(token))}`);
  return { botAppId, token, secretToken };
}
