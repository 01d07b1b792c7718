import { badRequest } from '../bot-api-error';
import { integerParam, stringParam } from '../params';
import { namedChat, writableChat } from './chat-guard';
import { MethodHandler, ok } from './context';
import { MAX_TEXT_LENGTH } from './send-message';
import { visibleLength } from './visible-text';

/** Telegram's refusal of a draft outside a private chat. */
export const DRAFT_PEER_INVALID = 'TEXTDRAFT_PEER_INVALID';

/**
 * Bot API 9.3 (open to every bot since 9.5): shows a partial answer in a private chat while it is being
 * written. A draft is not a message: nothing is stored, and it is not counted against the message flood
 * limits (Telegram meters drafts apart from sends). The chat is checked before the parameters, as for sends.
 */
export const sendMessageDraft: MethodHandler = (ctx) => {
  const { raw, chat } = namedChat(ctx);
  if (writableChat(raw, chat).type !== 'private') throw badRequest(DRAFT_PEER_INVALID);
  // Telegram reads a missing or non-numeric id as 0.
  if ((integerParam(ctx.params, 'draft_id') ?? 0) === 0) throw badRequest('draft_id must be non-zero');
  const text = stringParam(ctx.params, 'text') ?? '';
  if (text.trim() === '') throw badRequest('message text is empty');
  if (visibleLength(text, ctx.params) > MAX_TEXT_LENGTH) throw badRequest('message is too long');
  return ok(true);
};
