/** What the Bot API fake saw of one bot's sends: the other side's view of the pacing. */
import { BotApiFake } from '../../libs/bot-api-fake/src';

export interface SendCalls {
  calls: number;
  ok: number;
  tooMany: number;
  /** Other non-200 answers by status. */
  otherErrors: Record<string, number>;
  /** Epoch ms of the first and last accepted sendMessage. */
  firstOkAt: number | null;
  lastOkAt: number | null;
  /** Accepted sends per second between the first and the last accepted one: the steady rate, without queueing's ramp-up. */
  okPerSecond: number;
  /** Most calls (any answer) that arrived within one second: what Telegram's per-bot limit counts. */
  peakPerSecond: number;
}

function peakInWindow(times: number[], windowMs: number): number {
  let peak = 0;
  for (let start = 0, end = 0; end < times.length; end++) {
    while (times[end] - times[start] >= windowMs) start++;
    peak = Math.max(peak, end - start + 1);
  }
  return peak;
}

export function sendCallsOf(fake: BotApiFake, token: string): SendCalls {
  const calls = fake.callsTo('sendMessage', token);
  const okTimes = calls.filter((call) => call.status === 200).map((call) => call.at);
  const otherErrors: Record<string, number> = {};
  for (const call of calls) {
    if (call.status !== 200 && call.status !== 429) otherErrors[call.status] = (otherErrors[call.status] ?? 0) + 1;
  }
  const firstOkAt = okTimes.length > 0 ? Math.min(...okTimes) : null;
  const lastOkAt = okTimes.length > 0 ? Math.max(...okTimes) : null;
  const spanMs = firstOkAt !== null && lastOkAt !== null ? lastOkAt - firstOkAt : 0;
  return {
    calls: calls.length,
    ok: okTimes.length,
    tooMany: calls.filter((call) => call.status === 429).length,
    otherErrors,
    firstOkAt,
    lastOkAt,
    // n sends span n-1 intervals.
    okPerSecond: spanMs > 0 ? ((okTimes.length - 1) * 1000) / spanMs : 0,
    peakPerSecond: peakInWindow(calls.map((call) => call.at).sort((a, b) => a - b), 1_000),
  };
}

/** Several bots' calls as one: counts add up, the span runs from the earliest first to the latest last. */
export function combine(all: SendCalls[]): SendCalls {
  const otherErrors: Record<string, number> = {};
  for (const one of all) for (const [status, n] of Object.entries(one.otherErrors)) otherErrors[status] = (otherErrors[status] ?? 0) + n;
  const firsts = all.map((one) => one.firstOkAt).filter((at): at is number => at !== null);
  const lasts = all.map((one) => one.lastOkAt).filter((at): at is number => at !== null);
  const ok = all.reduce((sum, one) => sum + one.ok, 0);
  const firstOkAt = firsts.length > 0 ? Math.min(...firsts) : null;
  const lastOkAt = lasts.length > 0 ? Math.max(...lasts) : null;
  const spanMs = firstOkAt !== null && lastOkAt !== null ? lastOkAt - firstOkAt : 0;
  return {
    calls: all.reduce((sum, one) => sum + one.calls, 0),
    ok,
    tooMany: all.reduce((sum, one) => sum + one.tooMany, 0),
    otherErrors,
    firstOkAt,
    lastOkAt,
    okPerSecond: spanMs > 0 ? ((ok - 1) * 1000) / spanMs : 0,
    peakPerSecond: Math.max(0, ...all.map((one) => one.peakPerSecond)),
  };
}
