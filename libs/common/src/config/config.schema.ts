import { z } from 'zod';
import { parseSendRate } from './send-rate';

const url = (protocols: string[]) =>
  z.url({ protocol: new RegExp(`^(${protocols.join('|')})$`), error: `must be a ${protocols.join(' or ')} URL` });

const integer = (min: number, max: number) =>
  z.coerce
    .number({ error: 'must be a number' })
    .int(`must be a whole number`)
    .min(min, `must be at least ${min}`)
    .max(max, `must be at most ${max}`);

const encryptionKey = z.string().transform((value, ctx) => {
  const bytes = /^[0-9a-fA-F]{64}$/.test(value) ? Buffer.from(value, 'hex') : Buffer.from(value, 'base64');
  if (bytes.length !== 32) {
    ctx.addIssue({ code: 'custom', message: 'must be 32 bytes, as 64 hex digits or base64' });
    return z.NEVER;
  }
  return bytes;
});

const sendRate = z.string().transform((value, ctx) => {
  const rate = parseSendRate(value);
  if (!rate) {
    ctx.addIssue({ code: 'custom', message: 'must look like 30/s or 20/min' });
    return z.NEVER;
  }
  return rate;
});

/** Every environment variable Switchboard reads, with its default (SPEC §5). */
export const environmentSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: integer(0, 65_535).default(3000),
  DATABASE_URL: url(['postgres', 'postgresql']).optional(),
  DATA_DIR: z.string().min(1).default('./.data'),
  PUBLIC_URL: url(['http', 'https']).optional(),
  TELEGRAM_API_ROOT: url(['http', 'https']).default('https://api.telegram.org'),
  TELEGRAM_UPDATES: z.enum(['webhook', 'polling']).default('webhook'),
  ADMIN_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  ENCRYPTION_KEY: encryptionKey.optional(),
  TELEGRAM_RATE_LIMIT: sendRate.default(parseSendRate('30/s')!),
  API_RATE_LIMIT: sendRate.default(parseSendRate('100/s')!),
  TELEGRAM_MAX_RETRIES: integer(0, 20).default(3),
  TELEGRAM_REQUEST_TIMEOUT: integer(1, 600).default(30),
  WEBHOOK_WATCH_INTERVAL: integer(0, 86_400).default(300),
  RUN_WORKERS: z
    .enum(['true', 'false'], { error: 'must be true or false' })
    .default('true')
    .transform((value) => value === 'true'),
  REPLICA_LLM_BASE_URL: url(['http', 'https']).optional(),
  REPLICA_LLM_API_KEY: z.string().min(1).optional(),
  REPLICA_ANSWER_TIMEOUT: integer(1, 600).default(45),
  REPLICA_CONTEXT_TURNS: integer(1, 100).default(12),
  REPLICA_ALLOW_PRIVATE_ADDRESSES: z
    .enum(['true', 'false'], { error: 'must be true or false' })
    .default('false')
    .transform((value) => value === 'true'),
  METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  EVENTS_ALLOW_PRIVATE_ADDRESSES: z
    .enum(['true', 'false'], { error: 'must be true or false' })
    .default('false')
    .transform((value) => value === 'true'),
  EVENTS_RETRY_WINDOW: integer(1, 7 * 86_400).default(86_400),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Environment = z.infer<typeof environmentSchema>;
