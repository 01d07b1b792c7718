import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * Builds the web console into dist/console from the current sources, once before the e2e
 * suites, so every test app serves it (and the same routes) whether or not `npm start` ran.
 */
export function buildConsole(): void {
  const root = join(__dirname, '..', '..');
  execFileSync(join(root, 'node_modules', '.bin', 'vite'), ['build', '-c', 'apps/console/vite.config.mts', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
}
