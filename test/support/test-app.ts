import { INestApplication } from '@nestjs/common';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { AppConfig, loadConfig } from '@switchboard/common';
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
  env?: Record<string, string>;
}

export function testEnvironment(extra: Record<string, string> = {}): Record<string, string> {
  return {
    NODE_ENV: 'test',
    ADMIN_TOKEN,
    JWT_SECRET: 'test-jwt-secret-0123456789-0123456789',
    ENCRYPTION_KEY: '0f'.repeat(32),
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    DATA_DIR: mkdtempSync(join(tmpdir(), 'sb-e2e-')),
    ...extra,
  };
}

/** Boots the real application on a real PostgreSQL with migrations run, listening on a free port. */
export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const database = options.database ?? (await createTestDatabase());
  const ownsDatabase = !options.database;
  const config = loadConfig(testEnvironment(options.env)).withDatabaseUrl(database.url);
  const app = await createApp(config);
  await app.listen(0, '127.0.0.1');
  const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
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
