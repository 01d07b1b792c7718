import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import pino from 'pino';
import { loadConfig } from '@switchboard/common';
import { createApp } from './bootstrap';
import { withDatabase } from './database-url';
import { SCHEMA_FILE, schemaFileContent } from './schema-file';

/** Writes schema.gql; a test fails while the committed file differs from the code. */
async function main(): Promise<void> {
  const database = await withDatabase(loadConfig({ LOG_LEVEL: 'warn', ...process.env }), pino({ level: 'warn' }));
  const app = await createApp(database.config);
  await app.init();
  writeFileSync(SCHEMA_FILE, schemaFileContent(app));
  await app.close();
  await database.stop();
  process.stdout.write(`wrote ${SCHEMA_FILE}\n`);
  process.exit(0);
}

void main();
