import { GraphQLError } from 'graphql';
import { ErrorKind } from './error-kind';
import { Problem } from './problem';

/** GraphQL `extensions.code` values, following Apollo's names where Apollo has one. */
export function graphqlCodeOf(kind: ErrorKind): string {
  switch (kind) {
    case ErrorKind.BAD_REQUEST:
    case ErrorKind.VALIDATION_FAILED:
    case ErrorKind.PAYLOAD_TOO_LARGE:
    case ErrorKind.UNSUPPORTED_MEDIA_TYPE:
      return 'BAD_USER_INPUT';
    case ErrorKind.UNAUTHENTICATED:
      return 'UNAUTHENTICATED';
    case ErrorKind.FORBIDDEN:
      return 'FORBIDDEN';
    case ErrorKind.NOT_FOUND:
      return 'NOT_FOUND';
    case ErrorKind.CONFLICT:
      return 'CONFLICT';
    case ErrorKind.RATE_LIMITED:
      return 'RATE_LIMITED';
    case ErrorKind.UPSTREAM_FAILED:
      return 'UPSTREAM_FAILED';
    case ErrorKind.UNAVAILABLE:
      return 'SERVICE_UNAVAILABLE';
    case ErrorKind.INTERNAL:
      return 'INTERNAL_SERVER_ERROR';
  }
}

/** Errors about the request as a whole, not one field: they set the HTTP status of the GraphQL answer. */
const HTTP_STATUS_KINDS = new Set([ErrorKind.UNAUTHENTICATED, ErrorKind.RATE_LIMITED]);

export function toGraphQLError(problem: Problem, requestId: string): GraphQLError {
  // Apollo sets the HTTP status from extensions.http: a failed authentication is a 401, a throttled call a 429.
  const status = HTTP_STATUS_KINDS.has(problem.kind) ? problem.status : undefined;
  const http = status ? { http: { status } } : {};
  return new GraphQLError(problem.message, {
    extensions: { code: graphqlCodeOf(problem.kind), reason: problem.code, requestId, ...problem.details, ...http },
  });
}
