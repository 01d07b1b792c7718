import type { IncomingMessage } from 'node:http';
import type { NextFunction, Request, Response } from 'express';
import typeis from 'type-is';
import { CommonError, CommonErrorCode } from '../errors/domain-error';
import { sendErrorResponse } from '../errors/error-response';
import { jsonViolation, unstorableTextFlaw } from './json-limits';
import { isTelegramWebhook } from './routes';

/** What the JSON body parser reads: `application/json` and any `+json` vendor type. */
export const JSON_MEDIA_TYPES = ['application/json', 'application/*+json'];

function carriesContent(req: IncomingMessage): boolean {
  return req.headers['transfer-encoding'] !== undefined || Number(req.headers['content-length'] ?? 0) > 0;
}

/** A body is JSON or nothing: anything else would reach handlers unparsed. Null when the request is fine. */
export function mediaTypeRefusal(req: IncomingMessage): CommonError | null {
  if (!carriesContent(req) || typeis(req, JSON_MEDIA_TYPES)) return null;
  return new CommonError(CommonErrorCode.UNSUPPORTED_MEDIA_TYPE, 'Send the body as application/json');
}

export function requireJsonBodies(req: Request, res: Response, next: NextFunction): void {
  const refusal = mediaTypeRefusal(req);
  if (refusal) sendErrorResponse(req, res, refusal);
  else next();
}

/** Path parameters reach SQL too: a NUL or broken Unicode in the path is refused like one in a body. */
function pathViolation(path: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return 'path: not a well-formed URL';
  }
  const flaw = unstorableTextFlaw(decoded);
  return flaw && `path: ${flaw}`;
}

/**
 * Depth, size, NUL and prototype-key checks on the path and the parsed body and query string.
 * Telegram's updates are stored as sent (a malformed one is kept as FAILED), so only depth
 * applies to them. Null when the request is fine.
 */
export function parsedInputRefusal(path: string, body: unknown, query: unknown): CommonError | null {
  const violation = pathViolation(path) ?? jsonViolation(body, 'body', { content: !isTelegramWebhook(path) }) ?? jsonViolation(query, 'query');
  return violation ? new CommonError(CommonErrorCode.INVALID_INPUT, violation, { errors: [violation] }) : null;
}

export function checkParsedInput(req: Request, res: Response, next: NextFunction): void {
  const refusal = parsedInputRefusal(req.path, req.body, req.query);
  if (refusal) sendErrorResponse(req, res, refusal);
  else next();
}
