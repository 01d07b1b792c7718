import { badRequest, BotApiError, chatNotFound, NOT_MODIFIED } from '../bot-api-error';
import { jsonEqual } from '../json';
import { integerParam } from '../params';
import { namedChat } from './chat-guard';
import { MethodHandler, ok } from './context';
import { withReplyMarkup } from './message-objects';
import { echoedReplyMarkup } from './reply-markup';

export const editMessageReplyMarkup: MethodHandler = (ctx) => {
  const { raw, chat } = namedChat(ctx);
  if (raw === undefined || raw === '') throw badRequest('chat_id is empty');
  if (!chat) throw chatNotFound();
  const messageId = integerParam(ctx.params, 'message_id');
  const stored = messageId === undefined ? undefined : chat.message(messageId);
  if (!stored) throw badRequest('message to edit not found');
  if (!stored.fromBot) throw badRequest("message can't be edited");
  const markup = echoedReplyMarkup(ctx.params);
  if (jsonEqual(stored.message.reply_markup, markup)) throw new BotApiError(400, NOT_MODIFIED);
  const edited = withReplyMarkup(stored.message, markup);
  chat.store(edited, true);
  return ok(edited);
};
