import { performance } from 'node:perf_hooks';
import { BotApiFake } from '../../libs/bot-api-fake/src';
import { ADMIN_TOKEN } from '../webhook-intake/app-process';

/** One GraphQL answer and how long the round trip took, as a client of the API sees it. */
export interface Timed<T> {
  data: T;
  ms: number;
}

async function post(url: string, token: string, body: unknown): Promise<{ status: number; json: unknown }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  return { status: response.status, json: await response.json().catch(() => null) };
}

/** A GraphQL request; any `errors` fail the benchmark, since a fast error is not a fast query. */
export async function graphql<T>(origin: string, token: string, query: string, variables: Record<string, unknown> = {}): Promise<Timed<T>> {
  const started = performance.now();
  const { status, json } = await post(`${origin}/graphql`, token, { query, variables });
  const ms = performance.now() - started;
  const answer = json as { data?: T | null; errors?: unknown[] } | null;
  if (status !== 200 || !answer?.data || answer.errors?.length) {
    throw new Error(`GraphQL ${status}: ${JSON.stringify(json)}\n  query: ${query}\n  variables: ${JSON.stringify(variables)}`);
  }
  return { data: answer.data, ms };
}

export interface BenchTenant {
  tenantId: string;
  apiKey: string;
  /** bots.id of each registered bot (REST calls it bot_app_id). */
  botIds: string[];
  /** Each bot's token on the fake Bot API, in the same order. */
  botTokens: string[];
}

/** The tenant and its bots, made through the public APIs as an operator and a tenant backend would. */
export async function createBenchTenant(origin: string, fake: BotApiFake, bots: number): Promise<BenchTenant> {
  const created = await graphql<{ createTenant: { tenant: { id: string }; apiKey: string } }>(
    origin,
    ADMIN_TOKEN,
    'mutation { createTenant(input: { name: "Bench" }) { tenant { id } apiKey } }',
  );
  const { apiKey, tenant } = created.data.createTenant;
  const botIds: string[] = [];
  const botTokens: string[] = [];
  for (let i = 0; i < bots; i++) {
    const { token } = fake.addBot();
    const bot = await post(`${origin}/telegram/v1/bots/`, apiKey, { name: `bench ${i + 1}`, bot_token: token, daily_limit: 1000 });
    const botAppId = (bot.json as { bot_app_id?: string } | null)?.bot_app_id;
    if (bot.status !== 201 || !botAppId) throw new Error(`registering bot ${i + 1} failed: ${bot.status} ${JSON.stringify(bot.json)}`);
    botIds.push(botAppId);
    botTokens.push(token);
  }
  return { tenantId: tenant.id, apiKey, botIds, botTokens };
}

/** What `createSegment(input: { criteria })` accepts; the same shape applyContactCriteria reads. */
export interface Criteria {
  search?: string;
  tags?: string[];
  attributes?: Record<string, unknown>;
  botId?: string;
  language?: string;
  blocked?: boolean;
  reachable?: boolean;
  kind?: 'PERSON' | 'GROUP';
}

export interface BenchSegment {
  id: string;
  name: string;
  criteria: Criteria;
}

export async function createSegment(origin: string, apiKey: string, name: string, criteria: Criteria): Promise<BenchSegment> {
  const created = await graphql<{ createSegment: { id: string } }>(
    origin,
    apiKey,
    'mutation($input: CreateSegmentInput!) { createSegment(input: $input) { id } }',
    { input: { name, criteria } },
  );
  return { id: created.data.createSegment.id, name, criteria };
}
