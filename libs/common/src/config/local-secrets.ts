import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Environment } from './config.schema';
import { ConfigError } from './app-config';

export interface LocalSecrets {
  adminToken: string;
  jwtSecret: string;
  encryptionKey: Buffer;
}

type StoredSecrets = Partial<Record<'ADMIN_TOKEN' | 'JWT_SECRET' | 'ENCRYPTION_KEY', string>>;

const SECRETS_FILE = 'secrets.json';

function generate(): Required<StoredSecrets> {
  return {
    ADMIN_TOKEN: randomBytes(24).toString('base64url'),
    JWT_SECRET: randomBytes(48).toString('base64url'),
    ENCRYPTION_KEY: randomBytes(32).toString('hex'),
  };
}

function readStored(file: string): StoredSecrets {
  if (!existsSync(file)) return {};
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as StoredSecrets;
  } catch {
    throw new ConfigError(`Invalid configuration:\n  ${file}: not readable JSON; delete it to generate new local secrets`);
  }
}

/**
 * Production must be given its secrets. A local run fills the missing ones from (or into)
 * `<dataDir>/secrets.json`, so a restart keeps the same admin token, JWTs and encrypted tokens.
 */
export function resolveSecrets(
  values: Environment,
  dataDir: string,
): { secrets: LocalSecrets; generatedFile?: string } {
  const given = { ADMIN_TOKEN: values.ADMIN_TOKEN, JWT_SECRET: values.JWT_SECRET, ENCRYPTION_KEY: values.ENCRYPTION_KEY };
  const missing = Object.entries(given).filter(([, value]) => value === undefined).map(([name]) => name);
  if (missing.length > 0 && values.NODE_ENV === 'production') {
    throw new ConfigError(`Invalid configuration:\n${missing.map((name) => `  ${name}: required when NODE_ENV=production`).join('\n')}`);
  }
  let generatedFile: string | undefined;
  let stored: StoredSecrets = {};
  if (missing.length > 0) {
    generatedFile = join(dataDir, SECRETS_FILE);
    stored = readStored(generatedFile);
    const filled = { ...generate(), ...stored };
    if (Object.keys(stored).length < 3) writeSecrets(dataDir, generatedFile, filled);
    stored = filled;
  }
  return {
    secrets: {
      adminToken: given.ADMIN_TOKEN ?? stored.ADMIN_TOKEN!,
      jwtSecret: given.JWT_SECRET ?? stored.JWT_SECRET!,
      encryptionKey: given.ENCRYPTION_KEY ?? Buffer.from(stored.ENCRYPTION_KEY!, 'hex'),
    },
    generatedFile,
  };
}

function writeSecrets(dataDir: string, file: string, secrets: StoredSecrets): void {
  mkdirSync(dataDir, { recursive: true });
  // The embedded PostgreSQL runs as another OS user and must traverse the data folder.
  chmodSync(dataDir, 0o755);
  writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
}
