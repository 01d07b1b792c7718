import { jest } from '@jest/globals';
import { Telegram, TelegramError } from 'telegraf';
import { BotApiFake } from '../bot-api-fake';
import { BotApiFakeOptions, FakeBotInfo } from '../types';

export interface FakeFixture {
  fake: BotApiFake;
  bot: FakeBotInfo;
  telegram: Telegram;
}

/** A started fake with one bot and a telegraf client for it; setWebhook's 1 s cooldown off unless asked. */
export async function startFake(options: BotApiFakeOptions = {}): Promise<FakeFixture> {
  const fake = new BotApiFake({ setWebhookCooldownMs: 0, ...options });
  await fake.start();
  const bot = fake.addBot();
  return { fake, bot, telegram: new Telegram(bot.token, { apiRoot: fake.apiRoot }) };
}

/** A call over plain HTTP, to see what telegraf hides (HTTP status, `description` next to `result`). */
export async function rawCall(
  fake: BotApiFake,
  token: string,
  method: string,
  params: Record<string, unknown> = {},
): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${fake.apiRoot}/bot${token}/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(params),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/** The TelegramError a call fails with; fails the test if it succeeds or fails otherwise. */
export async function telegramError(call: Promise<unknown>): Promise<TelegramError> {
  try {
    await call;
  } catch (error) {
    if (error instanceof TelegramError) return error;
    throw error;
  }
  throw new Error('expected the call to fail with a TelegramError');
}

/**
 * callApi with a payload telegraf's types would refuse (missing or malformed fields), which is what the
 * error tests need to send.
 */
export function looseCall(telegram: Telegram, method: string, payload: Record<string, unknown>): Promise<unknown> {
  // The cast only widens the method name and payload types; the call itself is unchanged.
  const call = telegram.callApi.bind(telegram) as (m: string, p: Record<string, unknown>) => Promise<unknown>;
  return call(method, payload);
}

type CallApiSignal = NonNullable<Parameters<Telegram['callApi']>[2]>['signal'];

/**
 * A native timeout signal for telegraf's callApi. telegraf types `signal` with the abort-controller
 * polyfill, but node-fetch underneath takes the native one, so only the type is converted.
 */
export function timeoutSignal(ms: number): CallApiSignal {
  return AbortSignal.timeout(ms) as unknown as CallApiSignal;
}

/**
 * Freezes Date.now (undone by jest.useRealTimers), so sends count as one instant however slow the machine;
 * timers and I/O stay real, or HTTP calls would never complete.
 */
export function freezeDate(): void {
  jest.useFakeTimers({
    doNotFake: [
      'hrtime',
      'nextTick',
      'performance',
      'queueMicrotask',
      'setImmediate',
      'clearImmediate',
      'setInterval',
      'clearInterval',
      'setTimeout',
      'clearTimeout',
    ],
  });
}
