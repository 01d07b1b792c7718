import { JsonObject } from '../json';
import { MethodHandler, ok } from './context';

/** Fields and their order as the official server's JsonWebhookInfo writes them. */
export const getWebhookInfo: MethodHandler = ({ bot }) => {
  const { webhook, lastWebhookError, allowedUpdates } = bot;
  const info: JsonObject = {
    url: webhook?.url ?? '',
    has_custom_certificate: false,
    pending_update_count: bot.updates.size,
  };
  if (lastWebhookError) {
    info.last_error_date = lastWebhookError.date;
    info.last_error_message = lastWebhookError.message;
  }
  if (webhook) {
    info.max_connections = webhook.maxConnections;
    info.ip_address = webhook.ipAddress;
  }
  if (allowedUpdates) info.allowed_updates = allowedUpdates;
  return ok(info);
};
