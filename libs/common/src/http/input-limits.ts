import type { NextFunction, Request, Response } from 'express';
import { CommonError, CommonErrorCode } from '../errors/domain-error';
import { sendErrorResponse } from '../errors/error-response';
import { jsonViolation, unstorableTextFlaw } from './json-limits';
import { isTelegramWebhook } from './routes';

/** What the JSON body parser reads: `application/json` and any `+json` vendor type. */
export const JSON_MEDIA_TYPES = ['application/json', 'application/*+json'];

function carriesContent(req: Request): boolean {
  return req.headers['transfer-encoding'] !== undefined || Number(req.headers['content-length'] ?? 0) > 0;
}

/** A body is JSON or nothing: anything else would reach handlers unparsed. */
export function requireJsonBodies(req: Request, res: Response, next: NextFunction): void {
  if (!carriesContent(req) || req.is(JSON_MEDIA_TYPES)) return next();
  sendErrorResponse(req, res, new CommonError(CommonErrorCode.UNSUPPORTED_MEDIA_TYPE, 'Send the body as application/json'));
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
 * Depth, size, NUL and prototype-key checks on the parsed body and query string. Telegram's
 * updates are stored as sent (a malformed one is kept as FAILED), so only depth applies to them.
 */
export function checkParsedInput(req: Request, res: Response, next: NextFunction): void {
  const body = jsonViolation(req.body, 'body', { content: !isTelegramWebhook(req.path) });
  const violation = pathViolation(req.path) ?? body ?? jsonViolation(req.query, 'query');
  if (!violation) return next();
  sendErrorResponse(req, res, new CommonError(CommonErrorCode.INVALID_INPUT, violation, { errors: [violation] }));
}
