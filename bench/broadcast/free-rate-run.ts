/**
 * Scenario 2: a broadcast of a bot without paid broadcasts while the fake enforces Telegram's
 * limits. It sends for FREE_SECONDS, then is cancelled: the rate reached against the bot's 30/s,
 * and the 429s drawn (there should be none: pacing, not Telegram, sets the rate).
 */
import { TelegramLimits } from '../../libs/bot-api-fake/src';
import { BroadcastWatch, cancelBroadcast, createBroadcast, launchBroadcast } from './broadcast-api';
import { FREE_RATE_PER_SECOND, FREE_SECONDS, log } from './config';
import { RunContext, until } from './run-context';
import { sendsOf } from './sends';
import { BenchBot } from './setup';

export interface FreeRateRun {
  audience: number;
  /** Accepted sends within the measured window, and their rate (first to last of them). */
  okInWindow: number;
  perSecond: number;
  shareOfRate: number;
  /** Over the whole broadcast, the sends after the cancel included. */
  tooMany: number;
  otherErrors: Record<string, number>;
  /** The broadcast's state after the cancel (CANCELLED expected). */
  state: string;
}

export const TELEGRAM_LIMITS: Required<TelegramLimits> = { perBotPerSecond: 30, perPrivateChatPerSecond: 1, perGroupPerMinute: 20 };
/** After the cancel, sends already under way still reach the fake (and could still draw a 429). */
const SETTLE_MS = 2_000;

export async function freeRateRun(context: RunContext, bot: BenchBot): Promise<FreeRateRun> {
  const { app, apiKey, fake } = context;
  const id = await createBroadcast(app.origin, apiKey, bot.id, 'Spring sale (free)');
  const watch = await BroadcastWatch.open(context.databaseUrl);
  fake.enforceTelegramLimits(TELEGRAM_LIMITS);
  try {
    log(`free rate: launching a broadcast to ${bot.chatIds.length.toLocaleString('en-US')} contacts at ${FREE_RATE_PER_SECOND}/s, measured for ${FREE_SECONDS} s…`);
    await launchBroadcast(app.origin, apiKey, id);
    if (!(await until(() => fake.callsTo('sendMessage', bot.token).length > 0, 10_000))) throw new Error('free rate: no send within 10 s of the launch');
    const firstAt = fake.callsTo('sendMessage', bot.token)[0].at;
    await new Promise((resolve) => setTimeout(resolve, firstAt + FREE_SECONDS * 1_000 - Date.now()));
    await cancelBroadcast(app.origin, apiKey, id);
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    const sends = sendsOf(fake, bot.token);
    const inWindow = sends.okTimes.filter((at) => at <= firstAt + FREE_SECONDS * 1_000);
    const spanMs = inWindow.length > 1 ? inWindow[inWindow.length - 1] - inWindow[0] : 0;
    const perSecond = spanMs > 0 ? ((inWindow.length - 1) * 1_000) / spanMs : 0;
    return {
      audience: bot.chatIds.length,
      okInWindow: inWindow.length,
      perSecond,
      shareOfRate: perSecond / FREE_RATE_PER_SECOND,
      tooMany: sends.tooMany,
      otherErrors: sends.otherErrors,
      state: await watch.state(id),
    };
  } finally {
    fake.enforceTelegramLimits(false);
    await watch.close();
  }
}
