import { STATUS_CODES } from 'node:http';

export interface ResponseParameters {
  retry_after?: number;
  migrate_to_chat_id?: number;
}

/** A call Telegram refuses; answered as `{ ok: false, error_code, description, parameters? }` with HTTP status = error_code. */
export class BotApiError extends Error {
  constructor(
    readonly errorCode: number,
    readonly description: string,
    readonly parameters?: ResponseParameters,
  ) {
    super(description);
  }

  toBody(): Record<string, unknown> {
    return {
      ok: false,
      error_code: this.errorCode,
      description: this.description,
      ...(this.parameters ? { parameters: this.parameters } : {}),
    };
  }
}

// Telegram's wording, as the official Bot API server (tdlib/telegram-bot-api) produces it.
export const BLOCKED_BY_USER = 'Forbidden: bot was blocked by the user';
export const CANT_INITIATE = "Forbidden: bot can't initiate conversation with a user";
export const GROUP_UPGRADED = 'Bad Request: group chat was upgraded to a supergroup chat';
export const QUERY_ID_INVALID = 'Bad Request: query is too old and response timeout expired or query ID is invalid';
export const NOT_MODIFIED =
  'Bad Request: message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message';

export const unauthorized = (): BotApiError => new BotApiError(401, 'Unauthorized');
export const notFound = (): BotApiError => new BotApiError(404, 'Not Found');
export const badRequest = (what: string): BotApiError => new BotApiError(400, `Bad Request: ${what}`);
export const forbidden = (description: string): BotApiError => new BotApiError(403, description);
export const conflict = (what: string): BotApiError => new BotApiError(409, `Conflict: ${what}`);
export const chatNotFound = (): BotApiError => badRequest('chat not found');

export const tooManyRequests = (retryAfter: number): BotApiError =>
  new BotApiError(429, `Too Many Requests: retry after ${retryAfter}`, { retry_after: retryAfter });

export const migrated = (toChatId: number): BotApiError =>
  new BotApiError(400, GROUP_UPGRADED, { migrate_to_chat_id: toChatId });

/** telegraf reads a 5xx's HTTP reason phrase, not the body, so the description must equal it. */
export const serverError = (status: number): BotApiError =>
  new BotApiError(status, STATUS_CODES[status] ?? 'Internal Server Error');
