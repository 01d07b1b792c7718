import type { NextFunction, Request, Response } from 'express';
import { sendErrorResponse } from '../errors/error-response';
import { GRAPHQL_PATH } from './graphql-path';
import { GraphQLLimitError, GraphQLLimitReason } from './limit-error';

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function shapeFlaw(body: unknown): string | null {
  if (!isObject(body)) return 'A GraphQL request is one JSON object with a query (batches are not accepted)';
  if (typeof body.query !== 'string') return 'query must be a string';
  if (body.variables != null && !isObject(body.variables)) return 'variables must be an object';
  if (body.operationName != null && typeof body.operationName !== 'string') return 'operationName must be a string';
  return null;
}

/**
 * A POST to /graphql must be a GraphQL request before Apollo sees it: Apollo answers a malformed
 * one itself, outside the plugins that name the request id in every error.
 */
export function graphqlRequestShape(req: Request, res: Response, next: NextFunction): void {
  const flaw = req.method === 'POST' && req.path === GRAPHQL_PATH ? shapeFlaw(req.body) : null;
  if (!flaw) return next();
  sendErrorResponse(req, res, new GraphQLLimitError(GraphQLLimitReason.INVALID_INPUT, flaw));
}
