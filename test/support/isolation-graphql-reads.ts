import { callers, IsolationTable } from './isolation-case';
import { Caller, dataOf, expectGraphQLAsMissing, expectGraphQLCode, MISSING_NUMERIC_ID, MISSING_UUID } from './isolation-probes';
import { IsolationWorld } from './isolation-world';

type Nodes<K extends string, T> = Record<K, { nodes: T[] }>;

/** The ids a list field answers (first page of 100), failing on errors. */
async function listed<K extends string>(caller: Caller, field: K, query: string, variables: Record<string, unknown> = {}): Promise<string[]> {
  const result = await caller<Nodes<K, { id: string }>>(query, variables);
  return dataOf(result)[field].nodes.map((node) => node.id);
}

/** The bot ids of a list's nodes. */
async function botIdsOf<K extends string>(caller: Caller, field: K, query: string, variables: Record<string, unknown> = {}): Promise<string[]> {
  const result = await caller<Nodes<K, { botId: string }>>(query, variables);
  return dataOf(result)[field].nodes.map((node) => node.botId);
}

/** Asserts a nullable single field answers the victim's id exactly as it answers a missing one: null. */
async function nullAsMissing(caller: Caller, query: string, field: string, victimId: string, missingId: string): Promise<void> {
  const victim = await expectGraphQLAsMissing((id) => caller(query, { id }), victimId, missingId);
  expect(victim.data).toEqual({ [field]: null });
}

function onlyBot(ids: string[], botId: string): void {
  expect(ids.length).toBeGreaterThan(0);
  expect(new Set(ids)).toEqual(new Set([botId]));
}

const API_KEY = 'query($id: ID!) { apiKey(id: $id) { id name } }';
const BOT = 'query($id: ID!) { bot(id: $id) { id name } }';
const CONTACT = 'query($id: ID!) { contact(id: $id) { id identities { botId } messages(first: 100) { nodes { botId } } } }';
const CONVERSATIONS = `query($botId: ID) { conversations(first: 50, botId: $botId) { nodes { botId messages(first: 50) { nodes { botId } }
  thread(first: 40) { nodes { ... on ConversationMessage { botId } ... on OutboundMessage { botId } } } } } }`;
const WEBHOOK_EVENTS = 'query($botId: ID) { webhookEvents(first: 100, botId: $botId) { nodes { botId } } }';
const SEGMENT = 'query($id: ID!) { segment(id: $id) { id count members(first: 100) { nodes { id } } } }';
const SEGMENT_COUNT = 'query($criteria: ContactCriteria!) { segmentCount(criteria: $criteria) }';

async function apiKey(w: IsolationWorld): Promise<void> {
  const { b, kA2 } = callers(w);
  for (const victim of [w.a.kA1.id, w.a.tenantKeyId]) {
    await nullAsMissing(b, API_KEY, 'apiKey', victim, MISSING_UUID);
    await nullAsMissing(kA2, API_KEY, 'apiKey', victim, MISSING_UUID);
  }
  expect(dataOf(await kA2(API_KEY, { id: w.a.kA2.id }))).toEqual({ apiKey: { id: w.a.kA2.id, name: 'kA2' } });
}

async function apiKeys(w: IsolationWorld): Promise<void> {
  const { b, kA2 } = callers(w);
  const query = '{ apiKeys(first: 100, includeRevoked: true) { nodes { id } } }';
  expect(await listed(b, 'apiKeys', query)).not.toEqual(expect.arrayContaining([w.a.tenantKeyId]));
  expect(await listed(b, 'apiKeys', query)).not.toEqual(expect.arrayContaining([w.a.kA1.id]));
  expect(await listed(kA2, 'apiKeys', query)).toEqual([w.a.kA2.id]);
}

async function bot(w: IsolationWorld): Promise<void> {
  const { b, kA2 } = callers(w);
  await nullAsMissing(b, BOT, 'bot', w.a.bot1.id, MISSING_UUID);
  await nullAsMissing(kA2, BOT, 'bot', w.a.bot1.id, MISSING_UUID);
  expect(dataOf(await kA2(BOT, { id: w.a.bot2.id }))).toEqual({ bot: { id: w.a.bot2.id, name: 'A2' } });
}

async function bots(w: IsolationWorld): Promise<void> {
  const { b, kA2 } = callers(w);
  expect(await listed(b, 'bots', '{ bots(first: 100) { nodes { id } } }')).toEqual([w.b.bot1.id]);
  expect(await listed(kA2, 'bots', '{ bots(first: 100) { nodes { id } } }')).toEqual([w.a.bot2.id]);
}

async function contact(w: IsolationWorld): Promise<void> {
  const { owner, b, kA2 } = callers(w);
  await nullAsMissing(b, CONTACT, 'contact', w.onA1.contactId, MISSING_NUMERIC_ID);
  await nullAsMissing(kA2, CONTACT, 'contact', w.onA1.contactId, MISSING_NUMERIC_ID);
  type Seen = { contact: { identities: Array<{ botId: string }>; messages: { nodes: Array<{ botId: string }> } } };
  const botsOf = (seen: Seen) => [...seen.contact.identities, ...seen.contact.messages.nodes].map((item) => item.botId);
  // The owner sees `both` on both bots; the channel key of A2 sees only what happened on A2.
  expect(new Set(botsOf(dataOf(await owner<Seen>(CONTACT, { id: w.both.contactId }))))).toEqual(new Set([w.a.bot1.id, w.a.bot2.id]));
  onlyBot(botsOf(dataOf(await kA2<Seen>(CONTACT, { id: w.both.contactId }))), w.a.bot2.id);
}

async function contacts(w: IsolationWorld): Promise<void> {
  const { b, kA2 } = callers(w);
  const query = '{ contacts(first: 100) { nodes { id } } }';
  const aContacts = [w.onA1.contactId, w.onA2.contactId, w.both.contactId, ...w.spares];
  expect((await listed(b, 'contacts', query)).filter((id) => aContacts.includes(id))).toEqual([]);
  const seenByKA2 = await listed(kA2, 'contacts', query);
  expect(new Set(seenByKA2)).toEqual(new Set([w.onA2.contactId, w.both.contactId, ...w.spares]));
  const filteredOnA1 = await listed(kA2, 'contacts', 'query($botId: ID) { contacts(first: 100, filter: { botId: $botId }) { nodes { id } } }', {
    botId: w.a.bot1.id,
  });
  expect(filteredOnA1).toEqual([]);
}

async function conversations(w: IsolationWorld): Promise<void> {
  const { b, kA2 } = callers(w);
  type Listed = { nodes: Array<{ botId: string }> };
  type Inbox = { conversations: { nodes: Array<{ botId: string; messages: Listed; thread: Listed }> } };
  const botsIn = (inbox: Inbox) => inbox.conversations.nodes.flatMap((node) => [node.botId, ...[...node.messages.nodes, ...node.thread.nodes].map((entry) => entry.botId)]);
  onlyBot(botsIn(dataOf(await b<Inbox>(CONVERSATIONS))), w.b.bot1.id);
  expect(botsIn(dataOf(await b<Inbox>(CONVERSATIONS, { botId: w.a.bot1.id })))).toEqual([]);
  onlyBot(botsIn(dataOf(await kA2<Inbox>(CONVERSATIONS))), w.a.bot2.id);
  expect(botsIn(dataOf(await kA2<Inbox>(CONVERSATIONS, { botId: w.a.bot1.id })))).toEqual([]);
}

async function job(w: IsolationWorld): Promise<void> {
  const { b, kA2 } = callers(w);
  const query = 'query($id: ID!) { job(id: $id) { jobId title } }';
  await nullAsMissing(b, query, 'job', w.a.jobId, 'job_nobody_has');
  // Tenant-wide definitions are readable by a channel key.
  expect(dataOf(await kA2(query, { id: w.a.jobId }))).toEqual({ job: { jobId: w.a.jobId, title: 'a study' } });
}

async function jobs(w: IsolationWorld): Promise<void> {
  const { b, kA2 } = callers(w);
  const query = '{ jobs(first: 100) { nodes { id: jobId } } }';
  expect(await listed(b, 'jobs', query)).not.toContain(w.a.jobId);
  expect(await listed(kA2, 'jobs', query)).toContain(w.a.jobId);
}

async function me(w: IsolationWorld): Promise<void> {
  const { b, kA2 } = callers(w);
  const query = '{ me { kind tenant { id } apiKey { id botId } } }';
  expect(dataOf(await kA2(query))).toEqual({ me: { kind: 'api-key', tenant: { id: w.a.tenant.id }, apiKey: { id: w.a.kA2.id, botId: w.a.bot2.id } } });
  expect(dataOf(await b(query))).toEqual({ me: { kind: 'api-key', tenant: { id: w.b.tenant.id }, apiKey: { id: w.b.tenantKeyId, botId: null } } });
}

async function message(w: IsolationWorld): Promise<void> {
  const { b, kA2 } = callers(w);
  const query = 'query($id: ID!) { message(id: $id) { id botId } }';
  await nullAsMissing(b, query, 'message', w.sent.a1, MISSING_NUMERIC_ID);
  await nullAsMissing(kA2, query, 'message', w.sent.a1, MISSING_NUMERIC_ID);
  expect(dataOf(await kA2(query, { id: w.sent.a2 }))).toEqual({ message: { id: w.sent.a2, botId: w.a.bot2.id } });
}

async function segment(w: IsolationWorld): Promise<void> {
  const { b, kA2 } = callers(w);
  await nullAsMissing(b, SEGMENT, 'segment', w.a.segmentId, MISSING_UUID);
  // The segment (every contact) is readable by the channel key, counted and listed over A2's contacts only.
  type Seen = { segment: { count: number; members: { nodes: Array<{ id: string }> } } };
  const seen = dataOf(await kA2<Seen>(SEGMENT, { id: w.a.segmentId })).segment;
  const reachableOnA2 = [w.onA2.contactId, w.both.contactId, ...w.spares];
  expect({ count: seen.count, members: new Set(seen.members.nodes.map((node) => node.id)) }).toEqual({
    count: reachableOnA2.length,
    members: new Set(reachableOnA2),
  });
}

async function segmentCount(w: IsolationWorld): Promise<void> {
  const { owner, b, kA2 } = callers(w);
  const onBot = (caller: typeof b) => (botId: string) => caller(SEGMENT_COUNT, { criteria: { botId } });
  // Another tenant's bot, or another bot of the tenant for a channel key, counts as a bot nobody has.
  expect(dataOf(await expectGraphQLAsMissing(onBot(b), w.a.bot1.id, MISSING_UUID))).toEqual({ segmentCount: 0 });
  expect(dataOf(await expectGraphQLAsMissing(onBot(kA2), w.a.bot1.id, MISSING_UUID))).toEqual({ segmentCount: 0 });
  const countOf = async (caller: typeof b, criteria: object) => dataOf(await caller<{ segmentCount: number }>(SEGMENT_COUNT, { criteria })).segmentCount;
  expect(await countOf(b, { search: w.onA1.person.username! })).toBe(0);
  expect(await countOf(owner, { search: w.onA1.person.username! })).toBe(1);
  expect({ b: await countOf(b, {}), kA2: await countOf(kA2, {}), owner: await countOf(owner, {}) }).toEqual({
    b: 1,
    kA2: [w.onA2, w.both, ...w.spares].length,
    owner: [w.onA1, w.onA2, w.both, ...w.spares].length,
  });
}

async function segments(w: IsolationWorld): Promise<void> {
  const { b, kA2 } = callers(w);
  const query = '{ segments(first: 100) { nodes { id } } }';
  expect(await listed(b, 'segments', query)).toEqual([w.b.segmentId]);
  expect(new Set(await listed(kA2, 'segments', query))).toEqual(new Set([w.a.segmentId, ...w.a.spareSegmentIds]));
}

async function tenants(w: IsolationWorld): Promise<void> {
  const { b, kA2, operator } = callers(w);
  const query = '{ tenants(first: 100) { nodes { id } } }';
  expectGraphQLCode(await b(query), 'FORBIDDEN');
  expectGraphQLCode(await kA2(query), 'FORBIDDEN');
  expect(await listed(operator, 'tenants', query)).toEqual(expect.arrayContaining([w.a.tenant.id, w.b.tenant.id]));
}

async function webhookEvents(w: IsolationWorld): Promise<void> {
  const { b, kA2 } = callers(w);
  onlyBot(await botIdsOf(b, 'webhookEvents', WEBHOOK_EVENTS), w.b.bot1.id);
  expect(await botIdsOf(b, 'webhookEvents', WEBHOOK_EVENTS, { botId: w.a.bot1.id })).toEqual([]);
  onlyBot(await botIdsOf(kA2, 'webhookEvents', WEBHOOK_EVENTS), w.a.bot2.id);
  expect(await botIdsOf(kA2, 'webhookEvents', WEBHOOK_EVENTS, { botId: w.a.bot1.id })).toEqual([]);
}

/** Reads: each root Query field, run by the function of its name. */
export const GRAPHQL_READS: IsolationTable = Object.fromEntries(
  Object.entries({ apiKey, apiKeys, bot, bots, contact, contacts, conversations, job, jobs, me, message, segment, segmentCount, segments, tenants, webhookEvents }).map(([name, run]) => [name, { run }]),
);
