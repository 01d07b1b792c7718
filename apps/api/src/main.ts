import 'reflect-metadata';
import pino from 'pino';
import { AppConfig, ConfigError, loadConfig } from '@switchboard/common';
import { createApp } from './bootstrap';
import { withDatabase } from './database-url';
import { drainOnSignals } from './shutdown';

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
  const settings = readConfig();
  const log = pino({ level: settings.logLevel, name: 'boot' });
  if (settings.generatedSecretsFile) {
    log.warn(`ADMIN_TOKEN, JWT_SECRET or ENCRYPTION_KEY not set: using local secrets from ${settings.generatedSecretsFile} (set them for production)`);
  }
  const database = await withDatabase(settings, log);
  const { config } = database;
  const app = await createApp(config);
  await app.listen(config.port);
  drainOnSignals(app, log, () => database.stop());
  log.info(`Switchboard listening on ${await app.getUrl()} (GraphQL /graphql, REST docs /docs, health /health)`);
}

main().catch((error: unknown) => {
  process.stderr.write(`Switchboard failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
