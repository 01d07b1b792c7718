/** What went wrong, in terms every API family can express. Module error codes map onto one of these. */
export enum ErrorKind {
  BAD_REQUEST = 'BAD_REQUEST',
  VALIDATION_FAILED = 'VALIDATION_FAILED',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  PAYLOAD_TOO_LARGE = 'PAYLOAD_TOO_LARGE',
  UNSUPPORTED_MEDIA_TYPE = 'UNSUPPORTED_MEDIA_TYPE',
  RATE_LIMITED = 'RATE_LIMITED',
  UPSTREAM_FAILED = 'UPSTREAM_FAILED',
  UNAVAILABLE = 'UNAVAILABLE',
  INTERNAL = 'INTERNAL',
}

export function httpStatusOf(kind: ErrorKind): number {
  switch (kind) {
    case ErrorKind.BAD_REQUEST:
    case ErrorKind.VALIDATION_FAILED:
      return 400;
    case ErrorKind.UNAUTHENTICATED:
      return 401;
    case ErrorKind.FORBIDDEN:
      return 403;
    case ErrorKind.NOT_FOUND:
      return 404;
    case ErrorKind.CONFLICT:
      return 409;
    case ErrorKind.PAYLOAD_TOO_LARGE:
      return 413;
    case ErrorKind.UNSUPPORTED_MEDIA_TYPE:
      return 415;
    case ErrorKind.RATE_LIMITED:
      return 429;
    case ErrorKind.UPSTREAM_FAILED:
      return 502;
    case ErrorKind.UNAVAILABLE:
      return 503;
    case ErrorKind.INTERNAL:
      return 500;
  }
}

export function kindOfHttpStatus(status: number): ErrorKind {
  switch (status) {
    case 400:
      return ErrorKind.BAD_REQUEST;
    case 401:
      return ErrorKind.UNAUTHENTICATED;
    case 403:
      return ErrorKind.FORBIDDEN;
    case 404:
      return ErrorKind.NOT_FOUND;
    case 409:
      return ErrorKind.CONFLICT;
    case 413:
      return ErrorKind.PAYLOAD_TOO_LARGE;
    case 415:
      return ErrorKind.UNSUPPORTED_MEDIA_TYPE;
    case 429:
      return ErrorKind.RATE_LIMITED;
    case 502:
      return ErrorKind.UPSTREAM_FAILED;
    case 503:
      return ErrorKind.UNAVAILABLE;
    default:
      return status >= 400 && status < 500 ? ErrorKind.BAD_REQUEST : ErrorKind.INTERNAL;
  }
}
