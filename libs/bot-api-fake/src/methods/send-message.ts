import { badRequest } from '../bot-api-error';
import { stringParam } from '../params';
import { admitSend } from './chat-guard';
import { MethodHandler, ok } from './context';
import { sendBotMessage } from './message-objects';
import { messageThreadOf } from './message-thread';
import { echoedReplyMarkup } from './reply-markup';
import { visibleLength } from './visible-text';

export const MAX_TEXT_LENGTH = 4096;

/** parse_mode counts toward the length as parsed, but is not applied: the text is echoed as sent, without entities. */
export const sendMessage: MethodHandler = (ctx) => {
  const chat = admitSend(ctx);
  const text = stringParam(ctx.params, 'text') ?? '';
  if (text.trim() === '') throw badRequest('message text is empty');
  if (visibleLength(text, ctx.params) > MAX_TEXT_LENGTH) throw badRequest('message is too long');
  const markup = echoedReplyMarkup(ctx.params);
  return ok(sendBotMessage(ctx.bot, chat, { text }, markup, messageThreadOf(ctx.params)));
};
