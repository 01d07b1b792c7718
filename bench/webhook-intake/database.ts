import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { EmbeddedDatabase, startEmbeddedDatabase } from '../../libs/common/src/database/embedded-postgres';
import { ROOT } from './processes';
import { withClient } from '../support/pg-client';

export interface BenchDatabase {
  /** A fresh, empty database the app migrates at start. */
  url: string;
  /** Where it lives: the DATABASE_URL server or the embedded one. */
  server: string;
  /** Drops the database and stops the embedded PostgreSQL if this run started it. */
  dispose(): Promise<void>;
}

/**
 * A throw-away database for one run, on the server DATABASE_URL names, or else on the embedded
 * PostgreSQL under .data/bench — never the database DATABASE_URL itself, so a run leaves nothing behind.
 */
export async function createBenchDatabase(log: (message: string) => void): Promise<BenchDatabase> {
  let embedded: EmbeddedDatabase | undefined;
  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    log('DATABASE_URL not set: starting the embedded PostgreSQL under .data/bench…');
    embedded = await startEmbeddedDatabase({ dataDir: join(ROOT, '.data', 'bench'), database: 'postgres' });
    serverUrl = embedded.url;
  }
  const name = `sb_bench_${randomBytes(6).toString('hex')}`;
  try {
    await withClient(serverUrl, (client) => client.query(`CREATE DATABASE ${name}`));
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const admin = serverUrl;
  return {
    url: url.toString(),
    server: embedded ? 'embedded PostgreSQL (.data/bench)' : `${url.host} (DATABASE_URL)`,
    async dispose() {
      try {
        await withClient(admin, async (client) => {
          // The app is stopped by now; this only catches connections a crashed child left open.
          await client.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [name]);
          await client.query(`DROP DATABASE IF EXISTS ${name}`);
        });
      } finally {
        await embedded?.stop();
      }
    },
  };
}

export interface StoredCheck {
  /** Rows whose update_id the measured run sent. */
  storedInRun: number;
  /** Every row in the table (warm-up included). */
  storedTotal: number;
  /** update_ids answered 2xx that have no row: acknowledged but lost. Must be 0. */
  acknowledgedNotStored: number;
}

/**
 * Counts what the app stored. Requests still in flight when autocannon stopped may be stored a moment
 * later, so this waits until the count stops moving before reading it.
 */
export async function checkStored(
  url: string,
  table: 'webhook_events' | 'peer_updates',
  run: { firstUpdateId: number; endUpdateId: number },
  acknowledgedIds: number[],
): Promise<StoredCheck> {
  return withClient(url, async (client) => {
    const total = async () => Number((await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${table}`)).rows[0].n);
    let last = await total();
    for (let i = 0; i < 50; i++) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      const now = await total();
      if (now === last) break;
      last = now;
    }
    const inRun = await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${table} WHERE update_id >= $1 AND update_id < $2`, [
      run.firstUpdateId,
      run.endUpdateId,
    ]);
    const missing = await client.query<{ n: string }>(
      `SELECT count(*) AS n FROM unnest($1::bigint[]) AS acknowledged(update_id)
       WHERE NOT EXISTS (SELECT 1 FROM ${table} w WHERE w.update_id = acknowledged.update_id)`,
      [acknowledgedIds],
    );
    return { storedTotal: last, storedInRun: Number(inRun.rows[0].n), acknowledgedNotStored: Number(missing.rows[0].n) };
  });
}
