import type { INestApplication } from '@nestjs/common';
import { json, type NextFunction, type Request, type Response } from 'express';
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
 * Express-level set-up that must run before Nest's routing: the arrival time and the request id
 * first, security headers, then JSON parsing and the limits on what was parsed; every refusal
 * (not JSON, malformed, too large, too deep) is answered in the caller's API envelope.
 */
export function configureHttp(app: INestApplication): void {
  app.use(markArrival);
  app.use(requestIdMiddleware);
  app.use(securityHeaders());
  app.use(requireJsonBodies);
  app.use(json({ limit: BODY_LIMIT, type: JSON_MEDIA_TYPES }));
  app.use(checkParsedInput);
  app.use(graphqlRequestShape);
  app.use(graphqlTokenLimit());
  app.use((error: unknown, req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(error);
    sendErrorResponse(req, res, error);
  });
}
