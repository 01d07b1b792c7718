import { badRequest, CANT_INITIATE, chatNotFound, forbidden, migrated, tooManyRequests } from '../bot-api-error';
import { ChatState } from '../chat-state';
import { paidBroadcast } from '../paid-broadcast';
import { stringParam } from '../params';
import { MethodContext } from './context';

/** The chat a call names by `chat_id`, if the bot knows it. */
export function namedChat(ctx: MethodContext): { raw: string | undefined; chat: ChatState | undefined } {
  const raw = stringParam(ctx.params, 'chat_id');
  const chat = raw === undefined || raw === '' ? undefined : ctx.bot.chats.resolve(raw);
  return { raw, chat };
}

/**
 * Checks for any send* call, in Telegram's order as this project specifies it: a malformed
 * allow_paid_broadcast (before anything is counted), limits, then the chat.
 */
export function admitSend(ctx: MethodContext): ChatState {
  const paid = paidBroadcast(ctx.params);
  const { raw, chat } = namedChat(ctx);
  const retryAfter = ctx.limiter.admit({
    token: ctx.bot.info.token,
    chatKey: chat ? String(chat.id) : (raw ?? ''),
    chatType: chat?.type,
    paid,
  });
  if (retryAfter !== undefined) throw tooManyRequests(retryAfter);
  return writableChat(raw, chat);
}

export function writableChat(raw: string | undefined, chat: ChatState | undefined): ChatState {
  if (raw === undefined || raw === '') throw badRequest('chat_id is empty');
  if (!chat) throw chatNotFound();
  if (chat.blocked !== undefined) throw forbidden(chat.blocked);
  if (!chat.started) throw forbidden(CANT_INITIATE);
  if (chat.migratedTo !== undefined) throw migrated(chat.migratedTo);
  return chat;
}
