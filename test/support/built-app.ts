import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const ENTRY = join(ROOT, 'dist', 'apps', 'api', 'src', 'main.js');

/**
 * What `npm start` runs after `node` (package.json): Node's flags, which the app's memory
 * ceiling depends on, then the built entry; `nodeFlags` go first.
 */
export function startArguments(nodeFlags: string[] = []): string[] {
  const script = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: { start: string } }).scripts.start;
  const [command, ...args] = script.trim().split(/\s+/);
  if (command !== 'node' || !args.some((arg) => join(ROOT, arg) === ENTRY)) throw new Error(`npm start runs "${script}", not node ${ENTRY}`);
  return [...nodeFlags, ...args.map((arg) => (arg.startsWith('-') ? arg : join(ROOT, arg)))];
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

function sourcesChangedSince(builtMs: number): boolean {
  return ['apps', 'libs', 'tsconfig.json', 'tsconfig.build.json'].some((name) => {
    const path = join(ROOT, name);
    return statSync(path).isDirectory() ? newestSource(path) > builtMs : statSync(path).mtimeMs > builtMs;
  });
}

/**
 * Builds dist/ when it is missing or older than the sources, so what runs is the code in the
 * tree. `nest build` empties dist/ first: build the console after it.
 */
export function ensureAppBuilt(log: (message: string) => void): void {
  if (existsSync(ENTRY) && !sourcesChangedSince(statSync(ENTRY).mtimeMs)) return;
  log('building the app (nest build api)…');
  const build = spawnSync(process.execPath, [join(ROOT, 'node_modules', '@nestjs', 'cli', 'bin', 'nest.js'), 'build', 'api'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (build.status !== 0 || !existsSync(ENTRY)) {
    throw new Error(`nest build api failed (exit ${build.status}):\n${build.stdout}${build.stderr}`);
  }
}
