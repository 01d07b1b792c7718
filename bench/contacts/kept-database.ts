/**
 * BENCH_CONTACTS_DATABASE=<name>: a seeded database kept between runs, so query plans can be
 * worked on (EXPLAIN in psql, a new index) without seeding a million contacts each time. The
 * first run creates it on DATABASE_URL's server and seeds it; later runs find the tenant, its
 * key and its bots recorded in it, and only migrate (the app does at start) and measure.
 * Dropping it is left to whoever named it: `DROP DATABASE <name>`.
 */
import { BotApiFake } from '../../libs/bot-api-fake/src';
import { BenchTenant } from './api';
import { SeedResult } from './seed';
import { withClient } from '../support/pg-client';

/** What a later run needs to measure the seeded tenant again; kept in the bench database itself. */
export interface SeededTenant {
  tenant: BenchTenant;
  seeded: SeedResult;
}

const RECORD_TABLE = 'bench_contacts_seed';

/** The kept database's URL on DATABASE_URL's server, created empty if it is not there yet. */
export async function keptDatabaseUrl(name: string): Promise<string> {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) throw new Error(`BENCH_CONTACTS_DATABASE must be a lower-case identifier (got "${name}")`);
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) throw new Error('BENCH_CONTACTS_DATABASE needs DATABASE_URL: the server to keep the database on');
  await withClient(serverUrl, async (client) => {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) await client.query(`CREATE DATABASE ${name}`);
  });
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** The tenant a previous run seeded into this database, or null when it has not been seeded (or seeding did not finish). */
export function findSeededTenant(url: string): Promise<SeededTenant | null> {
  return withClient(url, async (client) => {
    const { rows } = await client.query<{ record: SeededTenant }>(`SELECT record FROM ${RECORD_TABLE}`).catch(() => ({ rows: [] }));
    return rows[0]?.record ?? null;
  });
}

/** Recorded only once seeding finished, so an interrupted seed is not taken for a complete one. */
export function recordSeededTenant(url: string, record: SeededTenant): Promise<void> {
  return withClient(url, async (client) => {
    await client.query(`CREATE TABLE ${RECORD_TABLE} (record jsonb NOT NULL)`);
    await client.query(`INSERT INTO ${RECORD_TABLE} (record) VALUES ($1)`, [JSON.stringify(record)]);
  });
}

/** Gives a fresh fake the bots a previous run registered, under the tokens the app holds: its calls to Telegram must succeed. */
export function restoreBots(fake: BotApiFake, record: SeededTenant): void {
  for (const token of record.tenant.botTokens) fake.addBot({ token });
}
