import { INestApplication } from '@nestjs/common';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { BotApiFake } from '@switchboard/bot-api-fake';
import { AppConfig, freePort, loadConfig } from '@switchboard/common';

export { freePort };
import { createApp } from '../../apps/api/src/bootstrap';
import { createTestDatabase, TestDatabase } from './test-database';

export const ADMIN_TOKEN = 'test-operator-token-0123456789';

export interface TestApp {
  app: INestApplication;
  config: AppConfig;
  url: string;
  http: () => ReturnType<typeof request>;
  close(): Promise<void>;
}

export interface TestAppOptions {
  /** Reuse a database (e.g. to restart the app on the same data); a fresh one is made otherwise. */
  database?: TestDatabase;
  /** The Telegram Bot API the app talks to. */
  telegram?: BotApiFake;
  env?: Record<string, string>;
}

/** A Bot API fake tuned for tests: no setWebhook cooldown, quick webhook retries. */
export async function startTelegramFake(): Promise<BotApiFake> {
  const fake = new BotApiFake({ setWebhookCooldownMs: 0, webhookRetry: { attempts: 8, baseDelayMs: 50 } });
  await fake.start();
  return fake;
}

export function testEnvironment(extra: Record<string, string> = {}): Record<string, string> {
  return {
    NODE_ENV: 'test',
    ADMIN_TOKEN,
    JWT_SECRET: 'test-jwt-secret-0123456789-0123456789',
    ENCRYPTION_KEY: '0f'.repeat(32),
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    DATA_DIR: mkdtempSync(join(tmpdir(), 'sb-e2e-')),
    // Tenants' answerers and event receivers in the tests are fakes on 127.0.0.1.
    REPLICA_ALLOW_PRIVATE_ADDRESSES: 'true',
    EVENTS_ALLOW_PRIVATE_ADDRESSES: 'true',
    ...extra,
  };
}

/** Boots the real application on a real PostgreSQL with migrations run, listening on a free port. */
export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const database = options.database ?? (await createTestDatabase());
  const ownsDatabase = !options.database;
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const telegram: Record<string, string> = options.telegram ? { TELEGRAM_API_ROOT: options.telegram.apiRoot } : {};
  const env = testEnvironment({ PORT: String(port), PUBLIC_URL: url, ...telegram, ...options.env });
  const config = loadConfig(env).withDatabaseUrl(database.url);
  const app = await createApp(config);
  await app.listen(port, '127.0.0.1');
  return {
    app,
    config,
    url,
    http: () => request(url),
    close: async () => {
      await app.close();
      if (ownsDatabase) await database.drop();
    },
  };
}
