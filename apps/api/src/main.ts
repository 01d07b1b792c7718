import 'reflect-metadata';
import pino from 'pino';
import { AppConfig, ConfigError, loadConfig, startEmbeddedDatabase } from '@switchboard/common';
import { createApp } from './bootstrap';

function readConfig(): AppConfig {
  try {
    return loadConfig(process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
}

async function main(): Promise<void> {
  let config = readConfig();
  const log = pino({ level: config.logLevel, name: 'boot' });
  if (config.generatedSecretsFile) {
    log.warn(`ADMIN_TOKEN, JWT_SECRET or ENCRYPTION_KEY not set: using local secrets from ${config.generatedSecretsFile} (set them for production)`);
  }
  if (!config.databaseUrl) {
    log.info(`DATABASE_URL not set: starting the embedded PostgreSQL under ${config.dataDir}`);
    const database = await startEmbeddedDatabase({
      dataDir: config.dataDir,
      database: 'switchboard',
      log: (message) => log.debug(message.trim()),
    });
    config = config.withDatabaseUrl(database.url);
  }
  const app = await createApp(config);
  await app.listen(config.port);
  log.info(`Switchboard listening on ${await app.getUrl()} (GraphQL /graphql, REST docs /docs, health /health)`);
}

main().catch((error: unknown) => {
  process.stderr.write(`Switchboard failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
