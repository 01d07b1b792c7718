import { booleanParam } from '../params';
import { MethodHandler, ok } from './context';

/** Also what setWebhook does with an empty URL. */
export const deleteWebhook: MethodHandler = ({ bot, params }) => {
  const hadWebhook = bot.closeWebhook();
  if (booleanParam(params, 'drop_pending_updates')) bot.updates.clear();
  return ok(true, hadWebhook ? 'Webhook was deleted' : 'Webhook is already deleted');
};
