import type { INestApplication } from '@nestjs/common';
import { json, type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import { sendErrorResponse } from '../errors/error-response';
import { markArrival } from './arrival';
import { graphqlTokenLimit } from '../graphql/max-tokens';
import { graphqlRequestShape } from '../graphql/request-shape';
import { checkParsedInput, JSON_MEDIA_TYPES, requireJsonBodies } from './input-limits';
import { requestIdMiddleware } from './request-id';
import { securityHeaders } from './security-headers';

/** Telegram updates and API calls are small; a larger body is a mistake or an attack. */
export const BODY_LIMIT = '1mb';

/**
 * What every request goes through before it is handled: the arrival time and the request id
 * first, security headers, then JSON parsing and the limits on what was parsed. A step that
 * refuses answers in the caller's API envelope, or passes the error on (the body parser).
 */
export function requestPrelude(): RequestHandler[] {
  return [markArrival, requestIdMiddleware, securityHeaders(), requireJsonBodies, jsonBodyParser(), checkParsedInput];
}

/** The JSON body parser of every request prelude: JSON media types only, up to BODY_LIMIT. */
export function jsonBodyParser(): RequestHandler {
  return json({ limit: BODY_LIMIT, type: JSON_MEDIA_TYPES });
}

/** Answers an error passed on by a middleware in the envelope of the caller's API. */
export function answerMiddlewareError(error: unknown, req: Request, res: Response, next: NextFunction): void {
  if (res.headersSent) return next(error);
  sendErrorResponse(req, res, error);
}

/**
 * Express-level set-up that must run before Nest's routing: the request prelude, then the
 * GraphQL request's shape; every refusal (not JSON, malformed, too large, too deep) is answered
 * in the caller's API envelope.
 */
export function configureHttp(app: INestApplication): void {
  for (const step of requestPrelude()) app.use(step);
  app.use(graphqlRequestShape);
  app.use(graphqlTokenLimit());
  app.use(answerMiddlewareError);
}
