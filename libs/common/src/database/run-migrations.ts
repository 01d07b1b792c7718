import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** An arbitrary, fixed key: every Switchboard instance migrating this database takes the same lock. */
const MIGRATION_LOCK_KEY = 7_312_604_118;

/**
 * Runs pending migrations while holding a PostgreSQL advisory lock on a connection of its own,
 * so instances started together migrate one after another and the later ones find nothing to do.
 */
export async function runMigrationsLocked(dataSource: DataSource, logger = new Logger('Migrations')): Promise<void> {
  const lockHolder = dataSource.createQueryRunner();
  await lockHolder.connect();
  try {
    await lockHolder.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    if (applied.length > 0) logger.log(`applied ${applied.map((migration) => migration.name).join(', ')}`);
  } finally {
    await lockHolder.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await lockHolder.release();
  }
}
