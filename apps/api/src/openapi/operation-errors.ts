import { STATUS_CODES } from 'node:http';
import type { HeaderObject, OperationObject, ResponseObject } from '@nestjs/swagger';
import { apiFamilyOf, ErrorStatus, errorSchemaNameOf, isTelegramWebhook, isUnthrottled, RestFamily } from '@switchboard/common';

/**
 * The errors every route of a kind answers, whatever it does: they come from the HTTP layer
 * (body parsing, input limits, throttling, authentication) that runs before any handler.
 * Routes add their own with `@ApiErrors`, which may also say what a status means there.
 */
const GENERAL: Record<ErrorStatus, string> = {
  400: 'The input is invalid: malformed JSON, unknown or missing fields, wrong types, values out of range, NUL characters or nesting past the limits; `errors` lists each problem',
  401: 'Missing, wrong or revoked credentials',
  403: "The operator's token: this route is for a tenant's credentials",
  404: "Nothing with this id, or it is another tenant's",
  409: 'The request conflicts with what is stored',
  413: 'The body is larger than 1 MB',
  415: 'The body is not JSON: send it as application/json',
  429: 'Too many calls with this credential (API_RATE_LIMIT per credential, or per client IP without one): retry after Retry-After seconds',
  502: 'Telegram refused or could not be reached',
};

export const REQUEST_ID_HEADER: HeaderObject = {
  description: 'The id of the request (the caller’s own when it sent a usable one), also in every error body',
  schema: { type: 'string' },
};

const RETRY_AFTER_HEADER: HeaderObject = { description: 'Seconds to wait before calling again', schema: { type: 'integer', minimum: 1 } };

function hasPathParameters(operation: OperationObject): boolean {
  return (operation.parameters ?? []).some((parameter) => 'in' in parameter && parameter.in === 'path');
}

/** The statuses a route answers because of what it is: secured, throttled, taking a body, naming an object. */
export function generalErrorsOf(path: string, operation: OperationObject): ErrorStatus[] {
  const secured = (operation.security ?? []).length > 0;
  const statuses: ErrorStatus[] = [400];
  if (secured) statuses.push(401);
  if (secured && !isTelegramWebhook(path)) statuses.push(403);
  if (hasPathParameters(operation)) statuses.push(404);
  if (operation.requestBody) statuses.push(413, 415);
  if (!isUnthrottled(path)) statuses.push(429);
  return statuses;
}

function errorResponse(family: RestFamily, status: number, description: string): ResponseObject {
  const response: ResponseObject = {
    description,
    content: { 'application/json': { schema: { $ref: `#/components/schemas/${errorSchemaNameOf(family, status)}` } } },
  };
  if (status === 429) response.headers = { 'Retry-After': RETRY_AFTER_HEADER };
  return response;
}

/**
 * Adds the general errors of the route and gives each error its family's envelope (a route's
 * own description wins), and every answer its X-Request-Id header; responses in status order.
 */
export function completeResponses(path: string, operation: OperationObject): void {
  const family = apiFamilyOf(path) as RestFamily;
  const responses: Record<string, ResponseObject> = {};
  for (const status of generalErrorsOf(path, operation)) responses[status] = errorResponse(family, status, GENERAL[status]);
  for (const [status, declared] of Object.entries(operation.responses) as Array<[string, ResponseObject]>) {
    const isError = Number(status) >= 400;
    const description = declared.description || GENERAL[Number(status) as ErrorStatus] || STATUS_CODES[status] || status;
    responses[status] = isError && !declared.content ? errorResponse(family, Number(status), description) : { ...declared, description };
  }
  operation.responses = Object.fromEntries(
    Object.entries(responses)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([status, response]) => [status, { ...response, headers: { 'X-Request-Id': { $ref: '#/components/headers/X-Request-Id' }, ...response.headers } }]),
  );
}
