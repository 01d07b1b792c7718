import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

export const REQUEST_ID_HEADER = 'X-Request-Id';
/** Callers' ids are kept when they look like ids; anything else could poison logs. */
export const REQUEST_ID_PATTERN = '^[A-Za-z0-9._:-]{1,128}$';
const ACCEPTABLE_ID = new RegExp(REQUEST_ID_PATTERN);

/** Runs first on every request, so even errors raised before routing carry the id. */
export function requestIdMiddleware(req: IncomingMessage, res: ServerResponse, next: () => void): void {
  assignRequestId(req, res);
  next();
}

/** The caller's request id, or a new one, on the request and its response. */
export function assignRequestId(req: IncomingMessage, res: ServerResponse): void {
  const incoming = req.headers['x-request-id'];
  const id = typeof incoming === 'string' && ACCEPTABLE_ID.test(incoming) ? incoming : randomUUID();
  (req as { id?: unknown }).id = id;
  res.setHeader(REQUEST_ID_HEADER, id);
}

/** pino-http types `req.id` loosely (string | number | object); ours is always the string set above. */
export function requestIdOf(req: object): string {
  const id = (req as { id?: unknown }).id;
  return typeof id === 'string' ? id : 'unknown';
}
