import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig } from './app-config';

const KEY_HEX = 'a'.repeat(64);
const SECRETS = { ADMIN_TOKEN: 'admin-token-0123456789', JWT_SECRET: 'j'.repeat(32), ENCRYPTION_KEY: KEY_HEX };

function freshDir(): string {
  return mkdtempSync(join(tmpdir(), 'sb-config-'));
}

describe('loadConfig', () => {
  it('applies the documented defaults', () => {
    const config = loadConfig({ ...SECRETS }, freshDir());
    expect(config.port).toBe(3000);
    expect(config.publicUrl).toBe('http://localhost:3000');
    expect(config.telegram).toEqual({
      apiRoot: 'https://api.telegram.org',
      updates: 'webhook',
      rateLimit: { count: 30, perMs: 1_000 },
      maxRetries: 3,
      requestTimeoutMs: 30_000,
      webhookWatchIntervalMs: 300_000,
    });
    expect(config.apiRateLimit).toEqual({ count: 100, perMs: 1_000 });
    expect(config.events).toEqual({ allowPrivateAddresses: false, retryWindowMs: 86_400_000 });
    expect(config.logLevel).toBe('info');
    expect(config.runWorkers).toBe(true);
    expect(config.databaseUrl).toBeUndefined();
  });

  it('names the variable and the value when one is bad', () => {
    expect(() => loadConfig({ ...SECRETS, PORT: 'abc' }, freshDir())).toThrow(/PORT: must be a number \(got "abc"\)/);
    expect(() => loadConfig({ ...SECRETS, TELEGRAM_UPDATES: 'push' }, freshDir())).toThrow(/TELEGRAM_UPDATES/);
    expect(() => loadConfig({ ...SECRETS, RUN_WORKERS: 'yes' }, freshDir())).toThrow(/RUN_WORKERS: must be true or false/);
    expect(() => loadConfig({ ...SECRETS, TELEGRAM_RATE_LIMIT: 'fast' }, freshDir())).toThrow(
      /TELEGRAM_RATE_LIMIT: must look like 30\/s or 20\/min/,
    );
    expect(() => loadConfig({ ...SECRETS, DATABASE_URL: 'mysql://x' }, freshDir())).toThrow(/DATABASE_URL/);
    expect(() => loadConfig({ ...SECRETS, API_RATE_LIMIT: '100' }, freshDir())).toThrow(/API_RATE_LIMIT: must look like 30\/s or 20\/min \(got "100"\)/);
  });

  it('takes a metrics token of 16 characters or more, never echoing a short one', () => {
    expect(loadConfig({ ...SECRETS }, freshDir()).metricsToken).toBeUndefined();
    expect(loadConfig({ ...SECRETS, METRICS_TOKEN: 'scrape-token-0123456789' }, freshDir()).metricsToken).toBe('scrape-token-0123456789');
    const attempt = () => loadConfig({ ...SECRETS, METRICS_TOKEN: 'short-token' }, freshDir());
    expect(attempt).toThrow(/METRICS_TOKEN: must be at least 16 characters$/m);
  });

  it('reads the event delivery settings', () => {
    expect(loadConfig({ ...SECRETS, EVENTS_ALLOW_PRIVATE_ADDRESSES: 'true', EVENTS_RETRY_WINDOW: '3600' }, freshDir()).events).toEqual({
      allowPrivateAddresses: true,
      retryWindowMs: 3_600_000,
    });
    expect(() => loadConfig({ ...SECRETS, EVENTS_RETRY_WINDOW: '0' }, freshDir())).toThrow(/EVENTS_RETRY_WINDOW: must be at least 1/);
    expect(() => loadConfig({ ...SECRETS, EVENTS_ALLOW_PRIVATE_ADDRESSES: 'yes' }, freshDir())).toThrow(/EVENTS_ALLOW_PRIVATE_ADDRESSES: must be true or false/);
  });

  it('reads the API rate limit per second or per minute', () => {
    expect(loadConfig({ ...SECRETS, API_RATE_LIMIT: '600/min' }, freshDir()).apiRateLimit).toEqual({ count: 600, perMs: 60_000 });
  });

  it('never echoes a secret value', () => {
    let message = '';
    try {
      loadConfig({ ...SECRETS, ENCRYPTION_KEY: 'short-secret' }, freshDir());
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/ENCRYPTION_KEY: must be 32 bytes/);
    expect(message).not.toContain('short-secret');
  });

  it('accepts an encryption key as base64', () => {
    const base64 = Buffer.alloc(32, 7).toString('base64');
    expect(loadConfig({ ...SECRETS, ENCRYPTION_KEY: base64 }, freshDir()).secrets.encryptionKey).toEqual(Buffer.alloc(32, 7));
  });

  it('requires every secret in production, naming the missing ones', () => {
    const attempt = () => loadConfig({ NODE_ENV: 'production', ADMIN_TOKEN: SECRETS.ADMIN_TOKEN }, freshDir());
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(/JWT_SECRET: required when NODE_ENV=production[\s\S]*ENCRYPTION_KEY/);
  });

  it('generates missing local secrets once and keeps them across starts', () => {
    const dir = freshDir();
    const first = loadConfig({ DATA_DIR: 'data' }, dir);
    const second = loadConfig({ DATA_DIR: 'data' }, dir);
    expect(first.generatedSecretsFile).toBe(join(dir, 'data', 'secrets.json'));
    expect(second.secrets).toEqual(first.secrets);
    expect(first.secrets.encryptionKey).toHaveLength(32);
    expect(statSync(first.generatedSecretsFile!).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(first.generatedSecretsFile!, 'utf8')).ADMIN_TOKEN).toBe(first.secrets.adminToken);
  });

  it('prefers a given secret over a stored one', () => {
    const dir = freshDir();
    loadConfig({}, dir);
    expect(loadConfig({ ADMIN_TOKEN: SECRETS.ADMIN_TOKEN }, dir).secrets.adminToken).toBe(SECRETS.ADMIN_TOKEN);
  });
});
