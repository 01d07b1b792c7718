import { HttpException } from '@nestjs/common';
import { CommonError, CommonErrorCode, DomainError } from './domain-error';
import { ErrorKind, httpStatusOf, kindOfHttpStatus } from './error-kind';

/** One error, understood: what every family renderer works from. */
export interface Problem {
  kind: ErrorKind;
  status: number;
  code: string;
  message: string;
  details?: Record<string, unknown>;
  /** The original error, when it was not one we raised on purpose (for the log, never the client). */
  cause?: unknown;
}

interface BodyParserError {
  type: string;
  status?: number;
  message: string;
}

function isBodyParserError(error: unknown): error is BodyParserError {
  return typeof error === 'object' && error !== null && typeof (error as BodyParserError).type === 'string' &&
    'expose' in error;
}

function fromDomain(error: DomainError): Problem {
  return { kind: error.kind, status: httpStatusOf(error.kind), code: error.code, message: error.message, details: error.details };
}

function fromBodyParser(error: BodyParserError): Problem {
  switch (error.type) {
    case 'entity.parse.failed':
      return fromDomain(new CommonError(CommonErrorCode.MALFORMED_JSON, `Malformed JSON body: ${error.message}`));
    case 'entity.too.large':
      return fromDomain(new CommonError(CommonErrorCode.BODY_TOO_LARGE, 'Request body is too large'));
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return fromDomain(new CommonError(CommonErrorCode.UNSUPPORTED_MEDIA_TYPE, error.message));
    default:
      return fromDomain(new CommonError(CommonErrorCode.MALFORMED_JSON, error.message));
  }
}

function messageOf(response: unknown, fallback: string): { message: string; details?: Record<string, unknown> } {
  if (typeof response === 'string') return { message: response };
  const body = response as { message?: unknown };
  if (Array.isArray(body?.message)) return { message: body.message.join('; '), details: { errors: body.message } };
  if (typeof body?.message === 'string') return { message: body.message };
  return { message: fallback };
}

function fromHttpException(error: HttpException): Problem {
  const status = error.getStatus();
  const kind = kindOfHttpStatus(status);
  const { message, details } = messageOf(error.getResponse(), error.message);
  const code = status === 404 ? CommonErrorCode.ROUTE_NOT_FOUND : kind;
  return { kind, status: httpStatusOf(kind) === status ? status : httpStatusOf(kind), code, message, details };
}

const INTERNAL: Omit<Problem, 'cause'> = {
  kind: ErrorKind.INTERNAL,
  status: 500,
  code: CommonErrorCode.INTERNAL,
  message: 'Internal server error',
};

const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE']);
/** SQLSTATE classes 08 (connection exception), 53 (insufficient resources), 57P (operator intervention). */
const OUTAGE_SQLSTATE = /^(08|53|57P)/;
/** TypeORM releases a query runner whose connection broke, so a transaction's next statement reports that instead. */
const OUTAGE_MESSAGE = /Connection terminated|not currently accepting connections|timeout exceeded when trying to connect|Query runner already released/;

/** Lost or refused database connections: the client should retry later, not treat it as a bug. */
export function isDatabaseOutage(error: unknown): boolean {
  const candidates = [error, (error as { driverError?: unknown } | null)?.driverError];
  return candidates.some((candidate) => {
    const { code, message } = (candidate ?? {}) as { code?: unknown; message?: unknown };
    if (typeof code === 'string' && (NETWORK_CODES.has(code) || OUTAGE_SQLSTATE.test(code))) return true;
    return typeof message === 'string' && OUTAGE_MESSAGE.test(message);
  });
}

/** The single place that decides what an exception means for a client. */
export function toProblem(error: unknown): Problem {
  if (error instanceof DomainError) return fromDomain(error);
  if (isDatabaseOutage(error)) {
    return { ...fromDomain(new CommonError(CommonErrorCode.DATABASE_UNAVAILABLE, 'Database unavailable, try again')), cause: error };
  }
  if (error instanceof HttpException) return fromHttpException(error);
  if (isBodyParserError(error)) return fromBodyParser(error);
  return { ...INTERNAL, cause: error };
}
