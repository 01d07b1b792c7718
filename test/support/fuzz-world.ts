import { BotApiFake } from '@switchboard/bot-api-fake';
import { aBot, aTenant, BuiltBot, BuiltTenant } from './builders';
import type { KnownIds } from './fuzz-defects';
import { gql } from './graphql-client';
import { aReplica } from './replicas';
import { aPerson, contactsMatching, deliver, messageFrom } from './telegram-people';
import { ADMIN_TOKEN, startTelegramFake, startTestApp, TestApp } from './test-app';

/** Who a request authenticates as, so bad input reaches validation rather than the auth guard. */
export type Caller = 'tenant' | 'tenant-admin' | 'operator' | 'anonymous';

/** A tenant with one of each object, for bad input to aim at. */
export interface FuzzWorld {
  app: TestApp;
  fake: BotApiFake;
  tenant: BuiltTenant;
  bot: BuiltBot;
  webhookSecret: string;
  /** The contact is a person who wrote to the bot, so messages to them reach the delivery engine. */
  ids: { bot: string; contact: string; chat: string; segment: string; job: string; apiKey: string; tenant: string; replica: string; eventEndpoint: string };
  knownIds: KnownIds;
  headersFor(caller: Caller): Record<string, string>;
  close(): Promise<void>;
}

async function created<T>(app: TestApp, token: string, query: string, variables: Record<string, unknown>): Promise<T> {
  const result = await gql<T>(app, query, variables, token);
  if (!result.data) throw new Error(`seeding failed: ${JSON.stringify(result.errors)}`);
  return result.data;
}

async function seed(app: TestApp, fake: BotApiFake, tenant: BuiltTenant, bot: BuiltBot) {
  const key = tenant.apiKey;
  const person = aPerson();
  await deliver(app, fake, bot, key, messageFrom(person, 'hello'));
  const [contact] = await contactsMatching<{ id: string }>(app, key, { botId: bot.id });
  if (!contact) throw new Error('the person who wrote to the bot is no contact');
  const segment = await created<{ createSegment: { id: string } }>(app, key, 'mutation($input: CreateSegmentInput!) { createSegment(input: $input) { id } }', {
    input: { name: 'Seed segment', criteria: {} },
  });
  const job = await created<{ createJob: { jobId: string } }>(app, key, 'mutation($input: CreateJobInput!) { createJob(input: $input) { jobId } }', {
    input: { id: 'seed_job', title: 'Seed job', url: 'https://example.com/job' },
  });
  const apiKey = await created<{ createApiKey: { apiKey: { id: string } } }>(app, key, 'mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id } } }', {
    input: { name: 'second key' },
  });
  const replica = await aReplica(app, key, { slug: 'seed-replica' });
  // Taking an event nothing here causes (the webhook watch is off): no delivery changes the data compared.
  const endpoint = await app.http().post('/api/v1/event-endpoints').set('authorization', `Bearer ${key}`).send({ url: 'https://example.com/events', event_types: ['bot.webhook_failing'] });
  if (endpoint.status !== 201) throw new Error(`seeding an event endpoint failed: ${JSON.stringify(endpoint.body)}`);
  return {
    contact: contact.id,
    chat: String(person.id),
    segment: segment.createSegment.id,
    job: job.createJob.jobId,
    apiKey: apiKey.createApiKey.apiKey.id,
    replica,
    eventEndpoint: endpoint.body.id as string,
  };
}

/** Which seeded object an id names, from its own name or the operation or path around it. */
function knownIdsOf(ids: FuzzWorld['ids']): KnownIds {
  const byName: Record<string, string> = {
    botId: ids.bot,
    appId: ids.bot,
    bot_app_id: ids.bot,
    contactId: ids.contact,
    sourceId: ids.contact,
    targetId: ids.contact,
    segmentId: ids.segment,
    tenantId: ids.tenant,
    chatId: ids.chat,
    destination_user_id: ids.chat,
    token: ids.chat,
    replicaUUID: ids.replica,
  };
  const byContext: Array<[RegExp, string]> = [
    [/api-?keys?$/i, ids.apiKey],
    [/bots?$/i, ids.bot],
    [/contacts?$/i, ids.contact],
    [/segments?$/i, ids.segment],
    [/jobs?$/i, ids.job],
    [/replicas?$/i, ids.replica],
    [/event-?endpoints?(secret)?$/i, ids.eventEndpoint],
  ];
  return (name, context) => byName[name] ?? (name === 'id' ? byContext.find(([pattern]) => pattern.test(context))?.[1] : undefined);
}

export async function startFuzzWorld(env: Record<string, string> = {}): Promise<FuzzWorld> {
  const fake = await startTelegramFake();
  // No webhook watch: it would rewrite bots' rows while the data is being compared.
  const app = await startTestApp({ telegram: fake, env: { WEBHOOK_WATCH_INTERVAL: '0', ...env } });
  const tenant = await aTenant(app).withAdmin().build();
  const bot = await aBot(app, fake, tenant);
  const webhookSecret = fake.webhookOf(bot.token)?.secretToken;
  if (!webhookSecret) throw new Error('the bot has no webhook secret at the fake');
  const ids = { bot: bot.id, tenant: tenant.id, ...(await seed(app, fake, tenant, bot)) };
  const tokens: Record<Caller, string | undefined> = { tenant: tenant.apiKey, 'tenant-admin': tenant.adminToken, operator: ADMIN_TOKEN, anonymous: undefined };
  return {
    app,
    fake,
    tenant,
    bot,
    webhookSecret,
    ids,
    knownIds: knownIdsOf(ids),
    headersFor: (caller): Record<string, string> => {
      const token = tokens[caller];
      return token ? { authorization: `Bearer ${token}` } : {};
    },
    close: async () => {
      await app.close();
      await fake.stop();
    },
  };
}
