/**
 * Seeds the bench tenant's contacts and Telegram identities straight in SQL. This is setup, not
 * what is measured: a million contacts through the API would take hours and measure the writes.
 * The values follow what the app stores (contact-fields.ts), so the indexes and the planner's
 * statistics see realistic data.
 */
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';

/** A deterministic pseudo-random integer in [0, mod) per contact number `n` and seed: reproducible runs, independent columns. */
const h = (seed: number, mod: number, n = 'n') => `((hashint8extended(${n}, ${seed}) & 2147483647) % ${mod})::int`;

const FIRST_NAMES = ['Oleksandr', 'Olena', 'Maria', 'Ivan', 'Petro', 'Anna', 'Dmytro', 'Kateryna', 'John', 'Emma',
  'Lukas', 'Sofia', 'Carlos', 'Lucia', 'Mykola', 'Iryna', 'Andrii', 'Yulia', 'Max', 'Olga'];
const LAST_NAMES = ['Shevchenko', 'Kovalenko', 'Bondarenko', 'Tkachenko', 'Kravchenko', 'Smith', 'Johnson', 'Mueller',
  'Schmidt', 'Garcia', 'Lopez', 'Melnyk', 'Boyko', 'Oliynyk', 'Moroz'];
const LANGUAGES = ['en', 'en-US', 'uk', 'de', 'es'];
const COUNTRIES = ['UA', 'DE', 'US', 'PL', 'ES', 'GB', 'FR', 'IT'];
/** Tag and the % of contacts carrying it, drawn independently: ~0.7 tags per contact, most with 0–2. */
export const TAG_SHARES: Array<[string, number]> = [['vip', 5], ['beta', 10], ['churned', 15], ['newsletter', 40], ['tester', 2]];

const sqlArray = (values: string[]) => `ARRAY[${values.map((value) => `'${value}'`).join(',')}]`;
const pick = (values: string[], seed: number | null) => `(${sqlArray(values)})[1 + ${seed === null ? `(n % ${values.length})::int` : h(seed, values.length)}]`;

/** Contacts n in [$2, $3] get id n; created_at steps back a minute per contact from $5 (the newest, n = $4): ~2 years for a million. */
const INSERT_CONTACTS = `
INSERT INTO contacts (id, tenant_id, kind, first_name, last_name, username, language_code, external_customer_id, phone, email,
                      tags, attributes, search_text, last_activity_at, created_at, updated_at)
SELECT id, tenant_id, 'PERSON', first_name, last_name, username, language_code, external_customer_id, phone, email, tags, attributes,
       -- searchTextOf(): the non-empty fields joined by one space, lower-cased (concat_ws skips NULLs as it skips falsy parts).
       lower(concat_ws(' ', first_name, last_name, username, external_customer_id, phone, email)),
       last_activity_at, created_at, created_at
FROM (
  SELECT n AS id, $1::uuid AS tenant_id,
    ${pick(FIRST_NAMES, null)} AS first_name,
    CASE WHEN ${h(1, 10)} = 0 THEN NULL ELSE (${sqlArray(LAST_NAMES)})[1 + ((n / ${FIRST_NAMES.length}) % ${LAST_NAMES.length})::int] END AS last_name,
    CASE WHEN ${h(2, 100)} < 85 THEN 'user_' || n END AS username,
    CASE WHEN ${h(3, 100)} < 95 THEN ${pick(LANGUAGES, 4)} END AS language_code,
    CASE WHEN ${h(5, 100)} < 30 THEN 'ext_' || n END AS external_customer_id,
    -- 7919 is prime, so the 7 digits are distinct for every n below 10^7 and look unordered.
    CASE WHEN ${h(6, 100)} < 30 THEN '+38050' || lpad(((n * 7919 + 1234567) % 10000000)::text, 7, '0') END AS phone,
    CASE WHEN ${h(7, 100)} < 30 THEN 'user' || n || '@example.com' END AS email,
    array_remove(ARRAY[${TAG_SHARES.map(([tag, share], i) => `CASE WHEN ${h(10 + i, 100)} < ${share} THEN '${tag}' END`).join(', ')}], NULL)::text[] AS tags,
    jsonb_build_object(
      'plan', CASE WHEN ${h(20, 100)} < 70 THEN 'free' WHEN ${h(20, 100)} < 92 THEN 'pro' ELSE 'team' END,
      'country', ${pick(COUNTRIES, 21)},
      'score', ${h(22, 1000)}
    ) AS attributes,
    CASE WHEN ${h(23, 100)} < 60 THEN $5::timestamptz - ($4::bigint - n) * interval '1 minute' + ${h(24, 30 * 24 * 60)} * interval '1 minute' END
      AS last_activity_at,
    $5::timestamptz - ($4::bigint - n) * interval '1 minute' AS created_at
  FROM generate_series($2::bigint, $3::bigint) AS n
) seeded`;

/**
 * ~70% of contacts have an identity: bucket [0,55) on the first bot, [40,70) on the second, so 15% are on
 * both. chat_id is the person's Telegram user id: one per contact, the same on both bots, unique per bot.
 */
const INSERT_IDENTITIES = `
INSERT INTO telegram_identities (tenant_id, contact_id, bot_id, chat_id, chat_type, username, first_name, last_name, language_code,
                                 started, blocked, blocked_at, last_message_at, created_at, updated_at)
SELECT c.tenant_id, c.id, bot.id, 7000000000 + c.id, 'private', c.username, c.first_name, c.last_name, c.language_code,
       ${h(31, 100, 'c.id * 2 + bot.k')} < 90, ${h(32, 100, 'c.id * 2 + bot.k')} < 5,
       CASE WHEN ${h(32, 100, 'c.id * 2 + bot.k')} < 5 THEN c.created_at + interval '1 day' END,
       c.last_activity_at, c.created_at, c.created_at
FROM contacts c
JOIN (VALUES ($4::uuid, 1, 0, 55), ($5::uuid, 2, 40, 70)) AS bot(id, k, lo, hi)
  ON ${h(30, 100, 'c.id')} >= bot.lo AND ${h(30, 100, 'c.id')} < bot.hi
WHERE c.tenant_id = $1 AND c.id BETWEEN $2 AND $3`;

export interface SeedResult {
  contacts: number;
  identities: number;
  seconds: number;
  /** The contact ids seeded: [firstId, lastId]. */
  firstId: number;
  lastId: number;
}

export async function seedContacts(
  url: string,
  tenantId: string,
  botIds: string[],
  total: number,
  chunk: number,
  log: (message: string) => void,
): Promise<SeedResult> {
  if (botIds.length !== 2) throw new Error(`seeding spreads identities over exactly 2 bots (got ${botIds.length})`);
  const client = new Client({ connectionString: url });
  await client.connect();
  const started = performance.now();
  try {
    // Seeding only: losing the last commits in a crash costs nothing here, and skipping the WAL flush per chunk saves time.
    await client.query('SET synchronous_commit = off');
    // Ids continue after any contact already there, so the seeded range is ours alone.
    const before = Number((await client.query<{ max: string }>('SELECT coalesce(max(id), 0) AS max FROM contacts')).rows[0].max);
    const firstId = before + 1;
    const lastId = before + total;
    const newest = new Date().toISOString();
    let identities = 0;
    for (let from = firstId; from <= lastId; from += chunk) {
      const to = Math.min(from + chunk - 1, lastId);
      await client.query('BEGIN');
      await client.query(INSERT_CONTACTS, [tenantId, from, to, lastId, newest]);
      const inserted = await client.query(INSERT_IDENTITIES, [tenantId, from, to, botIds[0], botIds[1]]);
      await client.query('COMMIT');
      identities += inserted.rowCount ?? 0;
      const seconds = (performance.now() - started) / 1000;
      log(`seeded ${(to - before).toLocaleString('en-US')} / ${total.toLocaleString('en-US')} contacts (${seconds.toFixed(1)} s)`);
    }
    // The app's next contact must not collide with the explicit ids given above.
    await client.query(`SELECT setval(pg_get_serial_sequence('contacts', 'id'), (SELECT max(id) FROM contacts))`);
    // A table grown over months has been vacuumed by autovacuum: its visibility map is set, so
    // index-only scans skip the heap. Measured straight after a bulk load it is not, and the
    // planner prefers whole-table scans the app never gets in steady state; autovacuum would
    // catch up at some point during the measurement, making the run depend on when it did.
    // contact_reach too: the identities' trigger filled it row by row as they were seeded.
    log('VACUUM ANALYZE contacts, telegram_identities, contact_reach…');
    await client.query('VACUUM ANALYZE contacts, telegram_identities, contact_reach');
    return { contacts: total, identities, seconds: (performance.now() - started) / 1000, firstId, lastId };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

/** Real values to search for: phones, emails and external ids of contacts picked at random (by primary key). */
export interface SearchSamples {
  phones: string[];
  emails: string[];
  externalIds: string[];
}

export async function sampleSearchValues(url: string, tenantId: string, ids: number[]): Promise<SearchSamples> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ phone: string | null; email: string | null; external_customer_id: string | null }>(
      'SELECT phone, email, external_customer_id FROM contacts WHERE tenant_id = $1 AND id = ANY($2::bigint[]) ORDER BY id',
      [tenantId, ids],
    );
    const present = (values: Array<string | null>) => values.filter((value): value is string => value !== null);
    return {
      phones: present(rows.map((row) => row.phone)),
      emails: present(rows.map((row) => row.email)),
      externalIds: present(rows.map((row) => row.external_customer_id)),
    };
  } finally {
    await client.end();
  }
}
