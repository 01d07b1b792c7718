import { GraphQLError } from 'graphql';
import { errorClassFor } from '../errors/domain-error';
import { ErrorKind } from '../errors/error-kind';

/** Why a GraphQL document was refused before it ran: `extensions.reason` of the 400. */
export enum GraphQLLimitReason {
  QUERY_TOO_DEEP = 'QUERY_TOO_DEEP',
  TOO_MANY_ALIASES = 'TOO_MANY_ALIASES',
  TOO_MANY_DIRECTIVES = 'TOO_MANY_DIRECTIVES',
  TOO_MANY_TOKENS = 'TOO_MANY_TOKENS',
  QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX',
  INVALID_INPUT = 'INVALID_INPUT',
}

const LIMIT_REASONS = new Set<string>(Object.values(GraphQLLimitReason));

const LIMIT_KINDS = Object.fromEntries(Object.values(GraphQLLimitReason).map((reason) => [reason, ErrorKind.VALIDATION_FAILED])) as Record<GraphQLLimitReason, ErrorKind>;

/** A limit refused before GraphQL runs (in HTTP middleware), rendered by the family filter. */
export class GraphQLLimitError extends errorClassFor(LIMIT_KINDS) {}

export const BAD_USER_INPUT = 'BAD_USER_INPUT';

/** A document refused inside Apollo for what it would cost to run: HTTP 400, `BAD_USER_INPUT`. */
export function limitError(reason: GraphQLLimitReason, message: string, requestId?: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: BAD_USER_INPUT, reason, ...(requestId ? { requestId } : {}), http: { status: 400 } },
  });
}

/** Apollo renames every validation-rule error GRAPHQL_VALIDATION_FAILED; ours keep BAD_USER_INPUT. */
export function isLimitError(extensions: Record<string, unknown> | undefined): boolean {
  return typeof extensions?.reason === 'string' && LIMIT_REASONS.has(extensions.reason);
}
