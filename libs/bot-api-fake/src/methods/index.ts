import { answerCallbackQuery } from './answer-callback-query';
import { MethodHandler } from './context';
import { deleteWebhook } from './delete-webhook';
import { editMessageReplyMarkup } from './edit-message-reply-markup';
import { getMe } from './get-me';
import { getUpdates } from './get-updates';
import { getWebhookInfo } from './get-webhook-info';
import { sendChatAction } from './send-chat-action';
import { sendMessage } from './send-message';
import { sendMessageDraft } from './send-message-draft';
import { sendPhoto } from './send-photo';
import { setWebhook } from './set-webhook';

export type { MethodContext, MethodHandler, Success } from './context';

/** The Bot API methods the fake answers; any other answers 404 Not Found, like an unknown method on Telegram. */
const HANDLERS: Record<string, MethodHandler> = {
  getMe,
  setWebhook,
  deleteWebhook,
  getWebhookInfo,
  getUpdates,
  sendMessage,
  sendMessageDraft,
  sendPhoto,
  sendChatAction,
  answerCallbackQuery,
  editMessageReplyMarkup,
};

/** Telegram matches method names case-insensitively. */
const BY_LOWER_NAME = new Map(Object.entries(HANDLERS).map(([name, handler]) => [name.toLowerCase(), { name, handler }]));

export function findMethod(name: string): { name: string; handler: MethodHandler } | undefined {
  return BY_LOWER_NAME.get(name.toLowerCase());
}
