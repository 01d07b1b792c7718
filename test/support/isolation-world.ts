import { BotApiFake } from '@switchboard/bot-api-fake';
import { aBot, aTenant, BuiltBot, BuiltTenant, eventually } from './builders';
import { gql } from './graphql-client';
import { aDraftBroadcast } from './isolation-broadcasts';
import { callerOf } from './isolation-probes';
import { sendMessage, settled } from './messaging';
import { aPerson, deliver, messageFrom, Person } from './telegram-people';
import { startTelegramWorld, TelegramWorld } from './telegram-world';
import { TestApp } from './test-app';

/** A bot-scoped ("channel") API key: the key itself and its record's id. */
export interface ChannelKey {
  id: string;
  key: string;
}

/** A person who wrote to a bot: their contact and their conversation (identity) on that bot. */
export interface Correspondent {
  person: Person;
  contactId: string;
  identityId: string;
}

export interface TenantSide {
  tenant: BuiltTenant;
  /** The id of the tenant-wide key createTenant returned. */
  tenantKeyId: string;
  segmentId: string;
  jobId: string;
}

/**
 * Two tenants built through the API as clients would: tenant A with bots A1 and A2 and a channel
 * key for each, tenant B with bot B1. Every bot has a person who wrote to it and a message sent
 * back with a tracked button; on A, `both` wrote to A1 and A2, and `spares` (contacts reachable on
 * A2 only, and segments) exist to be the targets of writes a channel key must not make.
 */
export interface IsolationWorld {
  app: TestApp;
  fake: BotApiFake;
  a: TenantSide & { bot1: BuiltBot; bot2: BuiltBot; kA1: ChannelKey; kA2: ChannelKey; spareSegmentIds: [string, string] };
  b: TenantSide & { bot1: BuiltBot; kB1: ChannelKey };
  /** Reachable only on A1 / only on A2 / on both; on B1. */
  onA1: Correspondent;
  onA2: Correspondent;
  both: Correspondent;
  onB1: Correspondent;
  /** Outbound messages, one per bot, sent to onA1, onA2 and onB1. */
  sent: { a1: string; a2: string; b1: string };
  /** Contacts reachable on A2 only, made for attacks that would destroy them. */
  spares: [string, string, string];
  /** Draft broadcasts on A1 (to onA1) and A2 (to onA2). */
  broadcasts: { a1: string; a2: string };
  close(): Promise<void>;
}

/** The external id onA1 carries, so routes that find people by it have someone to find. */
export const ON_A1_EXTERNAL_ID = 'tester-on-a1';
const TRACKED_BUTTON = { inline_keyboard: [[{ text: 'Yes', callback_data: 'answer:yes' }]] };

async function channelKey(app: TestApp, apiKey: string, bot: BuiltBot, name: string): Promise<ChannelKey> {
  const response = await app.http().post(`/telegram/v1/bots/${bot.id}/api-keys/`).set('authorization', `Bearer ${apiKey}`).send({ name });
  if (response.status !== 201) throw new Error(`channel key failed: ${response.status} ${JSON.stringify(response.body)}`);
  return { id: response.body.id, key: response.body.key };
}

async function ownKeyId(app: TestApp, apiKey: string): Promise<string> {
  const me = await gql<{ me: { apiKey: { id: string } } }>(app, '{ me { apiKey { id } } }', {}, apiKey);
  return me.data!.me.apiKey.id;
}

async function identityOf(app: TestApp, apiKey: string, person: Person, bot: BuiltBot): Promise<Correspondent> {
  const found = await gql<{ contacts: { nodes: Array<{ id: string; identities: Array<{ id: string; botId: string }> }> } }>(
    app,
    'query($search: String!) { contacts(first: 5, filter: { search: $search }) { nodes { id identities { id botId } } } }',
    { search: person.username },
    apiKey,
  );
  const contact = found.data!.contacts.nodes[0];
  return { person, contactId: contact.id, identityId: contact.identities.find((identity) => identity.botId === bot.id)!.id };
}

async function writeTo(world: TelegramWorld, tenant: BuiltTenant, bot: BuiltBot, person: Person): Promise<Correspondent> {
  await deliver(world.app, world.fake, bot, tenant.apiKey, messageFrom(person, `hello ${bot.username}`));
  return identityOf(world.app, tenant.apiKey, person, bot);
}

async function sendTracked(app: TestApp, apiKey: string, bot: BuiltBot, contactId: string): Promise<string> {
  const message = await sendMessage(app, apiKey, { botId: bot.id, contactId, text: 'Still interested?', replyMarkup: TRACKED_BUTTON });
  await settled(app, apiKey, message.id);
  return message.id;
}

async function aSegment(app: TestApp, apiKey: string, name: string): Promise<string> {
  const segment = await gql<{ createSegment: { id: string } }>(
    app,
    'mutation($name: String!) { createSegment(input: { name: $name, criteria: {} }) { id } }',
    { name },
    apiKey,
  );
  return segment.data!.createSegment.id;
}

/** A segment of every contact, and a job (made over REST, as a backend would) aimed at it. */
async function segmentAndJob(app: TestApp, apiKey: string, name: string): Promise<{ segmentId: string; jobId: string }> {
  const segmentId = await aSegment(app, apiKey, name);
  const job = await app
    .http()
    .post('/api/jobs')
    .set('authorization', `Bearer ${apiKey}`)
    .send({ id: `job_${name}`, title: `${name} study`, url: 'https://example.com/study', segmentId });
  if (job.status !== 201) throw new Error(`job failed: ${job.status} ${JSON.stringify(job.body)}`);
  return { segmentId, jobId: job.body.data.id };
}

/** A contact reachable on the bot, made by the tenant's backend with an eSputnik token (a chat id). */
async function spareOn(app: TestApp, apiKey: string, bot: BuiltBot, externalCustomerId: string): Promise<string> {
  const response = await app
    .http()
    .post(`/v1/apps/${bot.id}/tokens`)
    .set('authorization', `Bearer ${apiKey}`)
    .send({ tokens: [{ token: String(aPerson().id), externalCustomerId }] });
  if (response.status !== 200 || !response.body.results[0].contactId) throw new Error(`spare contact failed: ${JSON.stringify(response.body)}`);
  return response.body.results[0].contactId;
}

async function tenantB(world: TelegramWorld): Promise<{ side: IsolationWorld['b']; onB1: Correspondent; sentB1: string }> {
  const tenant = await aTenant(world.app).withAdmin().build();
  const bot1 = await aBot(world.app, world.fake, tenant, 'B1');
  const kB1 = await channelKey(world.app, tenant.apiKey, bot1, 'kB1');
  const onB1 = await writeTo(world, tenant, bot1, aPerson());
  const sentB1 = await sendTracked(world.app, tenant.apiKey, bot1, onB1.contactId);
  const side = { tenant, tenantKeyId: await ownKeyId(world.app, tenant.apiKey), bot1, kB1, ...(await segmentAndJob(world.app, tenant.apiKey, 'b')) };
  return { side, onB1, sentB1 };
}

async function tenantA(world: TelegramWorld): Promise<IsolationWorld['a']> {
  const { app, fake, tenant, bot: bot1 } = world;
  const bot2 = await aBot(app, fake, tenant, 'A2');
  return {
    tenant,
    tenantKeyId: await ownKeyId(app, tenant.apiKey),
    bot1,
    bot2,
    kA1: await channelKey(app, tenant.apiKey, bot1, 'kA1'),
    kA2: await channelKey(app, tenant.apiKey, bot2, 'kA2'),
    ...(await segmentAndJob(app, tenant.apiKey, 'a')),
    spareSegmentIds: [await aSegment(app, tenant.apiKey, 'a-spare-1'), await aSegment(app, tenant.apiKey, 'a-spare-2')],
  };
}

type PeopleOfA = Pick<IsolationWorld, 'onA1' | 'onA2' | 'both' | 'spares'> & { sent: { a1: string; a2: string } };

async function peopleOfA(world: TelegramWorld, a: IsolationWorld['a']): Promise<PeopleOfA> {
  const { app, tenant } = world;
  const onA1 = await writeTo(world, tenant, a.bot1, aPerson());
  const onA2 = await writeTo(world, tenant, a.bot2, aPerson());
  const bothPerson = aPerson();
  await writeTo(world, tenant, a.bot1, bothPerson);
  const both = await writeTo(world, tenant, a.bot2, bothPerson);
  await gql(
    app,
    'mutation($id: ID!, $externalCustomerId: String) { updateContact(id: $id, input: { externalCustomerId: $externalCustomerId }) { id } }',
    { id: onA1.contactId, externalCustomerId: ON_A1_EXTERNAL_ID },
    tenant.apiKey,
  );
  const sent = { a1: await sendTracked(app, tenant.apiKey, a.bot1, onA1.contactId), a2: await sendTracked(app, tenant.apiKey, a.bot2, onA2.contactId) };
  const spares: PeopleOfA['spares'] = [
    await spareOn(app, tenant.apiKey, a.bot2, 'spare-1'),
    await spareOn(app, tenant.apiKey, a.bot2, 'spare-2'),
    await spareOn(app, tenant.apiKey, a.bot2, 'spare-3'),
  ];
  return { onA1, onA2, both, sent, spares };
}

/** Snapshots compare rows, so nothing of the world may still be in processing when the cases start. */
function updatesProcessed(app: TestApp, apiKey: string): Promise<unknown> {
  return eventually(
    async () => (await app.http().get('/telegram/v1/webhook-events/?limit=100').set('authorization', `Bearer ${apiKey}`)).body.items,
    (items: Array<{ status: string }>) => items.every((item) => item.status !== 'QUEUED'),
  );
}

export async function buildIsolationWorld(): Promise<IsolationWorld> {
  const world = await startTelegramWorld({ admin: true });
  const a = await tenantA(world);
  const people = await peopleOfA(world, a);
  const b = await tenantB(world);
  await updatesProcessed(world.app, a.tenant.apiKey);
  const owner = callerOf(world.app, a.tenant.apiKey);
  const broadcasts = { a1: await aDraftBroadcast(owner, a.bot1.id, [people.onA1.contactId]), a2: await aDraftBroadcast(owner, a.bot2.id, [people.onA2.contactId]) };
  return {
    broadcasts,
    app: world.app,
    fake: world.fake,
    a,
    b: b.side,
    ...people,
    onB1: b.onB1,
    sent: { ...people.sent, b1: b.sentB1 },
    close: () => world.close(),
  };
}
