import { conflict } from '../bot-api-error';
import { integerParam, secondsParam } from '../params';
import { applyAllowedUpdates } from './allowed-updates';
import { MethodHandler, ok } from './context';

const MAX_TIMEOUT_SECONDS = 50;

export const getUpdates: MethodHandler = async (ctx) => {
  const { bot, params } = ctx;
  if (bot.webhook) {
    throw conflict("can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first");
  }
  const offset = integerParam(params, 'offset') ?? 0;
  const limit = Math.min(100, Math.max(1, integerParam(params, 'limit') ?? 100));
  const timeout = Math.min(MAX_TIMEOUT_SECONDS, Math.max(0, secondsParam(params, 'timeout') ?? 0));
  applyAllowedUpdates(bot, params);

  if (offset < 0) bot.updates.keepLast(-offset);
  else if (offset > 0) bot.updates.confirmBelow(offset);

  let batch = bot.updates.first(limit);
  if (batch.length === 0 && timeout > 0) {
    const end = await bot.longPoll.wait(timeout * 1000, ctx.signal);
    if (end === 'woken') batch = bot.updates.first(limit);
  }
  return ok(batch.map((entry) => entry.update));
};
