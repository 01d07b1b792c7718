import { freePort } from '../../libs/common/src/net/free-port';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Child, ROOT, spawnNode, waitForChild } from './processes';

const ENTRY = join(ROOT, 'dist', 'apps', 'api', 'src', 'main.js');

/** What `npm start` runs after `node` (package.json): Node's flags, then the entry, which the app's memory ceiling depends on. */
function startArguments(): string[] {
  const script = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: { start: string } }).scripts.start;
  const [command, ...args] = script.trim().split(/\s+/);
  if (command !== 'node' || !args.some((arg) => join(ROOT, arg) === ENTRY)) throw new Error(`npm start runs "${script}", not node ${ENTRY}`);
  const profile = process.env.BENCH_APP_CPU_PROFILE_DIR;
  // A CPU profile of the app under load, written when it exits (SIGTERM); one file per app process.
  const profiling = profile ? ['--cpu-prof', `--cpu-prof-dir=${profile}`] : [];
  return [...profiling, ...args.map((arg) => (arg.startsWith('-') ? arg : join(ROOT, arg)))];
}

export const ADMIN_TOKEN = 'bench-operator-token-0123456789';

export interface AppProcess {
  child: Child;
  origin: string;
}

/** Newest modification time of the sources `nest build api` compiles (tsconfig.build.json: apps, libs, no specs). */
function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

/** Builds dist/ when it is missing or older than the sources, so the numbers are of the code in the tree. */
export function ensureAppBuilt(log: (message: string) => void): void {
  const sourcesChanged = () => {
    const built = statSync(ENTRY).mtimeMs;
    return ['apps', 'libs', 'tsconfig.json', 'tsconfig.build.json'].some((name) => {
      const path = join(ROOT, name);
      return statSync(path).isDirectory() ? newestSource(path) > built : statSync(path).mtimeMs > built;
    });
  };
  if (existsSync(ENTRY) && !sourcesChanged()) return;
  log('building the app (nest build api)…');
  const build = spawnSync(process.execPath, [join(ROOT, 'node_modules', '@nestjs', 'cli', 'bin', 'nest.js'), 'build', 'api'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (build.status !== 0 || !existsSync(ENTRY)) {
    throw new Error(`nest build api failed (exit ${build.status}):\n${build.stdout}${build.stderr}`);
  }
}

/**
 * Starts the built app the way production does (`npm start`'s command: `node`, its flags,
 * dist/apps/api/src/main.js), in its own process so its CPU use is its own and not shared with
 * autocannon's event loop.
 */
export async function startApp(databaseUrl: string, telegramApiRoot: string, extraEnv: Record<string, string> = {}): Promise<AppProcess> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const child = spawnNode('switchboard', startArguments(), {
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
