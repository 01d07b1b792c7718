import { Client } from 'pg';

/**
 * Makes the database refuse some rows, as it would a value it cannot store: a CHECK constraint
 * added to a table of the app's database. Validation stops every such value from reaching
 * PostgreSQL, so this is how a test meets a write the database itself refuses.
 */
export async function refuseRows(databaseUrl: string, table: string, constraint: string, check: string): Promise<void> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(`ALTER TABLE ${table} ADD CONSTRAINT ${constraint} CHECK (${check})`);
  } finally {
    await client.end();
  }
}
