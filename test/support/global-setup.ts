import { join } from 'node:path';
import { Client } from 'pg';
import { startEmbeddedDatabase } from '../../libs/common/src/database/embedded-postgres';
import { ensureAppBuilt } from './built-app';
import { buildConsole } from './console-build';

declare global {
  // Shared between jest's global setup and teardown only.
  var __embeddedDatabase: { stop(): Promise<void> } | undefined;
}

/**
 * e2e suites need a real PostgreSQL: the one DATABASE_URL names, or an embedded one started here.
 * Each suite then creates its own throw-away database on it (see test-database.ts). The app is
 * built first (if the tree changed), for the suites that run it as a process of its own, then the
 * web console, so the apps the suites start serve it.
 */
export default async function globalSetup(): Promise<void> {
  ensureAppBuilt((message) => process.stdout.write(`${message}\n`));
  buildConsole();
  if (process.env.DATABASE_URL) {
    const client = new Client({ connectionString: process.env.DATABASE_URL });
    await client.connect().catch((error: Error) => {
      throw new Error(`DATABASE_URL is set but PostgreSQL is not reachable: ${error.message}`);
    });
    await client.end();
    return;
  }
  const database = await startEmbeddedDatabase({ dataDir: join(__dirname, '..', '..', '.data', 'test'), database: 'test' });
  process.env.DATABASE_URL = database.url;
  globalThis.__embeddedDatabase = database;
}
