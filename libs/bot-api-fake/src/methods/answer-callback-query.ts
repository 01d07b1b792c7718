import { BotApiError, QUERY_ID_INVALID } from '../bot-api-error';
import { stringParam } from '../params';
import { MethodHandler, ok } from './context';

/** Only a callback query delivered to this bot can be answered, and only once. */
export const answerCallbackQuery: MethodHandler = ({ bot, params }) => {
  const id = stringParam(params, 'callback_query_id');
  if (id === undefined || !bot.openCallbackQueries.delete(id)) throw new BotApiError(400, QUERY_ID_INVALID);
  return ok(true);
};
