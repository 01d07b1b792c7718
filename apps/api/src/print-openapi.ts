import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { loadConfig } from '@switchboard/common';
import { previewOpenApiDocument } from './openapi/preview-document';

/** Placeholders: the preview runs no provider, so nothing connects, signs or encrypts with them. */
const PREVIEW_SETTINGS = {
  ADMIN_TOKEN: 'preview-only-admin-token',
  JWT_SECRET: 'preview-only-jwt-secret-of-32-chars!',
  ENCRYPTION_KEY: '00'.repeat(32),
  NODE_ENV: 'development',
  LOG_LEVEL: 'silent',
};

/**
 * Writes the OpenAPI document served at /docs-json to the file given (else stdout), without a
 * database or a server. PUBLIC_URL sets its server, as it does for the running app.
 */
async function main(): Promise<void> {
  const config = loadConfig({ ...process.env, ...PREVIEW_SETTINGS }).withDatabaseUrl('postgres://preview.invalid/none');
  const text = `${JSON.stringify(await previewOpenApiDocument(config), null, 2)}\n`;
  const file = process.argv[2];
  if (!file) {
    process.stdout.write(text);
  } else {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  process.exit(0);
}

main().catch((error: unknown) => {
  process.stderr.write(`Could not write the OpenAPI document: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
