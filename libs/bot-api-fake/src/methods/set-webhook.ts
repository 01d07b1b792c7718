import { badRequest, conflict, tooManyRequests } from '../bot-api-error';
import { booleanParam, integerParam, stringParam } from '../params';
import { applyAllowedUpdates } from './allowed-updates';
import { MethodHandler, ok } from './context';
import { deleteWebhook } from './delete-webhook';
import { parseWebhookUrl, webhookIpAddress } from './webhook-url';

const DEFAULT_MAX_CONNECTIONS = 40;

/** Follows the official server's process_set_webhook_query, including its order of effects. */
export const setWebhook: MethodHandler = (ctx) => {
  const { bot, params } = ctx;
  const url = stringParam(params, 'url') ?? '';
  if (url === '') return deleteWebhook(ctx);

  const now = Date.now();
  if (now < bot.nextSetWebhookAt) throw tooManyRequests(1);
  bot.nextSetWebhookAt = now + ctx.setWebhookCooldownMs;

  const maxConnections = Math.min(100, Math.max(1, integerParam(params, 'max_connections') ?? DEFAULT_MAX_CONNECTIONS));
  const secretToken = stringParam(params, 'secret_token') ?? '';
  const dropPendingUpdates = booleanParam(params, 'drop_pending_updates');
  const current = bot.webhook;
  if (
    current &&
    current.url === url &&
    current.maxConnections === maxConnections &&
    (current.secretToken ?? '') === secretToken &&
    !dropPendingUpdates
  ) {
    applyAllowedUpdates(bot, params);
    return ok(true, 'Webhook is already set');
  }

  bot.longPoll.terminate(conflict('terminated by setWebhook request'));
  // Telegram closes the old webhook before validating the new one, so a bad URL leaves none set.
  bot.closeWebhook();
  if (dropPendingUpdates) bot.updates.clear();
  const target = parseWebhookUrl(url);
  if (!target) throw badRequest('invalid webhook URL specified');
  if (secretToken.length > 256) throw badRequest('secret token is too long');
  if (!/^[A-Za-z0-9_-]*$/.test(secretToken)) throw badRequest('secret token contains unallowed characters');

  bot.webhook = {
    url,
    target,
    secretToken: secretToken === '' ? undefined : secretToken,
    maxConnections,
    ipAddress: webhookIpAddress(target),
    dropPendingUpdates,
    generation: new AbortController(),
  };
  applyAllowedUpdates(bot, params);
  ctx.deliverer.drain(bot);
  return ok(true, 'Webhook was set');
};
