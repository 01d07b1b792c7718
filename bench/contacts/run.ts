/**
 * Contacts at scale: with BENCH_CONTACTS (default 1,000,000) contacts in one tenant, how fast the
 * app lists, searches, filters and counts them over GraphQL, and whether PostgreSQL reaches them
 * through indexes (a Seq Scan on contacts or telegram_identities is flagged as a FULL SCAN).
 *
 *   npm run bench:contacts
 *   BENCH_CONTACTS=100000 BENCH_ITERATIONS=20 DATABASE_URL=postgres://… npm run bench:contacts
 *   BENCH_CONTACTS_DATABASE=contacts_1m DATABASE_URL=postgres://… npm run bench:contacts
 *
 * The last keeps its database (named, on DATABASE_URL's server) and seeds it only on the first run:
 * later runs migrate it and measure, for working on query plans against the seeded data in psql.
 * A kept database's visibility map and statistics are the previous run's; the default, a fresh
 * database per run, is what figures are reported from.
 *
 * Reuses bench/webhook-intake's helpers: the built app as a child process, a throw-away database.
 * Exits 0 when it measured, whether or not the bars were met (they are printed as PASS/FAIL);
 * non-zero only when it could not measure.
 */
import { Cleanups, runBenchmark } from '../support/bench-run';
import { Client } from 'pg';
import { BotApiFake } from '../../libs/bot-api-fake/src';
import { AppProcess, ensureAppBuilt, startApp } from '../webhook-intake/app-process';
import { BenchDatabase, createBenchDatabase } from '../webhook-intake/database';
import { BenchSegment, BenchTenant, createBenchTenant, createSegment } from './api';
import { CONTACTS, DEEP_PAGE, ITERATIONS, KEPT_DATABASE, log, SEED_CHUNK, WARMUPS } from './config';
import { findSeededTenant, keptDatabaseUrl, recordSeededTenant, restoreBots, SeededTenant } from './kept-database';
import { explainAll } from './explain';
import { measure } from './measure';
import { printFlaggedPlans, printReport, Result } from './report';
import { sampleSearchValues, seedContacts } from './seed';
import { measuredShapes } from './shapes';

/** mulberry32: a seeded PRNG, so two runs search for the same contacts. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function segmentsOf(tenant: BenchTenant): Array<[string, BenchSegment['criteria']]> {
  return [
    ['VIP reachable on bot 1', { tags: ['vip'], botId: tenant.botIds[0], reachable: true }],
    ['Pro in UA speaking en', { attributes: { plan: 'pro', country: 'UA' }, language: 'en' }],
    ['Newsletter, never blocked', { tags: ['newsletter'], blocked: false }],
  ];
}

/** A throw-away database, or the one BENCH_CONTACTS_DATABASE names (kept, and seeded only once). */
async function benchDatabase(cleanups: Cleanups): Promise<{ url: string; server: string }> {
  if (KEPT_DATABASE) return { url: await keptDatabaseUrl(KEPT_DATABASE), server: `${KEPT_DATABASE} on DATABASE_URL's server (kept)` };
  const database: BenchDatabase = await createBenchDatabase(log);
  cleanups.push(['drop the bench database', () => database.dispose()]);
  return database;
}

/** The bench tenant with its contacts: seeded now, or found in a kept database a previous run seeded. */
async function seededTenant(url: string, app: AppProcess, fake: BotApiFake): Promise<SeededTenant> {
  const kept = KEPT_DATABASE ? await findSeededTenant(url) : null;
  if (kept) {
    if (kept.seeded.contacts !== CONTACTS) throw new Error(`${KEPT_DATABASE} holds ${kept.seeded.contacts} contacts, not BENCH_CONTACTS=${CONTACTS}`);
    restoreBots(fake, kept);
    log(`reusing the ${kept.seeded.contacts.toLocaleString('en-US')} contacts seeded in ${KEPT_DATABASE}`);
    return kept;
  }
  const tenant = await createBenchTenant(app.origin, fake, 2);
  log(`seeding ${CONTACTS.toLocaleString('en-US')} contacts in SQL, ${SEED_CHUNK.toLocaleString('en-US')} per statement…`);
  const seeded = await seedContacts(url, tenant.tenantId, tenant.botIds, CONTACTS, SEED_CHUNK, log);
  log(`seeding took ${seeded.seconds.toFixed(1)} s (${seeded.identities.toLocaleString('en-US')} identities)`);
  if (KEPT_DATABASE) await recordSeededTenant(url, { tenant, seeded });
  return { tenant, seeded };
}

async function main(cleanups: Cleanups): Promise<void> {
  ensureAppBuilt(log);
  {
    const database = await benchDatabase(cleanups);
    const fake = new BotApiFake({ setWebhookCooldownMs: 0 });
    await fake.start();
    cleanups.push(['stop the Bot API fake', () => fake.stop()]);

    log('starting Switchboard (it migrates the database)…');
    const app: AppProcess = await startApp(database.url, fake.apiRoot);
    cleanups.push(['stop Switchboard', () => app.child.stop()]);
    const { tenant, seeded } = await seededTenant(database.url, app, fake);

    const next = random(42);
    const sampleIds = Array.from({ length: 400 }, () => seeded.firstId + Math.floor(next() * (seeded.lastId - seeded.firstId + 1)));
    const samples = await sampleSearchValues(database.url, tenant.tenantId, sampleIds);
    const segments: BenchSegment[] = [];
    for (const [name, criteria] of segmentsOf(tenant)) segments.push(await createSegment(app.origin, tenant.apiKey, name, criteria));

    const explainer = new Client({ connectionString: database.url });
    await explainer.connect();
    cleanups.push(['close the EXPLAIN connection', () => explainer.end()]);
    const results: Result[] = [];
    for (const shape of measuredShapes({ origin: app.origin, tenant, segments, samples, deepPage: DEEP_PAGE })) {
      log(`measuring "${shape.name}"…`);
      const measured = await measure(shape, WARMUPS, ITERATIONS);
      results.push({ ...measured, plans: await explainAll(explainer, measured.samples.map((sample) => sample.sql)) });
    }

    const flagged = printReport(
      { contacts: seeded.contacts, identities: seeded.identities, seedSeconds: seeded.seconds, database: database.server, iterations: ITERATIONS, warmups: WARMUPS },
      results,
    );
    await printFlaggedPlans(explainer, flagged);
    const appOutput = app.child.output().trim();
    if (appOutput) log(`Switchboard's output during the run (LOG_LEVEL=warn):\n${appOutput.slice(-4_000)}`);
  }
}

runBenchmark(main);
