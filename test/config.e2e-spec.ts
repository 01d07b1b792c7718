import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { testEnvironment } from './support/test-app';

const ROOT = join(__dirname, '..');

/** Starts the real entry point as `npm start` would (from TypeScript) and collects how it ended. */
function startProcess(env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', 'apps/api/src/main.ts'],
      { cwd: ROOT, env: { PATH: process.env.PATH ?? '', ...env } },
    );
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr });
    });
  });
}

describe('configuration at start', () => {
  it('stops the start, naming the variable, when a value is bad', async () => {
    const result = await startProcess(testEnvironment({ PORT: 'abc', DATABASE_URL: process.env.DATABASE_URL! }));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Invalid configuration:');
    expect(result.stderr).toContain('PORT: must be a number (got "abc")');
  }, 40_000);

  it('requires the secrets in production', async () => {
    const env = testEnvironment({ NODE_ENV: 'production', DATABASE_URL: process.env.DATABASE_URL! });
    delete env.JWT_SECRET;
    delete env.ENCRYPTION_KEY;
    const result = await startProcess(env);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/JWT_SECRET: required when NODE_ENV=production\n\s+ENCRYPTION_KEY: required/);
  }, 40_000);
});
