import { MessagingError, MessagingErrorCode } from '../messaging.errors';

/** Telegram's limits on keyboards. */
const MAX_BUTTONS_PER_ROW = 8;
const MAX_BUTTONS = 100;
const MAX_BUTTON_TEXT = 64;
const MAX_PLACEHOLDER = 64;
const MAX_INLINE_QUERY = 256;
const MAX_CALLBACK_DATA = 1_024;

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

export class MarkupProblem extends Error {}

function rowsOf(markup: Json, key: string): Json[][] {
  const rows = markup[key];
  if (!Array.isArray(rows) || rows.length === 0) throw new MarkupProblem(`reply_markup.${key} must be a non-empty array of rows`);
  let count = 0;
  return rows.map((row, r) => {
    if (!Array.isArray(row) || row.length === 0 || row.length > MAX_BUTTONS_PER_ROW) {
      throw new MarkupProblem(`reply_markup.${key}[${r}] must be a row of 1 to ${MAX_BUTTONS_PER_ROW} buttons`);
    }
    count += row.length;
    if (count > MAX_BUTTONS) throw new MarkupProblem(`reply_markup.${key} has more than ${MAX_BUTTONS} buttons`);
    return row.map((button, b) => {
      const where = `reply_markup.${key}[${r}][${b}]`;
      if (!isObject(button)) throw new MarkupProblem(`${where} must be a button object`);
      if (typeof button.text !== 'string' || button.text.trim() === '' || button.text.length > MAX_BUTTON_TEXT) {
        throw new MarkupProblem(`${where}.text must be 1 to ${MAX_BUTTON_TEXT} characters`);
      }
      return button;
    });
  });
}

function placeholder(markup: Json): void {
  const value = markup.input_field_placeholder;
  if (value !== undefined && (typeof value !== 'string' || value.length < 1 || value.length > MAX_PLACEHOLDER)) {
    throw new MarkupProblem(`reply_markup.input_field_placeholder must be 1 to ${MAX_PLACEHOLDER} characters`);
  }
}

function onlyKeys(object: Json, allowed: string[], where: string): void {
  const extra = Object.keys(object).find((key) => !allowed.includes(key));
  if (extra) throw new MarkupProblem(`${where} does not allow "${extra}"`);
}

/** Inline buttons; `kinds` are the actions a button may carry (exactly one each). */
export function checkInlineKeyboard(markup: Json, kinds: string[]): void {
  onlyKeys(markup, ['inline_keyboard'], 'reply_markup');
  rowsOf(markup, 'inline_keyboard').forEach((row, r) =>
    row.forEach((button, b) => {
      const where = `reply_markup.inline_keyboard[${r}][${b}]`;
      onlyKeys(button, ['text', ...kinds], where);
      const actions = kinds.filter((kind) => button[kind] !== undefined);
      if (actions.length !== 1) throw new MarkupProblem(`${where} must have exactly one of ${kinds.join(', ')}`);
      const value = button[actions[0]];
      if (actions[0] === 'url' && (typeof value !== 'string' || !/^(https?|tg):\/\/\S+$/i.test(value))) {
        throw new MarkupProblem(`${where}.url must be an http(s) or tg:// URL`);
      }
      if (actions[0] === 'callback_data' && (typeof value !== 'string' || value.length < 1 || value.length > MAX_CALLBACK_DATA)) {
        throw new MarkupProblem(`${where}.callback_data must be 1 to ${MAX_CALLBACK_DATA} characters`);
      }
      if (actions[0].startsWith('switch_inline_query') && (typeof value !== 'string' || value.length > MAX_INLINE_QUERY)) {
        throw new MarkupProblem(`${where}.${actions[0]} must be text of at most ${MAX_INLINE_QUERY} characters`);
      }
    }),
  );
}

/** A reply keyboard of plain text, contact-share and location-share buttons. */
export function checkReplyKeyboard(markup: Json): void {
  onlyKeys(markup, ['keyboard', 'resize_keyboard', 'one_time_keyboard', 'input_field_placeholder', 'is_persistent', 'selective'], 'reply_markup');
  placeholder(markup);
  rowsOf(markup, 'keyboard').forEach((row, r) =>
    row.forEach((button, b) => {
      const where = `reply_markup.keyboard[${r}][${b}]`;
      onlyKeys(button, ['text', 'request_contact', 'request_location'], where);
      if (button.request_contact !== undefined && button.request_location !== undefined) {
        throw new MarkupProblem(`${where} may request a contact or a location, not both`);
      }
    }),
  );
}

export function checkRemoveKeyboard(markup: Json): void {
  onlyKeys(markup, ['remove_keyboard', 'selective'], 'reply_markup');
  if (markup.remove_keyboard !== true) throw new MarkupProblem('reply_markup.remove_keyboard must be true');
}

export function checkForceReply(markup: Json): void {
  onlyKeys(markup, ['force_reply', 'input_field_placeholder', 'selective'], 'reply_markup');
  if (markup.force_reply !== true) throw new MarkupProblem('reply_markup.force_reply must be true');
  placeholder(markup);
}

const INLINE_ACTIONS = ['url', 'callback_data', 'switch_inline_query', 'switch_inline_query_current_chat', 'copy_text', 'web_app', 'login_url', 'pay'];

/** Any of Telegram's reply markups, as GraphQL's sendMessage accepts them. */
export function checkReplyMarkup(markup: unknown): void {
  try {
    if (!isObject(markup)) throw new MarkupProblem('replyMarkup must be an object');
    if ('inline_keyboard' in markup) return checkInlineKeyboard(markup, INLINE_ACTIONS);
    if ('keyboard' in markup) return checkReplyKeyboard(markup);
    if ('remove_keyboard' in markup) return checkRemoveKeyboard(markup);
    if ('force_reply' in markup) return checkForceReply(markup);
    throw new MarkupProblem('replyMarkup must be an inline_keyboard, keyboard, remove_keyboard or force_reply markup');
  } catch (error) {
    if (error instanceof MarkupProblem) throw new MessagingError(MessagingErrorCode.INVALID_MARKUP, error.message);
    throw error;
  }
}
