import { Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { requestIdOf } from '../http/request-id';
import { ApiFamily, apiFamilyOf } from './api-family';
import { toGraphQLError } from './graphql-error';
import { Problem, toProblem } from './problem';
import { restErrorBody } from './rest-envelopes';

const logger = new Logger('Errors');

/**
 * Unexpected errors are logged once, here, with the request id; the client gets only a generic
 * message. The logger's error serializer keeps the stack and drops the data the error carried.
 */
export function logProblem(problem: Problem, requestId: string): void {
  if (problem.cause === undefined) return;
  const cause = problem.cause instanceof Error ? problem.cause : new Error(String(problem.cause));
  logger.error({ requestId, err: cause, code: problem.code }, cause.message);
}

/** The route a request matched, as its pattern (ids left out); its path when none matched. */
function placeOf(req: Request): string {
  const route = (req as Request & { route?: { path?: unknown } }).route;
  return `${req.method} ${typeof route?.path === 'string' ? route.path : req.path}`;
}

/** Answers a failed HTTP request in the envelope of the API family its path belongs to. */
export function sendErrorResponse(req: Request, res: Response, error: unknown): void {
  const problem = toProblem(error);
  const requestId = requestIdOf(req);
  logProblem(problem, requestId);
  const family = apiFamilyOf(req.path);
  const body =
    family === ApiFamily.GRAPHQL
      ? { errors: [toGraphQLError(problem, requestId).toJSON()] }
      : restErrorBody(family, problem, requestId, placeOf(req));
  if (!res.headersSent) res.status(problem.status).json(body);
}
