import { BroadcastApi, followProgress } from './broadcasts';
import { callers, IsolationTable } from './isolation-case';
import { Caller, dataOf, expectGraphQLAsMissing, expectGraphQLCode, leavesUnchanged, MISSING_UUID } from './isolation-probes';
import { IsolationWorld } from './isolation-world';

/** A's broadcasts, drafted once per world by the owner: one on A1 (the victim) and one on A2 (kA2's own). */
const drafted = new WeakMap<IsolationWorld, Promise<{ onA1: string; onA2: string }>>();

function broadcastsOfA(w: IsolationWorld): Promise<{ onA1: string; onA2: string }> {
  if (!drafted.has(w)) {
    const owner = new BroadcastApi(w.app, w.a.tenant.apiKey);
    const draft = (botId: string, name: string) => owner.create({ botId, name, text: `news of ${name}`, audience: { allContacts: true } }).then((b) => b.id);
    drafted.set(w, Promise.all([draft(w.a.bot1.id, 'A1'), draft(w.a.bot2.id, 'A2')]).then(([onA1, onA2]) => ({ onA1, onA2 })));
  }
  return drafted.get(w)!;
}

async function notFoundAsMissing(caller: Caller, query: string, variables: (id: string) => Record<string, unknown>, victimId: string, missingId: string) {
  expectGraphQLCode(await expectGraphQLAsMissing((id) => caller(query, variables(id)), victimId, missingId), 'NOT_FOUND');
}

/** A mutation of A1's broadcast by B or by A2's channel key answers as for a missing one and changes no row of A. */
function mutationOfA1(query: string, variables: (id: string) => Record<string, unknown> = (id) => ({ id })) {
  return {
    run: async (w: IsolationWorld) => {
      const { onA1 } = await broadcastsOfA(w);
      const { owner, b, kA2 } = callers(w);
      await leavesUnchanged(w.app, w.a.tenant.id, async () => {
        await notFoundAsMissing(b, query, variables, onA1, MISSING_UUID);
        await notFoundAsMissing(kA2, query, variables, onA1, MISSING_UUID);
      });
      expect(dataOf(await owner('query($id: ID!) { broadcast(id: $id) { state text } }', { id: onA1 }))).toEqual({ broadcast: { state: 'DRAFT', text: 'news of A1' } });
    },
  };
}

const BROADCAST = 'query($id: ID!) { broadcast(id: $id) { id botId stats { audience } } }';
const BROADCASTS = 'query($botId: ID) { broadcasts(first: 100, botId: $botId) { nodes { id botId } } }';
const CREATE = 'mutation($input: CreateBroadcastInput!) { createBroadcast(input: $input) { id } }';

async function broadcast(w: IsolationWorld): Promise<void> {
  const { onA1, onA2 } = await broadcastsOfA(w);
  const { b, kA2 } = callers(w);
  for (const caller of [b, kA2]) {
    const victim = await expectGraphQLAsMissing((id) => caller(BROADCAST, { id }), onA1, MISSING_UUID);
    expect(victim.data).toEqual({ broadcast: null });
  }
  expect(dataOf(await kA2<{ broadcast: { id: string } }>(BROADCAST, { id: onA2 })).broadcast.id).toBe(onA2);
}

async function broadcasts(w: IsolationWorld): Promise<void> {
  const { onA1, onA2 } = await broadcastsOfA(w);
  const { b, kA2 } = callers(w);
  type Listed = { broadcasts: { nodes: Array<{ id: string; botId: string }> } };
  const ids = async (caller: Caller, botId?: string) => dataOf(await caller<Listed>(BROADCASTS, { botId })).broadcasts.nodes;
  expect((await ids(b)).map((node) => node.id)).not.toEqual(expect.arrayContaining([onA1]));
  expect((await ids(b)).map((node) => node.id)).not.toEqual(expect.arrayContaining([onA2]));
  expect(await ids(b, w.a.bot1.id)).toEqual([]);
  const seenByKA2 = await ids(kA2);
  expect(seenByKA2.map((node) => node.id)).toContain(onA2);
  expect(new Set(seenByKA2.map((node) => node.botId))).toEqual(new Set([w.a.bot2.id]));
  expect(await ids(kA2, w.a.bot1.id)).toEqual([]);
}

async function createBroadcast(w: IsolationWorld): Promise<void> {
  const { b, kA2 } = callers(w);
  const input = (overrides: Record<string, unknown>) => ({ input: { name: 'intrusion', text: 'not yours', audience: { allContacts: true }, ...overrides } });
  await leavesUnchanged(w.app, w.a.tenant.id, async () => {
    await notFoundAsMissing(b, CREATE, (botId) => input({ botId }), w.a.bot1.id, MISSING_UUID);
    await notFoundAsMissing(kA2, CREATE, (botId) => input({ botId }), w.a.bot1.id, MISSING_UUID);
    await notFoundAsMissing(b, CREATE, (segmentId) => input({ botId: w.b.bot1.id, audience: { segmentId } }), w.a.segmentId, MISSING_UUID);
    await notFoundAsMissing(b, CREATE, (jobId) => input({ botId: w.b.bot1.id, audience: { jobId } }), w.a.jobId, 'job_nobody_has');
  });
  // B may name A's contacts in its own broadcast: they are nobody to B, skipped, never sent to.
  const theirs = new BroadcastApi(w.app, w.b.tenant.apiKey);
  const done = await theirs.sendAndFinish({ botId: w.b.bot1.id, name: 'aimed at A', text: 'for A’s contact', audience: { contactIds: [w.onA1.contactId] } });
  expect(done).toMatchObject({ state: 'COMPLETED', stats: { audience: 1, skipped: 1, sent: 0 } });
  expect(w.fake.calls.filter((call) => call.params.text === 'for A’s contact')).toEqual([]);
}

/** broadcastProgress pushes the owner its broadcast, and B or kA2 nothing at all (the stream just ends). */
async function broadcastProgress(w: IsolationWorld): Promise<void> {
  const { onA1 } = await broadcastsOfA(w);
  const owner = followProgress(w.app, w.a.tenant.apiKey, onA1);
  const others = [followProgress(w.app, w.b.tenant.apiKey, onA1), followProgress(w.app, w.a.kA2.key, onA1)];
  try {
    await Promise.all(others.map((other) => other.completed));
    const deadline = Date.now() + 5_000;
    while (owner.updates.length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(owner.updates.map((entry) => entry.update)).toEqual([expect.objectContaining({ broadcastId: onA1, state: 'DRAFT' })]);
    expect(others.map((other) => other.updates)).toEqual([[], []]);
  } finally {
    await Promise.all([owner, ...others].map((listener) => listener.close()));
  }
}

export const BROADCAST_CASES: IsolationTable = {
  broadcast: { run: broadcast },
  broadcasts: { run: broadcasts },
  broadcastProgress: { run: broadcastProgress },
  createBroadcast: { run: createBroadcast },
  updateBroadcast: mutationOfA1('mutation($id: ID!) { updateBroadcast(id: $id, input: { text: "taken over" }) { id } }'),
  launchBroadcast: mutationOfA1('mutation($id: ID!) { launchBroadcast(id: $id) { id } }'),
  pauseBroadcast: mutationOfA1('mutation($id: ID!) { pauseBroadcast(id: $id) { id } }'),
  resumeBroadcast: mutationOfA1('mutation($id: ID!) { resumeBroadcast(id: $id) { id } }'),
  cancelBroadcast: mutationOfA1('mutation($id: ID!) { cancelBroadcast(id: $id) { id } }'),
};
