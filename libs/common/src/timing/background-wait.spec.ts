import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { backgroundWait } from './background-wait';

describe('backgroundWait', () => {
  it('waits as long as it is asked', async () => {
    const keepAlive = setTimeout(() => undefined, 1_000);
    const startedAt = Date.now();
    await backgroundWait(60);
    clearTimeout(keepAlive);
    expect(Date.now() - startedAt).toBeGreaterThanOrEqual(55);
  });

  it('does not keep a process running once nothing else does', () => {
    const script = `require(${JSON.stringify(join(__dirname, 'background-wait.ts'))}).backgroundWait(30000).then(() => process.exit(3));`;
    const startedAt = Date.now();
    const run = spawnSync(process.execPath, ['-r', 'ts-node/register/transpile-only', '-e', script], { encoding: 'utf8', timeout: 20_000 });
    expect(run.status).toBe(0);
    expect(Date.now() - startedAt).toBeLessThan(15_000);
  });
});
