import { EntityManager, ObjectLiteral } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';

/** Column types whose values travel one to one in a PostgreSQL array (not arrays themselves, nor enums). */
const UNNESTABLE = new Set(['uuid', 'bigint', 'integer', 'smallint', 'character varying', 'text', 'boolean', 'jsonb', 'json', 'timestamp with time zone', 'double precision', 'numeric']);

/** What the database fills in when a row leaves it out: generated keys, defaults, timestamps. */
const filledByDatabase = (column: ColumnMetadata) => column.isGenerated || column.isCreateDate || column.isUpdateDate || column.isVersion || column.default !== undefined;

/**
 * Inserts new rows in one statement whose parameters are one array per column, and fills in
 * what the database generated. TypeORM's INSERT takes a parameter per value, which it names,
 * escapes and PostgreSQL parses one by one: for a thousand rows, hundreds of milliseconds of
 * bookkeeping on both sides. A column given for some rows but not others, an array column or an
 * enum goes through TypeORM's INSERT instead.
 */
export async function bulkInsert<T extends ObjectLiteral>(manager: EntityManager, target: new () => T, rows: T[]): Promise<void> {
  const { metadata } = manager.getRepository(target);
  const driver = manager.connection.driver;
  const insertable = metadata.columns.filter((column) => column.isInsert && !column.isVirtual);
  const given = insertable.filter((column) => rows.some((row) => column.getEntityValue(row) !== undefined));
  const typeOf = (column: ColumnMetadata) => driver.normalizeType(column);
  const unnestable = given.every(
    (column) => !column.isArray && UNNESTABLE.has(typeOf(column)) && rows.every((row) => column.getEntityValue(row) !== undefined),
  );
  if (!unnestable) {
    await manager.createQueryBuilder().insert().into(target).values(rows as QueryDeepPartialEntity<T>[]).execute();
    return;
  }
  const returned = insertable.filter((column) => filledByDatabase(column) && !given.includes(column));
  const values = given.map((column) => rows.map((row) => driver.preparePersistentValue(column.getEntityValue(row), column) as unknown));
  const sql =
    `INSERT INTO "${metadata.tableName}" (${given.map((column) => `"${column.databaseName}"`).join(', ')}) ` +
    `SELECT ${given.map((_, i) => `c${i}`).join(', ')} FROM unnest(${given.map((column, i) => `$${i + 1}::${typeOf(column)}[]`).join(', ')}) ` +
    `WITH ORDINALITY AS input(${given.map((_, i) => `c${i}`).join(', ')}, position) ORDER BY position` +
    (returned.length > 0 ? ` RETURNING ${returned.map((column) => `"${column.databaseName}"`).join(', ')}` : '');
  const inserted: ObjectLiteral[] = await manager.query(sql, values);
  // Rows come back in the order they were inserted, which is the input's.
  inserted.forEach((raw, index) => {
    for (const column of returned) column.setEntityValue(rows[index], driver.prepareHydratedValue(raw[column.databaseName], column));
  });
}
