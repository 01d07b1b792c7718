import { ErrorKind } from './error-kind';

/**
 * The base of every module's error class. A module declares a code enum and maps each code to
 * a kind; the API-family filters turn kind + code + message into their own envelope.
 */
export abstract class DomainError<Code extends string = string> extends Error {
  abstract readonly kind: ErrorKind;

  constructor(
    readonly code: Code,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/**
 * The error class of a module, from its table of codes and kinds:
 * `export class BotError extends errorClassFor(BOT_ERROR_KINDS) {}`.
 */
export function errorClassFor<Code extends string>(kinds: Record<Code, ErrorKind>) {
  return class extends DomainError<Code> {
    get kind(): ErrorKind {
      return kinds[this.code];
    }
  };
}

/** Errors shared by every module: input that fails validation, a missing object, an outage. */
export enum CommonErrorCode {
  INVALID_INPUT = 'INVALID_INPUT',
  MALFORMED_JSON = 'MALFORMED_JSON',
  BODY_TOO_LARGE = 'BODY_TOO_LARGE',
  UNSUPPORTED_MEDIA_TYPE = 'UNSUPPORTED_MEDIA_TYPE',
  NOT_FOUND = 'NOT_FOUND',
  ROUTE_NOT_FOUND = 'ROUTE_NOT_FOUND',
  FORBIDDEN = 'FORBIDDEN',
  RATE_LIMITED = 'RATE_LIMITED',
  DATABASE_UNAVAILABLE = 'DATABASE_UNAVAILABLE',
  INTERNAL = 'INTERNAL',
}

const COMMON_KINDS: Record<CommonErrorCode, ErrorKind> = {
  [CommonErrorCode.INVALID_INPUT]: ErrorKind.VALIDATION_FAILED,
  [CommonErrorCode.MALFORMED_JSON]: ErrorKind.BAD_REQUEST,
  [CommonErrorCode.BODY_TOO_LARGE]: ErrorKind.PAYLOAD_TOO_LARGE,
  [CommonErrorCode.UNSUPPORTED_MEDIA_TYPE]: ErrorKind.UNSUPPORTED_MEDIA_TYPE,
  [CommonErrorCode.NOT_FOUND]: ErrorKind.NOT_FOUND,
  [CommonErrorCode.ROUTE_NOT_FOUND]: ErrorKind.NOT_FOUND,
  [CommonErrorCode.FORBIDDEN]: ErrorKind.FORBIDDEN,
  [CommonErrorCode.RATE_LIMITED]: ErrorKind.RATE_LIMITED,
  [CommonErrorCode.DATABASE_UNAVAILABLE]: ErrorKind.UNAVAILABLE,
  [CommonErrorCode.INTERNAL]: ErrorKind.INTERNAL,
};

export class CommonError extends errorClassFor(COMMON_KINDS) {}
