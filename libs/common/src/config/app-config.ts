import { resolve } from 'node:path';
import { z } from 'zod';
import { environmentSchema } from './config.schema';
import { LocalSecrets, resolveSecrets } from './local-secrets';
import { SendRate } from './send-rate';

const SECRET_VARIABLES = new Set(['ADMIN_TOKEN', 'JWT_SECRET', 'ENCRYPTION_KEY', 'REPLICA_LLM_API_KEY', 'DATABASE_URL', 'METRICS_TOKEN']);

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

export interface TelegramSettings {
  apiRoot: string;
  updates: 'webhook' | 'polling';
  rateLimit: SendRate;
  maxRetries: number;
  requestTimeoutMs: number;
  /** How often each bot's webhook is compared with Telegram's and repaired; 0 turns the watch off. */
  webhookWatchIntervalMs: number;
}

export interface ReplicaSettings {
  /** The OpenAI-compatible endpoint replicas answer from, unless a replica names its own. */
  llmBaseUrl?: string;
  llmApiKey?: string;
  /** How long an answerer may take before the chat gets the fallback message. */
  answerTimeoutMs: number;
  /** How many of the chat's last messages the answerer is given. */
  contextTurns: number;
  /** Whether a replica's own answerer (set by a tenant) may be on a private, loopback or link-local address. */
  allowPrivateAddresses: boolean;
}

export interface EventsOutSettings {
  /** Whether a tenant's event endpoint may be on a private, loopback or link-local address (and plain http). */
  allowPrivateAddresses: boolean;
  /** How long a delivery is retried, and how long an endpoint may fail without a success before it is disabled. */
  retryWindowMs: number;
}

/** The validated configuration, built once at boot and injected everywhere as this class. */
export class AppConfig {
  readonly env!: 'development' | 'test' | 'production';
  readonly port!: number;
  /** Unset means "start the embedded PostgreSQL"; filled in by the bootstrap before the app is built. */
  readonly databaseUrl!: string | undefined;
  readonly dataDir!: string;
  readonly publicUrl!: string;
  readonly telegram!: TelegramSettings;
  readonly secrets!: LocalSecrets;
  readonly replicas!: ReplicaSettings;
  readonly events!: EventsOutSettings;
  /** Calls each credential (or client IP) may make to the REST APIs, per instance. */
  readonly apiRateLimit!: SendRate;
  readonly logLevel!: string;
  /** The bearer token /metrics asks for; unset leaves /metrics open to whoever reaches the port. */
  readonly metricsToken!: string | undefined;
  /** False for an instance that only serves HTTP (webhooks, APIs); background work runs elsewhere. */
  readonly runWorkers!: boolean;
  /** Where generated secrets were written, when any were (a local run without them set). */
  readonly generatedSecretsFile!: string | undefined;

  constructor(values: AppConfig) {
    Object.assign(this, values);
  }

  withDatabaseUrl(databaseUrl: string): AppConfig {
    return new AppConfig({ ...this, databaseUrl });
  }
}

/** Empty variables count as unset, as they do in most shells' `VAR= cmd` idiom. */
function nonEmpty(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter((entry): entry is [string, string] => !!entry[1]));
}

function describeIssues(error: z.ZodError, env: Record<string, string>): string {
  const lines = error.issues.map((issue) => {
    const name = String(issue.path[0]);
    const shown = name in env && !SECRET_VARIABLES.has(name) ? ` (got "${env[name]}")` : '';
    return `  ${name}: ${issue.message}${shown}`;
  });
  return `Invalid configuration:\n${lines.join('\n')}`;
}

export function loadConfig(rawEnv: NodeJS.ProcessEnv, cwd = process.cwd()): AppConfig {
  const env = nonEmpty(rawEnv);
  const parsed = environmentSchema.safeParse(env);
  if (!parsed.success) throw new ConfigError(describeIssues(parsed.error, env));
  const values = parsed.data;
  const dataDir = resolve(cwd, values.DATA_DIR);
  const { secrets, generatedFile } = resolveSecrets(values, dataDir);
  return new AppConfig({
    env: values.NODE_ENV,
    port: values.PORT,
    databaseUrl: values.DATABASE_URL,
    dataDir,
    publicUrl: (values.PUBLIC_URL ?? `http://localhost:${values.PORT}`).replace(/\/+$/, ''),
    telegram: {
      apiRoot: values.TELEGRAM_API_ROOT.replace(/\/+$/, ''),
      updates: values.TELEGRAM_UPDATES,
      rateLimit: values.TELEGRAM_RATE_LIMIT,
      maxRetries: values.TELEGRAM_MAX_RETRIES,
      requestTimeoutMs: values.TELEGRAM_REQUEST_TIMEOUT * 1_000,
      webhookWatchIntervalMs: values.WEBHOOK_WATCH_INTERVAL * 1_000,
    },
    secrets,
    replicas: {
      llmBaseUrl: values.REPLICA_LLM_BASE_URL?.replace(/\/+$/, ''),
      llmApiKey: values.REPLICA_LLM_API_KEY,
      answerTimeoutMs: values.REPLICA_ANSWER_TIMEOUT * 1_000,
      contextTurns: values.REPLICA_CONTEXT_TURNS,
      allowPrivateAddresses: values.REPLICA_ALLOW_PRIVATE_ADDRESSES,
    },
    events: {
      allowPrivateAddresses: values.EVENTS_ALLOW_PRIVATE_ADDRESSES,
      retryWindowMs: values.EVENTS_RETRY_WINDOW * 1_000,
    },
    apiRateLimit: values.API_RATE_LIMIT,
    logLevel: values.LOG_LEVEL,
    metricsToken: values.METRICS_TOKEN,
    runWorkers: values.RUN_WORKERS,
    generatedSecretsFile: generatedFile,
  } as AppConfig);
}
