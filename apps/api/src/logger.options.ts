import type { IncomingMessage } from 'node:http';
import type { Params } from 'nestjs-pino';
import { AppConfig, requestIdOf } from '@switchboard/common';

/** Structured JSON lines; every request's lines carry its request id as `reqId`. */
export function loggerOptions(config: AppConfig): Params {
  return {
    pinoHttp: {
      level: config.logLevel,
      genReqId: (req: IncomingMessage) => requestIdOf(req),
      redact: {
        paths: [
          'req.headers.authorization',
          'req.headers["x-organization-secret"]',
          'req.headers["x-octopods-auth"]',
          'req.headers["x-telegram-bot-api-secret-token"]',
        ],
        censor: '[redacted]',
      },
      autoLogging: { ignore: (req: IncomingMessage) => req.url === '/health' },
    },
  };
}
