import { applyDecorators } from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';

/** Error statuses a route answers; 5xx only where a client can act on it (Telegram refused). */
export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 429 | 502;

/**
 * The errors a route answers beyond those every route of its kind does, each with what it means
 * there: `@ApiErrors({ 404: 'No bot with this id', 409: 'The bot is registered already' })`.
 * A status given here replaces the general description of that status. The OpenAPI document
 * adds the body (the error envelope of the route's API family) and the statuses every route
 * answers (see apps/api/src/openapi/operation-errors.ts).
 */
export function ApiErrors(errors: Partial<Record<ErrorStatus, string>>): MethodDecorator & ClassDecorator {
  return applyDecorators(...Object.entries(errors).map(([status, description]) => ApiResponse({ status: Number(status), description })));
}
