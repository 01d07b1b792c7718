import { createHash } from 'node:crypto';
import { ApiFamily } from './api-family';
import { ErrorKind } from './error-kind';
import { Problem } from './problem';

/** Octopods' documented error numbers (see README, "Octopods error codes"). */
export enum OctopodsErrorCode {
  INTERNAL_ERROR = 0,
  AUTHENTICATION_FAILED = 1,
  INVALID_REQUEST = 2,
  RECIPIENT_NOT_FOUND = 3,
  INVALID_INTERACTIVE_MESSAGE = 4,
  TELEGRAM_REJECTED = 5,
  API_KEY_REVOKED = 6,
}

function octopodsCodeOf(problem: Problem): OctopodsErrorCode {
  if (problem.code === 'API_KEY_REVOKED') return OctopodsErrorCode.API_KEY_REVOKED;
  if (problem.code === 'INVALID_INTERACTIVE_MESSAGE') return OctopodsErrorCode.INVALID_INTERACTIVE_MESSAGE;
  if (problem.code === 'RECIPIENT_NOT_FOUND') return OctopodsErrorCode.RECIPIENT_NOT_FOUND;
  switch (problem.kind) {
    case ErrorKind.UNAUTHENTICATED:
    case ErrorKind.FORBIDDEN:
      return OctopodsErrorCode.AUTHENTICATION_FAILED;
    case ErrorKind.BAD_REQUEST:
    case ErrorKind.VALIDATION_FAILED:
    case ErrorKind.PAYLOAD_TOO_LARGE:
    case ErrorKind.UNSUPPORTED_MEDIA_TYPE:
    case ErrorKind.CONFLICT:
      return OctopodsErrorCode.INVALID_REQUEST;
    case ErrorKind.NOT_FOUND:
      return OctopodsErrorCode.RECIPIENT_NOT_FOUND;
    case ErrorKind.RATE_LIMITED:
    case ErrorKind.UPSTREAM_FAILED:
      return OctopodsErrorCode.TELEGRAM_REJECTED;
    case ErrorKind.UNAVAILABLE:
    case ErrorKind.INTERNAL:
      return OctopodsErrorCode.INTERNAL_ERROR;
  }
}

/**
 * Sensay's fingerprint groups reports of the same failure: a stable hash of the error's kind and
 * code and the place it happened (a route pattern, so ids in the path do not split one failure).
 */
export function fingerprintOf(problem: Problem, place: string): string {
  return createHash('sha256').update(`${problem.kind}|${problem.code}|${place}`).digest('hex').slice(0, 32);
}

/**
 * The body of an error response, per API family: the only place REST envelopes are built.
 * `place` is where the error happened, as `METHOD /route/:pattern`.
 */
export function restErrorBody(family: Exclude<ApiFamily, ApiFamily.GRAPHQL>, problem: Problem, requestId: string, place: string): object {
  switch (family) {
    case ApiFamily.JINA:
      return { detail: problem.message, code: problem.code, request_id: requestId, ...problem.details };
    case ApiFamily.OPENSCOUTER:
      return {
        success: false,
        data: null,
        error: { code: problem.code, message: problem.message, ...problem.details },
        metadata: { requestId },
      };
    case ApiFamily.ESPUTNIK:
      return { error: problem.message, code: problem.code, request_id: requestId };
    case ApiFamily.SENSAY:
      return problem.kind === ErrorKind.NOT_FOUND
        ? { success: false, error: problem.message, request_id: requestId }
        : { success: false, error: problem.message, request_id: requestId, fingerprint: fingerprintOf(problem, place) };
    case ApiFamily.OCTOPODS:
      return { request_id: requestId, error_code: octopodsCodeOf(problem), error: problem.message };
  }
}
