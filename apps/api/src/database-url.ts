import type { Logger } from 'pino';
import { AppConfig, startEmbeddedDatabase } from '@switchboard/common';

export interface ResolvedDatabase {
  config: AppConfig;
  /** Stops the embedded PostgreSQL, if one was started; the last step of a shutdown. */
  stop(): Promise<void>;
}

/** With no DATABASE_URL, a real PostgreSQL is started under the data folder, so `npm start` needs nothing installed. */
export async function withDatabase(config: AppConfig, log: Logger): Promise<ResolvedDatabase> {
  if (config.databaseUrl) return { config, stop: async () => undefined };
  log.info(`DATABASE_URL not set: starting the embedded PostgreSQL under ${config.dataDir}`);
  const database = await startEmbeddedDatabase({
    dataDir: config.dataDir,
    database: 'switchboard',
    log: (message) => log.debug(message.trim()),
  });
  return { config: config.withDatabaseUrl(database.url), stop: () => database.stop() };
}
