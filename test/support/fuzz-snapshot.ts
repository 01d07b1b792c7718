import { Client } from 'pg';

/**
 * The stored data, summarised: each table of the public schema with its row count and an md5
 * over its rows, read with plain SQL beside the application.
 */
export type Snapshot = Record<string, { rows: number; md5: string }>;

/**
 * Columns that change without any input: an API key's last use is written at most once a
 * minute by every authenticated call, bad or not.
 */
const BOOKKEEPING: Record<string, string[]> = { api_keys: ['last_used_at'] };

export class DataSnapshots {
  private constructor(private readonly client: Client) {}

  static async connect(databaseUrl: string): Promise<DataSnapshots> {
    const client = new Client({ connectionString: databaseUrl });
    await client.connect();
    return new DataSnapshots(client);
  }

  /** One statement for every table, so a snapshot per request stays cheap. */
  async take(except: string[] = []): Promise<Snapshot> {
    const tables = await this.client.query<{ name: string }>("SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename");
    const names = tables.rows.map((table) => table.name).filter((name) => !except.includes(name));
    const summaries = names.map((name, index) => {
      const row = `(to_jsonb(t) - $${index + 1}::text[])::text`;
      return `SELECT '${name}' AS name, count(*) AS rows, md5(coalesce(string_agg(${row}, E'\\n' ORDER BY ${row}), '')) AS md5 FROM "${name}" t`;
    });
    const result = await this.client.query<{ name: string; rows: string; md5: string }>(
      summaries.join(' UNION ALL '),
      names.map((name) => BOOKKEEPING[name] ?? []),
    );
    return Object.fromEntries(result.rows.map((row) => [row.name, { rows: Number(row.rows), md5: row.md5 }]));
  }

  /** Ids of the webhook events a malformed update must never become: any not (yet) FAILED. */
  async eventsNotFailed(): Promise<Array<{ id: string; status: string; payload: string }>> {
    const result = await this.client.query<{ id: string; status: string; payload: string }>(
      "SELECT id, status, payload::text AS payload FROM webhook_events WHERE status <> 'FAILED' ORDER BY id",
    );
    return result.rows;
  }

  async eventsQueued(): Promise<number> {
    const result = await this.client.query<{ count: string }>("SELECT count(*) FROM webhook_events WHERE status = 'QUEUED'");
    return Number(result.rows[0].count);
  }

  close(): Promise<void> {
    return this.client.end();
  }
}

/** Tables whose rows differ, with their counts, e.g. `contacts (2 → 3 rows)`. */
export function changedTables(before: Snapshot, after: Snapshot): string[] {
  return Object.keys({ ...before, ...after })
    .filter((name) => before[name]?.md5 !== after[name]?.md5)
    .map((name) => `${name} (${before[name]?.rows ?? 0} → ${after[name]?.rows ?? 0} rows)`);
}
