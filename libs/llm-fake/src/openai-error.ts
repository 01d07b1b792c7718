import { STATUS_CODES } from 'node:http';

/** An answer in OpenAI's error shape `{ error: { message, type, param, code } }`, with its HTTP status. */
export class OpenAiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly type: string,
    readonly param: string | null = null,
    readonly code: string | null = null,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }

  toBody(): { error: { message: string; type: string; param: string | null; code: string | null } } {
    return { error: { message: this.message, type: this.type, param: this.param, code: this.code } };
  }
}

export const invalidRequest = (message: string, param: string | null = null, code: string | null = null): OpenAiError =>
  new OpenAiError(400, message, 'invalid_request_error', param, code);

export const missingApiKey = (): OpenAiError =>
  new OpenAiError(
    401,
    "You didn't provide an API key. You need to provide your API key in an Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY).",
    'invalid_request_error',
  );

/** OpenAI shows only the ends of a wrong key. */
export const invalidApiKey = (given: string): OpenAiError =>
  new OpenAiError(
    401,
    `Incorrect API key provided: ${given.slice(0, 3)}***${given.slice(-4)}.`,
    'invalid_request_error',
    null,
    'invalid_api_key',
  );

export const modelNotFound = (model: string): OpenAiError =>
  new OpenAiError(
    404,
    `The model \`${model}\` does not exist or you do not have access to it.`,
    'invalid_request_error',
    null,
    'model_not_found',
  );

export const invalidUrl = (method: string, path: string): OpenAiError =>
  new OpenAiError(404, `Invalid URL (${method} ${path})`, 'invalid_request_error');

/** The error a test asked for, worded like OpenAI's for the common statuses. */
export function errorForStatus(status: number, message?: string, retryAfterSeconds?: number): OpenAiError {
  if (status === 429) {
    return new OpenAiError(
      429,
      message ?? 'Rate limit reached for requests. Please try again later.',
      'requests',
      null,
      'rate_limit_exceeded',
      retryAfterSeconds,
    );
  }
  if (status >= 500) {
    const text = message ?? 'The server had an error while processing your request. Sorry about that!';
    return new OpenAiError(status, text, 'server_error', null, null, retryAfterSeconds);
  }
  const text = message ?? STATUS_CODES[status] ?? 'Error';
  return new OpenAiError(status, text, 'invalid_request_error', null, null, retryAfterSeconds);
}
