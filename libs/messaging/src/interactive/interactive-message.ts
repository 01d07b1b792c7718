import { MessagingError, MessagingErrorCode } from '../messaging.errors';
import { checkForceReply, checkInlineKeyboard, checkRemoveKeyboard, checkReplyKeyboard, MarkupProblem } from './reply-markup-rules';

/** Octopods' interactive types and the markup each carries. */
export const INTERACTIVE_TYPES = ['reply_buttons', 'reply_keyboard', 'remove_reply_keyboard', 'highlight_reply'] as const;
export type InteractiveType = (typeof INTERACTIVE_TYPES)[number];

const MAX_TEXT = 4_096;

export interface InteractiveMessage {
  type: InteractiveType;
  text: string;
  replyMarkup: Record<string, unknown>;
}

function invalid(message: string): MessagingError {
  return new MessagingError(MessagingErrorCode.INVALID_INTERACTIVE_MESSAGE, message);
}

function parsed(raw: unknown): Record<string, unknown> {
  if (typeof raw === 'string') {
    try {
      raw = JSON.parse(raw);
    } catch {
      throw invalid('telegram_interactive_message is not valid JSON');
    }
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw invalid('telegram_interactive_message must be an object (or its JSON text)');
  return raw as Record<string, unknown>;
}

/** Reads `telegram_interactive_message` (an object or stringified JSON) by Octopods' rules and Telegram's limits. */
export function readInteractiveMessage(raw: unknown): InteractiveMessage {
  const message = parsed(raw);
  const extra = Object.keys(message).find((key) => !['type', 'text', 'reply_markup'].includes(key));
  if (extra) throw invalid(`telegram_interactive_message does not allow "${extra}"`);
  const type = message.type;
  if (!INTERACTIVE_TYPES.includes(type as InteractiveType)) {
    throw invalid(
      `You must supply Telegram Interactive Type as one of the valid types ${INTERACTIVE_TYPES.join(', ')}. Provided type: ${typeof type === 'string' ? type : JSON.stringify(type ?? null)}.`,
    );
  }
  if (typeof message.text !== 'string' || message.text.trim() === '') throw invalid('text cannot be empty');
  if (message.text.length > MAX_TEXT) throw invalid(`text must be at most ${MAX_TEXT} characters`);
  const markup = message.reply_markup;
  if (typeof markup !== 'object' || markup === null || Array.isArray(markup)) throw invalid(`reply_markup is required for ${type as string}`);
  const replyMarkup = markup as Record<string, unknown>;
  try {
    switch (type as InteractiveType) {
      case 'reply_buttons':
        checkInlineKeyboard(replyMarkup, ['url', 'switch_inline_query_current_chat']);
        break;
      case 'reply_keyboard':
        checkReplyKeyboard(replyMarkup);
        break;
      case 'remove_reply_keyboard':
        checkRemoveKeyboard(replyMarkup);
        break;
      case 'highlight_reply':
        checkForceReply(replyMarkup);
        break;
    }
  } catch (error) {
    if (error instanceof MarkupProblem) throw invalid(error.message);
    throw error;
  }
  return { type: type as InteractiveType, text: message.text, replyMarkup };
}
