import type { IncomingMessage } from 'node:http';
import type { Params } from 'nestjs-pino';
import { stdSerializers } from 'pino';
import { AppConfig, requestIdOf } from '@switchboard/common';

/**
 * What a logged error keeps: enough to find the fault, nothing of the data it was handling.
 * TypeORM's QueryFailedError carries the SQL and its parameters (message texts, emails, names),
 * and PostgreSQL's error its `detail` ("Key (email)=(…) already exists"), `where` and
 * `internalQuery`, each copied onto the wrapping error and kept on its `driverError` too.
 */
const KEPT_ERROR_FIELDS = ['type', 'message', 'code', 'constraint', 'stack'] as const;

/** Takes an error, or what pino's own serializer made of one (pino-http runs it first on request loggers). */
export function serializeError(error: unknown): unknown {
  if (typeof error !== 'object' || error === null) return error;
  const source = (error instanceof Error ? stdSerializers.err(error) : error) as Record<string, unknown>;
  return Object.fromEntries(KEPT_ERROR_FIELDS.filter((field) => source[field] !== undefined).map((field) => [field, source[field]]));
}

/** Structured JSON lines; every request's lines carry its request id as `reqId`. */
export function loggerOptions(config: AppConfig): Params {
  return {
    pinoHttp: {
      level: config.logLevel,
      genReqId: (req: IncomingMessage) => requestIdOf(req),
      serializers: { err: serializeError },
      redact: {
        paths: [
          'req.headers.authorization',
          'req.headers["x-organization-secret"]',
          'req.headers["x-octopods-auth"]',
          'req.headers["x-telegram-bot-api-secret-token"]',
        ],
        censor: '[redacted]',
      },
      // Probes and Prometheus' scrapes come every few seconds and say nothing worth a line.
      autoLogging: { ignore: (req: IncomingMessage) => req.url === '/health' || req.url === '/metrics' },
    },
  };
}
