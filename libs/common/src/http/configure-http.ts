import type { INestApplication } from '@nestjs/common';
import { json, type NextFunction, type Request, type Response } from 'express';
import { sendErrorResponse } from '../errors/error-response';
import { requestIdMiddleware } from './request-id';

/** Telegram updates and API calls are small; a larger body is a mistake or an attack. */
export const BODY_LIMIT = '1mb';

/**
 * Express-level set-up that must run before Nest's routing: the request id first, then JSON
 * parsing whose failures (malformed, too large) are answered in the caller's API envelope.
 */
export function configureHttp(app: INestApplication): void {
  app.use(requestIdMiddleware);
  app.use(json({ limit: BODY_LIMIT }));
  app.use((error: unknown, req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(error);
    sendErrorResponse(req, res, error);
  });
}
