import { callers, IsolationTable } from './isolation-case';
import { Caller, dataOf, expectGraphQLAsMissing, expectGraphQLCode, leavesUnchanged, MISSING_NUMERIC_ID, MISSING_UUID } from './isolation-probes';
import { IsolationWorld, ON_A1_EXTERNAL_ID } from './isolation-world';

/** Asserts a mutation answers NOT_FOUND for the victim's id exactly as for a missing one. */
async function notFoundAsMissing(caller: Caller, query: string, variables: (id: string) => Record<string, unknown>, victimId: string, missingId: string) {
  const victim = await expectGraphQLAsMissing((id) => caller(query, variables(id)), victimId, missingId);
  expectGraphQLCode(victim, 'NOT_FOUND');
}

/** Attacks on tenant A, run with every row of A compared before and after. */
function attacksOnA(attacks: (world: IsolationWorld) => Promise<void>, thenAsOwner?: (world: IsolationWorld) => Promise<void>) {
  return {
    run: async (w: IsolationWorld) => {
      await leavesUnchanged(w.app, w.a.tenant.id, () => attacks(w));
      if (thenAsOwner) await thenAsOwner(w);
    },
  };
}

/** Re-reads objects as their owner: each is still there. */
async function ownerStillSees(w: IsolationWorld, field: 'bot' | 'contact' | 'segment', ids: string[]): Promise<void> {
  for (const id of ids) {
    const result = await callers(w).owner<Record<string, { id: string } | null>>(`query($id: ID!) { ${field}(id: $id) { id } }`, { id });
    expect(dataOf(result)[field]).toEqual({ id });
  }
}

/** Re-reads named objects as their owner: each keeps the name the world gave it. */
async function ownerStillSeesNamed(w: IsolationWorld, field: 'bot' | 'segment', named: Record<string, string>): Promise<void> {
  for (const [id, name] of Object.entries(named)) {
    const result = await callers(w).owner<Record<string, { name: string } | null>>(`query($id: ID!) { ${field}(id: $id) { name } }`, { id });
    expect(dataOf(result)[field]).toEqual({ name });
  }
}

const CREATE_BOT_KEY = 'mutation($botId: ID!) { createBotApiKey(botId: $botId, input: { name: "stolen" }) { key } }';
const CONNECT_LINK = 'mutation($input: CreateConnectLinkInput!) { createConnectLink(input: $input) { url } }';
const CREATE_JOB = 'mutation($input: CreateJobInput!) { createJob(input: $input) { id } }';
const NOTIFY_TESTER = 'mutation($jobId: String!, $testerId: String!) { notifyJobTester(jobId: $jobId, testerId: $testerId) { messageId } }';
const DELETE_BOT = 'mutation($id: ID!) { deleteBot(id: $id) }';
const DELETE_CONTACT = 'mutation($id: ID!) { deleteContact(id: $id) }';
const DELETE_SEGMENT = 'mutation($id: ID!) { deleteSegment(id: $id) }';
const MARK_READ = 'mutation($id: ID!) { markConversationRead(id: $id) { id unreadCount } }';
const MERGE = 'mutation($targetId: ID!, $sourceId: ID!) { mergeContacts(targetId: $targetId, sourceId: $sourceId) { id } }';
const REVOKE = 'mutation($id: ID!) { revokeApiKey(id: $id) { id } }';
const UPDATE_BOT = 'mutation($id: ID!) { updateBot(id: $id, input: { name: "taken over" }) { id } }';
const UPDATE_CONTACT = 'mutation($id: ID!, $tags: [String!]) { updateContact(id: $id, input: { tags: $tags }) { id tags } }';
const UPDATE_SEGMENT = 'mutation($id: ID!) { updateSegment(id: $id, input: { name: "taken over" }) { id } }';
const UPSERT = 'mutation($input: ContactFieldsInput!) { upsertContact(input: $input) { id } }';

/** sendMessage and sendInteractiveMessage take the same recipient fields; sendMessages a list of sendMessage's inputs. */
function sendAttacks(mutation: string, inputType: string, content: Record<string, unknown>, asBatch = false) {
  const query = asBatch ? `mutation($input: [${inputType}!]!) { ${mutation}(messages: $input) { id } }` : `mutation($input: ${inputType}!) { ${mutation}(input: $input) { id } }`;
  const variables = (input: Record<string, unknown>) => ({ input: asBatch ? [input] : input });
  return attacksOnA(async (w) => {
    const { b, kA2 } = callers(w);
    const toChat = (botId: string) => variables({ ...content, botId, chatId: String(w.onA1.person.id) });
    await notFoundAsMissing(b, query, toChat, w.a.bot1.id, MISSING_UUID);
    await notFoundAsMissing(kA2, query, toChat, w.a.bot1.id, MISSING_UUID);
    await notFoundAsMissing(b, query, (contactId) => variables({ ...content, botId: w.b.bot1.id, contactId }), w.onA1.contactId, MISSING_NUMERIC_ID);
    await notFoundAsMissing(kA2, query, (contactId) => variables({ ...content, botId: w.a.bot2.id, contactId }), w.onA1.contactId, MISSING_NUMERIC_ID);
  });
}

/** A channel key reads its own conversation and may mark it read; A1's answer as missing. */
async function markConversationRead(w: IsolationWorld): Promise<void> {
  const { b, kA2 } = callers(w);
  await leavesUnchanged(w.app, w.a.tenant.id, async () => {
    await notFoundAsMissing(b, MARK_READ, (id) => ({ id }), w.onA1.identityId, MISSING_UUID);
    await notFoundAsMissing(kA2, MARK_READ, (id) => ({ id }), w.onA1.identityId, MISSING_UUID);
  });
  expect(dataOf(await kA2(MARK_READ, { id: w.onA2.identityId }))).toEqual({ markConversationRead: { id: w.onA2.identityId, unreadCount: 0 } });
}

/** A channel key updates contacts reachable on its bot only; one on A1 only answers as missing. */
async function updateContact(w: IsolationWorld): Promise<void> {
  const { b, kA2 } = callers(w);
  await leavesUnchanged(w.app, w.a.tenant.id, async () => {
    await notFoundAsMissing(b, UPDATE_CONTACT, (id) => ({ id, tags: ['b'] }), w.onA1.contactId, MISSING_NUMERIC_ID);
    await notFoundAsMissing(kA2, UPDATE_CONTACT, (id) => ({ id, tags: ['kA2'] }), w.onA1.contactId, MISSING_NUMERIC_ID);
  });
  const own = dataOf(await kA2(UPDATE_CONTACT, { id: w.onA2.contactId, tags: ['vip'] }));
  expect(own).toEqual({ updateContact: { id: w.onA2.contactId, tags: ['vip'] } });
}

async function upsertContactAttacks(w: IsolationWorld): Promise<void> {
  const { b, kA2 } = callers(w);
  expectGraphQLCode(await kA2(UPSERT, { input: { externalCustomerId: ON_A1_EXTERNAL_ID, tags: ['kA2'] } }), 'FORBIDDEN');
  // B's own contact with the same external id is B's business: A's stays as it was.
  const bs = dataOf(await b<{ upsertContact: { id: string } }>(UPSERT, { input: { externalCustomerId: ON_A1_EXTERNAL_ID, tags: ['b'] } }));
  expect(bs.upsertContact.id).not.toBe(w.onA1.contactId);
}

async function kA1StillWorks(w: IsolationWorld): Promise<void> {
  expect(dataOf(await callers(w).kA1('{ me { apiKey { id } } }'))).toEqual({ me: { apiKey: { id: w.a.kA1.id } } });
}

export const GRAPHQL_WRITES: IsolationTable = {
  createApiKey: attacksOnA(async (w) => {
    expectGraphQLCode(await callers(w).kA2('mutation { createApiKey(input: { name: "wider" }) { key } }'), 'FORBIDDEN');
  }),
  createBotApiKey: attacksOnA(async (w) => {
    const { b, kA2 } = callers(w);
    await notFoundAsMissing(b, CREATE_BOT_KEY, (botId) => ({ botId }), w.a.bot1.id, MISSING_UUID);
    expectGraphQLCode(await kA2(CREATE_BOT_KEY, { botId: w.a.bot2.id }), 'FORBIDDEN');
  }),
  createConnectLink: attacksOnA(async (w) => {
    const { b, kA2 } = callers(w);
    await notFoundAsMissing(b, CONNECT_LINK, (contactId) => ({ input: { contactId } }), w.onA1.contactId, MISSING_NUMERIC_ID);
    await notFoundAsMissing(kA2, CONNECT_LINK, (contactId) => ({ input: { contactId } }), w.onA1.contactId, MISSING_NUMERIC_ID);
    await notFoundAsMissing(kA2, CONNECT_LINK, (botId) => ({ input: { contactId: w.onA2.contactId, botId } }), w.a.bot1.id, MISSING_UUID);
  }),
  createJob: attacksOnA(async (w) => {
    const { b, kA2 } = callers(w);
    expectGraphQLCode(await kA2(CREATE_JOB, { input: { title: 'by a channel key', url: 'https://example.com/x' } }), 'FORBIDDEN');
    await notFoundAsMissing(b, CREATE_JOB, (segmentId) => ({ input: { title: 'aimed at A', url: 'https://example.com/x', segmentId } }), w.a.segmentId, MISSING_UUID);
  }),
  notifyJobTester: attacksOnA(async (w) => {
    const { b, kA2 } = callers(w);
    await notFoundAsMissing(b, NOTIFY_TESTER, (jobId) => ({ jobId, testerId: ON_A1_EXTERNAL_ID }), w.a.jobId, 'job_nobody_has');
    // onA1 is A's tester, but not on A2, the only bot kA2 may send through.
    await notFoundAsMissing(kA2, NOTIFY_TESTER, (testerId) => ({ jobId: w.a.jobId, testerId }), ON_A1_EXTERNAL_ID, 'nobody-has-this-id');
  }),
  createSegment: attacksOnA(async (w) => {
    expectGraphQLCode(await callers(w).kA2('mutation { createSegment(input: { name: "by a channel key", criteria: {} }) { id } }'), 'FORBIDDEN');
  }),
  createTenant: attacksOnA(async (w) => {
    const { b, kA2 } = callers(w);
    for (const caller of [b, kA2]) expectGraphQLCode(await caller('mutation { createTenant(input: { name: "mine" }) { apiKey } }'), 'FORBIDDEN');
  }),
  createUser: attacksOnA(async (w) => {
    const { bAdmin, kA2 } = callers(w);
    const query = 'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }';
    const input = (tenantId: string) => ({ input: { email: 'intruder@example.com', password: 'intruder password', role: 'ADMIN', tenantId } });
    await notFoundAsMissing(bAdmin, query, input, w.a.tenant.id, MISSING_UUID);
    expectGraphQLCode(await kA2(query, input(w.a.tenant.id)), 'FORBIDDEN');
  }),
  deleteBot: attacksOnA(
    async (w) => {
      await notFoundAsMissing(callers(w).b, DELETE_BOT, (id) => ({ id }), w.a.bot1.id, MISSING_UUID);
      expectGraphQLCode(await callers(w).kA2(DELETE_BOT, { id: w.a.bot2.id }), 'FORBIDDEN');
    },
    (w) => ownerStillSees(w, 'bot', [w.a.bot1.id, w.a.bot2.id]),
  ),
  deleteContact: attacksOnA(
    async (w) => {
      await notFoundAsMissing(callers(w).b, DELETE_CONTACT, (id) => ({ id }), w.onA1.contactId, MISSING_NUMERIC_ID);
      expectGraphQLCode(await callers(w).kA2(DELETE_CONTACT, { id: w.spares[0] }), 'FORBIDDEN');
    },
    (w) => ownerStillSees(w, 'contact', [w.onA1.contactId, w.spares[0]]),
  ),
  deleteSegment: attacksOnA(
    async (w) => {
      await notFoundAsMissing(callers(w).b, DELETE_SEGMENT, (id) => ({ id }), w.a.segmentId, MISSING_UUID);
      expectGraphQLCode(await callers(w).kA2(DELETE_SEGMENT, { id: w.a.spareSegmentIds[0] }), 'FORBIDDEN');
    },
    (w) => ownerStillSees(w, 'segment', [w.a.segmentId, w.a.spareSegmentIds[0]]),
  ),
  login: { nothingToIsolate: 'public: trades a user’s email and password for a token of that user’s own tenant; it names no tenant object' },
  markConversationRead: { run: markConversationRead },
  mergeContacts: attacksOnA(
    async (w) => {
      const { b, kA2 } = callers(w);
      await notFoundAsMissing(b, MERGE, (sourceId) => ({ targetId: w.onB1.contactId, sourceId }), w.onA1.contactId, MISSING_NUMERIC_ID);
      await notFoundAsMissing(b, MERGE, (targetId) => ({ targetId, sourceId: w.onB1.contactId }), w.onA1.contactId, MISSING_NUMERIC_ID);
      expectGraphQLCode(await kA2(MERGE, { targetId: w.spares[1], sourceId: w.spares[2] }), 'FORBIDDEN');
    },
    (w) => ownerStillSees(w, 'contact', [w.onA1.contactId, w.spares[1], w.spares[2]]),
  ),
  registerBot: attacksOnA(async (w) => {
    const { b, kA2 } = callers(w);
    const query = 'mutation($token: String!) { registerBot(input: { name: "mine", botToken: $token }) { id } }';
    expectGraphQLCode(await kA2(query, { token: w.fake.addBot().token }), 'FORBIDDEN');
    // One Telegram bot belongs to one tenant: A's bot cannot be registered again, by anyone.
    expectGraphQLCode(await b(query, { token: w.a.bot1.token }), 'CONFLICT');
  }),
  revokeApiKey: attacksOnA(
    async (w) => {
      await notFoundAsMissing(callers(w).b, REVOKE, (id) => ({ id }), w.a.kA1.id, MISSING_UUID);
      expectGraphQLCode(await callers(w).kA2(REVOKE, { id: w.a.kA1.id }), 'FORBIDDEN');
    },
    kA1StillWorks,
  ),
  sendInteractiveMessage: sendAttacks('sendInteractiveMessage', 'SendInteractiveMessageInput', {
    message: { type: 'highlight_reply', text: 'Order number?', reply_markup: { force_reply: true } },
  }),
  sendMessage: sendAttacks('sendMessage', 'SendMessageInput', { text: 'not yours to send' }),
  sendMessages: sendAttacks('sendMessages', 'SendMessageInput', { text: 'not yours to send' }, true),
  updateBot: attacksOnA(
    async (w) => {
      await notFoundAsMissing(callers(w).b, UPDATE_BOT, (id) => ({ id }), w.a.bot1.id, MISSING_UUID);
      expectGraphQLCode(await callers(w).kA2(UPDATE_BOT, { id: w.a.bot2.id }), 'FORBIDDEN');
    },
    (w) => ownerStillSeesNamed(w, 'bot', { [w.a.bot1.id]: 'Support bot', [w.a.bot2.id]: 'A2' }),
  ),
  updateContact: { run: updateContact },
  updateSegment: attacksOnA(
    async (w) => {
      await notFoundAsMissing(callers(w).b, UPDATE_SEGMENT, (id) => ({ id }), w.a.segmentId, MISSING_UUID);
      expectGraphQLCode(await callers(w).kA2(UPDATE_SEGMENT, { id: w.a.spareSegmentIds[1] }), 'FORBIDDEN');
    },
    (w) => ownerStillSeesNamed(w, 'segment', { [w.a.segmentId]: 'a', [w.a.spareSegmentIds[1]]: 'a-spare-2' }),
  ),
  upsertContact: attacksOnA(upsertContactAttacks),
};
