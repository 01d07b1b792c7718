import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { eventually } from './builders';
import { callers, IsolationCase, IsolationTable } from './isolation-case';
import { Caller, dataOf, expectGraphQLAsMissing, expectGraphQLCode, leavesUnchanged, MISSING_NUMERIC_ID, MISSING_UUID } from './isolation-probes';
import { Correspondent, IsolationWorld } from './isolation-world';

const BROADCAST = 'query($id: ID!) { broadcast(id: $id) { id botId stats { audience } } }';
const BROADCASTS = '{ broadcasts(first: 100) { nodes { id botId } } }';
const CREATE = 'mutation($input: CreateBroadcastInput!) { createBroadcast(input: $input) { id } }';
const LAUNCH = 'mutation($id: ID!) { launchBroadcast(id: $id) { id } }';
const PREVIEW = 'query($botId: ID!, $contactId: ID!) { broadcastPreview(botId: $botId, contactId: $contactId, text: "Hi {{first_name}}") { text reachable } }';
const STATS = 'query($id: ID!) { broadcast(id: $id) { state stats { audience skipped sent } } }';
const BY_ID: Record<string, string> = {
  updateBroadcast: 'mutation($id: ID!) { updateBroadcast(id: $id, input: { name: "taken over" }) { id } }',
  launchBroadcast: LAUNCH,
  pauseBroadcast: 'mutation($id: ID!) { pauseBroadcast(id: $id) { id } }',
  resumeBroadcast: 'mutation($id: ID!) { resumeBroadcast(id: $id) { id } }',
  cancelBroadcast: 'mutation($id: ID!) { cancelBroadcast(id: $id) { id } }',
};

/** A draft on the bot, to the given contacts, made by its tenant's own key. */
export async function aDraftBroadcast(caller: Caller, botId: string, contactIds: string[]): Promise<string> {
  const created = await caller<{ createBroadcast: { id: string } }>(CREATE, { input: { botId, name: 'draft', text: 'hello', audience: { contactIds } } });
  return dataOf(created).createBroadcast.id;
}

/** Another tenant's broadcast, and one of another bot for a channel key, answer exactly as a missing one. */
function byIdAsMissing(mutation: string): IsolationCase {
  return {
    run: (w) =>
      leavesUnchanged(w.app, w.a.tenant.id, async () => {
        const { b, kA2 } = callers(w);
        for (const caller of [b, kA2]) {
          const victim = await expectGraphQLAsMissing((id) => caller(BY_ID[mutation], { id }), w.broadcasts.a1, MISSING_UUID);
          expectGraphQLCode(victim, 'NOT_FOUND');
        }
      }),
  };
}

/** Contacts another caller cannot see, given as recipients of its own broadcast, are skipped and never sent to. */
async function othersContactsNeverReached(w: IsolationWorld, caller: Caller, botId: string, token: string): Promise<void> {
  const id = await aDraftBroadcast(caller, botId, [w.onA1.contactId]);
  dataOf(await caller(LAUNCH, { id }));
  const done = await eventually(
    async () => dataOf(await caller<{ broadcast: { state: string; stats: Record<string, number> } }>(STATS, { id })).broadcast,
    (broadcast) => broadcast.state === 'COMPLETED',
  );
  expect(done.stats).toEqual({ audience: 1, skipped: 1, sent: 0 });
  expect(w.fake.callsTo('sendMessage', token).filter((call) => String(call.params.chat_id) === String(w.onA1.person.id))).toEqual([]);
}

async function createBroadcast(w: IsolationWorld): Promise<void> {
  const { b, kA2 } = callers(w);
  await leavesUnchanged(w.app, w.a.tenant.id, async () => {
    for (const caller of [b, kA2]) {
      const onA1 = (botId: string) => ({ input: { botId, name: 'aimed at A1', text: 'hi', audience: { allContacts: true } } });
      expectGraphQLCode(await expectGraphQLAsMissing((botId) => caller(CREATE, onA1(botId)), w.a.bot1.id, MISSING_UUID), 'NOT_FOUND');
    }
    const withSegment = (segmentId: string) => ({ input: { botId: w.b.bot1.id, name: 'A’s segment', text: 'hi', audience: { segmentId } } });
    expectGraphQLCode(await expectGraphQLAsMissing((segmentId) => b(CREATE, withSegment(segmentId)), w.a.segmentId, MISSING_UUID), 'NOT_FOUND');
  });
  await othersContactsNeverReached(w, b, w.b.bot1.id, w.b.bot1.token);
  await othersContactsNeverReached(w, kA2, w.a.bot2.id, w.a.bot2.token);
}

async function broadcast(w: IsolationWorld): Promise<void> {
  const { b, kA2 } = callers(w);
  for (const caller of [b, kA2]) {
    const victim = await expectGraphQLAsMissing((id) => caller(BROADCAST, { id }), w.broadcasts.a1, MISSING_UUID);
    expect(victim.data).toEqual({ broadcast: null });
  }
  expect(dataOf(await kA2(BROADCAST, { id: w.broadcasts.a2 }))).toEqual({ broadcast: { id: w.broadcasts.a2, botId: w.a.bot2.id, stats: { audience: 0 } } });
}

async function broadcasts(w: IsolationWorld): Promise<void> {
  const { b, kA2 } = callers(w);
  const listed = async (caller: Caller) => dataOf(await caller<{ broadcasts: { nodes: Array<{ id: string; botId: string }> } }>(BROADCASTS)).broadcasts.nodes;
  expect((await listed(b)).map((node) => node.id)).not.toEqual(expect.arrayContaining([w.broadcasts.a1]));
  expect((await listed(b)).map((node) => node.id)).not.toEqual(expect.arrayContaining([w.broadcasts.a2]));
  const ofKA2 = await listed(kA2);
  expect(ofKA2.map((node) => node.id)).toContain(w.broadcasts.a2);
  expect(new Set(ofKA2.map((node) => node.botId))).toEqual(new Set([w.a.bot2.id]));
}

/** Subscribed to A1's broadcast, the owner hears of it at once; tenant B and kA2 hear nothing. */
async function broadcastProgress(w: IsolationWorld): Promise<void> {
  const heard = (token: string) => {
    const client = createClient({ url: `${w.app.url.replace('http', 'ws')}/graphql`, webSocketImpl: WebSocket, connectionParams: { Authorization: `Bearer ${token}` } });
    const received: unknown[] = [];
    client.subscribe(
      { query: 'subscription($id: ID!) { broadcastProgress(id: $id) { broadcastId state } }', variables: { id: w.broadcasts.a1 } },
      { next: (value) => received.push(value.data), error: () => undefined, complete: () => undefined },
    );
    return { received, close: () => client.dispose() as Promise<void> };
  };
  const [owner, b, kA2] = [heard(w.a.tenant.apiKey), heard(w.b.tenant.apiKey), heard(w.a.kA2.key)];
  try {
    await eventually(async () => owner.received.length, (count) => count > 0, 5_000);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(owner.received[0]).toEqual({ broadcastProgress: { broadcastId: w.broadcasts.a1, state: 'DRAFT' } });
    expect({ b: b.received, kA2: kA2.received }).toEqual({ b: [], kA2: [] });
  } finally {
    await Promise.all([owner, b, kA2].map((listener) => listener.close()));
  }
}

/** Another tenant's contact or bot, and for a channel key a contact or bot of another bot, preview as missing ones: no name leaks. */
async function broadcastPreview(w: IsolationWorld): Promise<void> {
  const { owner, b, kA2 } = callers(w);
  const attempts: Array<[Caller, string, Correspondent]> = [
    [b, w.b.bot1.id, w.onA1],
    [kA2, w.a.bot2.id, w.onA1],
  ];
  for (const [caller, botId, victim] of attempts) {
    const asked = await expectGraphQLAsMissing((contactId) => caller(PREVIEW, { botId, contactId }), victim.contactId, MISSING_NUMERIC_ID);
    expectGraphQLCode(asked, 'NOT_FOUND');
  }
  for (const [caller, contactId] of [[b, w.onB1.contactId], [kA2, w.onA2.contactId]] as const) {
    expectGraphQLCode(await expectGraphQLAsMissing((botId) => caller(PREVIEW, { botId, contactId }), w.a.bot1.id, MISSING_UUID), 'NOT_FOUND');
  }
  expect(dataOf(await owner(PREVIEW, { botId: w.a.bot1.id, contactId: w.onA1.contactId }))).toEqual({ broadcastPreview: { text: `Hi ${w.onA1.person.first_name}`, reachable: true } });
  expect(dataOf(await kA2(PREVIEW, { botId: w.a.bot2.id, contactId: w.onA2.contactId }))).toEqual({ broadcastPreview: { text: `Hi ${w.onA2.person.first_name}`, reachable: true } });
}

export const BROADCAST_CASES: IsolationTable = {
  broadcast: { run: broadcast },
  broadcasts: { run: broadcasts },
  broadcastProgress: { run: broadcastProgress },
  broadcastPreview: { run: broadcastPreview },
  createBroadcast: { run: createBroadcast },
  ...Object.fromEntries(Object.keys(BY_ID).map((mutation) => [mutation, byIdAsMissing(mutation)])),
};
