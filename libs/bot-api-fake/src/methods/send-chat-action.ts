import { badRequest } from '../bot-api-error';
import { stringParam } from '../params';
import { namedChat, writableChat } from './chat-guard';
import { MethodHandler, ok } from './context';

const ACTIONS = new Set([
  'typing',
  'upload_photo',
  'record_video',
  'upload_video',
  'record_voice',
  'upload_voice',
  'upload_document',
  'choose_sticker',
  'find_location',
  'record_video_note',
  'upload_video_note',
]);

/** Not counted against the message flood limits: Telegram limits chat actions separately. */
export const sendChatAction: MethodHandler = (ctx) => {
  const { raw, chat } = namedChat(ctx);
  writableChat(raw, chat);
  const action = stringParam(ctx.params, 'action');
  if (action === undefined || !ACTIONS.has(action)) throw badRequest('wrong parameter action in request');
  return ok(true);
};
