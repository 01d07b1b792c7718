import { DataSource } from 'typeorm';
import { postgresOptions } from '@switchboard/common';
import { migrations } from '../apps/api/src/migrations';
import { startTestApp } from './support/test-app';
import { createTestDatabase } from './support/test-database';

async function tablesOf(url: string): Promise<string[]> {
  const dataSource = await new DataSource(postgresOptions(url, [])).initialize();
  try {
    const rows: Array<{ table_name: string }> = await dataSource.query(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name",
    );
    return rows.map((row) => row.table_name);
  } finally {
    await dataSource.destroy();
  }
}

describe('migrations', () => {
  it('lets two instances start together on one empty database, migrating it once', async () => {
    const database = await createTestDatabase();
    try {
      const [first, second] = await Promise.all([startTestApp({ database }), startTestApp({ database })]);
      try {
        for (const app of [first, second]) expect((await app.http().get('/health')).status).toBe(200);
        const applied: Array<{ name: string }> = await first.app.get(DataSource).query('SELECT name FROM migrations ORDER BY id');
        expect(applied.map((row) => row.name)).toEqual(migrations.map((migration) => migration.name));
      } finally {
        await Promise.all([first.close(), second.close()]);
      }
    } finally {
      await database.drop();
    }
  });

  it('leaves the schema exactly as the entities describe it', async () => {
    const app = await startTestApp();
    try {
      const pending = await app.app.get(DataSource).driver.createSchemaBuilder().log();
      expect(pending.upQueries.map((query) => query.query)).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it('reverts every migration cleanly and applies them again', async () => {
    const database = await createTestDatabase();
    const dataSource = await new DataSource(postgresOptions(database.url, migrations)).initialize();
    try {
      await dataSource.runMigrations();
      expect(await tablesOf(database.url)).toEqual(expect.arrayContaining(['api_keys', 'tenants', 'users']));
      for (let i = 0; i < migrations.length; i++) await dataSource.undoLastMigration();
      expect(await tablesOf(database.url)).toEqual(['migrations']);
      expect(await dataSource.runMigrations()).toHaveLength(migrations.length);
    } finally {
      await dataSource.destroy();
      await database.drop();
    }
  });
});
