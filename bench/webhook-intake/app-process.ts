import { freePort } from '../../libs/common/src/net/free-port';
import { startArguments } from '../../test/support/built-app';
import { Child, spawnNode, waitForChild } from './processes';

export { ensureAppBuilt } from '../../test/support/built-app';

/** A CPU profile of the app under load, written when it exits (SIGTERM); one file per app process. */
function profilingFlags(): string[] {
  const profile = process.env.BENCH_APP_CPU_PROFILE_DIR;
  return profile ? ['--cpu-prof', `--cpu-prof-dir=${profile}`] : [];
}

export const ADMIN_TOKEN = 'bench-operator-token-0123456789';

export interface AppProcess {
  child: Child;
  origin: string;
}

/**
 * Starts the built app the way production does (`npm start`'s command: `node`, its flags,
 * dist/apps/api/src/main.js), in its own process so its CPU use is its own and not shared with
 * autocannon's event loop.
 */
export async function startApp(databaseUrl: string, telegramApiRoot: string, extraEnv: Record<string, string> = {}): Promise<AppProcess> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const child = spawnNode('switchboard', startArguments(profilingFlags()), {
    NODE_ENV: 'production',
    PORT: String(port),
    PUBLIC_URL: origin,
    ADMIN_TOKEN,
    JWT_SECRET: 'bench-jwt-secret-0123456789-0123456789',
    ENCRYPTION_KEY: '5a'.repeat(32),
    LOG_LEVEL: 'warn',
    TELEGRAM_API_ROOT: telegramApiRoot,
    DATABASE_URL: databaseUrl,
    ...extraEnv,
  });
  try {
    await waitForChild(child, 'GET /health answering 200', async () => ((await fetch(`${origin}/health`)).status === 200 ? true : undefined));
  } catch (error) {
    await child.stop();
    throw error;
  }
  return { child, origin };
}
