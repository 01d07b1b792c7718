import { badRequest } from '../bot-api-error';
import { isJsonObject, JsonObject } from '../json';
import { jsonParam, Params } from '../params';

const MAX_CALLBACK_DATA_BYTES = 64;

/**
 * Reads `reply_markup` and returns what Telegram echoes in the Message: only an inline keyboard
 * (reply keyboards and keyboard removal are not part of the sent message).
 */
export function echoedReplyMarkup(params: Params): JsonObject | undefined {
  const markup = jsonParam(params, 'reply_markup', () => badRequest("can't parse reply keyboard markup JSON object"));
  if (markup === undefined) return undefined;
  if (!isJsonObject(markup)) throw badRequest('object expected as reply markup');
  const rows = markup.inline_keyboard;
  if (rows === undefined) return undefined;
  if (!Array.isArray(rows) || !rows.every((row) => Array.isArray(row))) {
    throw badRequest('field "inline_keyboard" of the InlineKeyboardMarkup should be an Array of Arrays');
  }
  for (const button of rows.flat() as unknown[]) checkButton(button);
  return { inline_keyboard: rows };
}

function checkButton(button: unknown): void {
  if (!isJsonObject(button)) {
    throw badRequest("can't parse inline keyboard button: InlineKeyboardButton should be an Object");
  }
  const data = button.callback_data;
  if (typeof data === 'string' && Buffer.byteLength(data, 'utf8') > MAX_CALLBACK_DATA_BYTES) {
    throw badRequest('BUTTON_DATA_INVALID');
  }
}
