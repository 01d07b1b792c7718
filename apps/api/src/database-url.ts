import type { Logger } from 'pino';
import { AppConfig, startEmbeddedDatabase } from '@switchboard/common';

/** With no DATABASE_URL, a real PostgreSQL is started under the data folder, so `npm start` needs nothing installed. */
export async function withDatabase(config: AppConfig, log: Logger): Promise<AppConfig> {
  if (config.databaseUrl) return config;
  log.info(`DATABASE_URL not set: starting the embedded PostgreSQL under ${config.dataDir}`);
  const database = await startEmbeddedDatabase({
    dataDir: config.dataDir,
    database: 'switchboard',
    log: (message) => log.debug(message.trim()),
  });
  return config.withDatabaseUrl(database.url);
}
