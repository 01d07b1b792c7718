import { callers, IsolationTable } from './isolation-case';
import { Caller, dataOf } from './isolation-probes';
import { IsolationWorld } from './isolation-world';
import { sendMessage, settled } from './messaging';

const FAILURES = 'query($botId: ID) { recentFailures(first: 100, botId: $botId) { nodes { id botId errorDescription } } }';
const BOTS_TODAY = '{ bots(first: 100) { nodes { id sendsToday { sent failed } dailyLimitUsed } } }';

/** A failed send of A1 today: Telegram refuses the next message to onA1. */
async function failureOnA1(w: IsolationWorld): Promise<string> {
  w.fake.inject({ method: 'sendMessage', token: w.a.bot1.token, chatId: w.onA1.person.id, fault: { kind: 'chat-not-found' } });
  const message = await sendMessage(w.app, w.a.tenant.apiKey, { botId: w.a.bot1.id, contactId: w.onA1.contactId, text: 'Will fail' });
  expect((await settled(w.app, w.a.tenant.apiKey, message.id)).status).toBe('FAILED');
  return message.id;
}

async function failureIds(caller: Caller, botId?: string): Promise<string[]> {
  return dataOf(await caller<{ recentFailures: { nodes: Array<{ id: string }> } }>(FAILURES, { botId })).recentFailures.nodes.map((node) => node.id);
}

/** A's failure is listed for A (and A1's channel key) only; B and A2's key see none of it, asked for A1 or for all. */
async function recentFailures(w: IsolationWorld): Promise<void> {
  const failed = await failureOnA1(w);
  const { owner, b, kA1, kA2 } = callers(w);
  expect(await failureIds(owner, w.a.bot1.id)).toContain(failed);
  expect(await failureIds(kA1)).toContain(failed);
  for (const caller of [b, kA2]) {
    expect(await failureIds(caller)).not.toContain(failed);
    expect(await failureIds(caller, w.a.bot1.id)).toEqual([]);
  }
  // Today's figures of A's bots are on A's bots only, which B does not list.
  type Today = { bots: { nodes: Array<{ id: string; sendsToday: { sent: number; failed: number }; dailyLimitUsed: number }> } };
  const ofB = dataOf(await b<Today>(BOTS_TODAY)).bots.nodes;
  expect(ofB.map((bot) => bot.id)).toEqual([w.b.bot1.id]);
  expect(ofB[0].sendsToday.failed).toBe(0);
  const ofA = dataOf(await owner<Today>(BOTS_TODAY)).bots.nodes.find((bot) => bot.id === w.a.bot1.id)!;
  expect(ofA.sendsToday.failed).toBeGreaterThanOrEqual(1);
}

export const SENDS_TODAY_CASES: IsolationTable = { recentFailures: { run: recentFailures } };
