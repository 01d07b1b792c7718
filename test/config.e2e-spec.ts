import { spawnApp } from './support/app-process';
import { testEnvironment } from './support/test-app';

describe('configuration at start', () => {
  it('stops the start, naming the variable, when a value is bad', async () => {
    const app = spawnApp(testEnvironment({ PORT: 'abc', DATABASE_URL: process.env.DATABASE_URL! }));
    expect(await app.exited).toBe(1);
    expect(app.stderr()).toContain('Invalid configuration:');
    expect(app.stderr()).toContain('PORT: must be a number (got "abc")');
  }, 40_000);

  it('requires the secrets in production', async () => {
    const env = testEnvironment({ NODE_ENV: 'production', DATABASE_URL: process.env.DATABASE_URL! });
    delete env.JWT_SECRET;
    delete env.ENCRYPTION_KEY;
    const app = spawnApp(env);
    expect(await app.exited).toBe(1);
    expect(app.stderr()).toMatch(/JWT_SECRET: required when NODE_ENV=production\n\s+ENCRYPTION_KEY: required/);
  }, 40_000);
});
