import { MaxTokensParserWLexer } from '@escape.tech/graphql-armor-max-tokens';
import type { NextFunction, Request, Response } from 'express';
import { sendErrorResponse } from '../errors/error-response';
import { GRAPHQL_LIMITS } from './graphql-limits';
import { GRAPHQL_PATH } from './graphql-path';
import { GraphQLLimitError, GraphQLLimitReason } from './limit-error';

const LIMIT_REACHED = Symbol('token limit reached');

/** Lexes until the limit and no further, so a huge document costs no more than the limit to refuse. */
export function withinTokens(source: string, maximum: number = GRAPHQL_LIMITS.tokens): boolean {
  const parser = new MaxTokensParserWLexer(source, {
    n: maximum,
    propagateOnRejection: false,
    onReject: [
      () => {
        throw LIMIT_REACHED;
      },
    ],
  });
  try {
    parser.parseDocument();
  } catch (error) {
    // Syntax errors are Apollo's to report, in its own words.
    return error !== LIMIT_REACHED;
  }
  return true;
}

/**
 * Counts a GraphQL document's tokens before Apollo parses it. It runs as HTTP middleware on
 * /graphql because Apollo answers an error thrown from its early plugin hooks with a 500.
 */
export function graphqlTokenLimit(maximum: number = GRAPHQL_LIMITS.tokens) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const query = req.path === GRAPHQL_PATH ? ((req.body as { query?: unknown } | undefined)?.query ?? req.query.query) : undefined;
    if (typeof query !== 'string' || withinTokens(query, maximum)) return next();
    sendErrorResponse(req, res, new GraphQLLimitError(GraphQLLimitReason.TOO_MANY_TOKENS, `Query has more than ${maximum} tokens`));
  };
}
