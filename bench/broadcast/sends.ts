/** What the Bot API fake recorded of one bot's broadcast: the receiving side's view, the only one that counts. */
import { BotApiFake, RecordedCall } from '../../libs/bot-api-fake/src';

export interface Sends {
  /** sendMessage calls, any answer. */
  calls: number;
  /** Accepted (200) sends. */
  ok: number;
  tooMany: number;
  /** Other non-200 answers by status. */
  otherErrors: Record<string, number>;
  /** Calls that did not carry allow_paid_broadcast=true. */
  unpaid: number;
  /** Epoch ms of every accepted send, in order. */
  okTimes: number[];
  /** Accepted sends per chat id. */
  perChat: Map<number, number>;
}

export function sendsOf(fake: BotApiFake, token: string, since = 0): Sends {
  const calls: RecordedCall[] = fake.callsTo('sendMessage', token).filter((call) => call.at >= since);
  const okCalls = calls.filter((call) => call.status === 200);
  const otherErrors: Record<string, number> = {};
  for (const call of calls) {
    if (call.status !== 200 && call.status !== 429) otherErrors[call.status] = (otherErrors[call.status] ?? 0) + 1;
  }
  const perChat = new Map<number, number>();
  for (const call of okCalls) {
    const chatId = Number(call.params.chat_id);
    perChat.set(chatId, (perChat.get(chatId) ?? 0) + 1);
  }
  return {
    calls: calls.length,
    ok: okCalls.length,
    tooMany: calls.filter((call) => call.status === 429).length,
    otherErrors,
    unpaid: calls.filter((call) => !call.paidBroadcast).length,
    okTimes: okCalls.map((call) => call.at).sort((a, b) => a - b),
    perChat,
  };
}

/** n sends span n-1 intervals. */
function rateBetween(times: number[], from: number, to: number): number {
  const spanMs = times[to] - times[from];
  return spanMs > 0 ? ((to - from) * 1_000) / spanMs : 0;
}

export interface Pace {
  /** First to last accepted send. */
  overallPerSecond: number;
  /** Between the 5th and the 95th percentile of the sends: without the ramp-up and the tail. */
  steadyPerSecond: number;
  steadySeconds: number;
  /** Fewest and most sends in one whole second of the steady part. */
  slowestSecond: number;
  fastestSecond: number;
  /** Sends per second, averaged over each 5 s from the first send: where the rate dips. */
  timeline: number[];
}

const STEADY_FROM = 0.05;
const STEADY_TO = 0.95;
const TIMELINE_STEP_MS = 5_000;

export function paceOf(times: number[]): Pace {
  if (times.length < 2) return { overallPerSecond: 0, steadyPerSecond: 0, steadySeconds: 0, slowestSecond: 0, fastestSecond: 0, timeline: [] };
  const from = Math.floor((times.length - 1) * STEADY_FROM);
  const to = Math.ceil((times.length - 1) * STEADY_TO);
  const perSecond = new Map<number, number>();
  for (let i = from; i <= to; i++) {
    const second = Math.floor((times[i] - times[from]) / 1_000);
    perSecond.set(second, (perSecond.get(second) ?? 0) + 1);
  }
  // The last second is cut short by the window's end: only whole seconds count.
  const wholeSeconds = Math.floor((times[to] - times[from]) / 1_000);
  const counts = Array.from({ length: wholeSeconds }, (_, second) => perSecond.get(second) ?? 0);
  const timeline: number[] = [];
  for (const at of times) {
    const step = Math.floor((at - times[0]) / TIMELINE_STEP_MS);
    timeline[step] = (timeline[step] ?? 0) + 1;
  }
  return {
    overallPerSecond: rateBetween(times, 0, times.length - 1),
    steadyPerSecond: rateBetween(times, from, to),
    steadySeconds: (times[to] - times[from]) / 1_000,
    slowestSecond: counts.length > 0 ? Math.min(...counts) : 0,
    fastestSecond: counts.length > 0 ? Math.max(...counts) : 0,
    timeline: Array.from(timeline, (count) => ((count ?? 0) * 1_000) / TIMELINE_STEP_MS),
  };
}

export interface Coverage {
  /** Audience chats never sent to. */
  lost: number;
  /** Chats sent to more than once, and the extra sends. */
  duplicated: number;
  extraSends: number;
  /** Chats sent to that are not in the audience. */
  strangers: number;
}

export function coverageOf(sends: Sends, audience: number[]): Coverage {
  const expected = new Set(audience);
  let duplicated = 0;
  let extraSends = 0;
  let strangers = 0;
  for (const [chatId, count] of sends.perChat) {
    if (!expected.has(chatId)) strangers += 1;
    if (count > 1) {
      duplicated += 1;
      extraSends += count - 1;
    }
  }
  return { lost: audience.filter((chatId) => !sends.perChat.has(chatId)).length, duplicated, extraSends, strangers };
}
