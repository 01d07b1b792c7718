import { badRequest } from '../bot-api-error';
import { stringParam } from '../params';
import { admitSend } from './chat-guard';
import { MethodHandler, ok } from './context';
import { sendBotMessage } from './message-objects';
import { messageThreadOf } from './message-thread';
import { photoSizes } from './photo-sizes';
import { echoedReplyMarkup } from './reply-markup';
import { visibleLength } from './visible-text';

const MAX_CAPTION_LENGTH = 1024;

/** Same admission as sendMessage (limits, chat, paid broadcast); the caption is echoed as sent, like a text. */
export const sendPhoto: MethodHandler = (ctx) => {
  const chat = admitSend(ctx);
  const photo = photoSizes(ctx.params);
  const caption = stringParam(ctx.params, 'caption') ?? '';
  if (visibleLength(caption, ctx.params) > MAX_CAPTION_LENGTH) throw badRequest('message caption is too long');
  const markup = echoedReplyMarkup(ctx.params);
  const content = { photo, ...(caption !== '' ? { caption } : {}) };
  return ok(sendBotMessage(ctx.bot, chat, content, markup, messageThreadOf(ctx.params)));
};
