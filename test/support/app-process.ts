import { ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { join } from 'node:path';
import request from 'supertest';
import { freePort } from '@switchboard/common';
import { startArguments } from './built-app';
import type { TestApp } from './test-app';

const ROOT = join(__dirname, '..', '..');

export interface AppProcess {
  child: ChildProcessWithoutNullStreams;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<number | null>;
}

/**
 * Runs the built app (dist/, built from the tree by the e2e global setup) as its own process,
 * as `npm start` does: its start-up time and memory ceiling are production's.
 */
export function spawnApp(env: Record<string, string>, lifetimeMs = 60_000): AppProcess {
  const child = spawn(process.execPath, startArguments(), { cwd: ROOT, env: { PATH: process.env.PATH ?? '', ...env } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), lifetimeMs);
  const exited = new Promise<number | null>((resolve) =>
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve(code);
    }),
  );
  return { child, stdout: () => stdout, stderr: () => stderr, exited };
}

export async function waitFor(check: () => boolean, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** A spawned instance that has answered /health, with the HTTP client the builders and GraphQL helpers use. */
export interface RunningApp extends AppProcess {
  port: number;
  url: string;
  /** Builders and GraphQL helpers reach an app over HTTP only, so a process serves as their TestApp. */
  http: TestApp['http'];
  asTestApp: TestApp;
}

/** Spawns an instance (on `port`, or a free one) and waits until /health answers 200. */
export async function startAppProcess(env: Record<string, string>, port?: number, lifetimeMs = 90_000): Promise<RunningApp> {
  const chosen = port ?? (await freePort());
  const url = `http://127.0.0.1:${chosen}`;
  const app = spawnApp({ PUBLIC_URL: url, ...env, PORT: String(chosen) }, lifetimeMs);
  let exitCode: number | null | undefined;
  void app.exited.then((code) => (exitCode = code));
  const deadline = Date.now() + 40_000;
  for (;;) {
    if (exitCode !== undefined) throw new Error(`the app exited with ${exitCode} while starting: ${app.stderr()}`);
    const status = await fetch(`${url}/health`, { signal: AbortSignal.timeout(2_000) }).then((response) => response.status, () => 0);
    if (status === 200) break;
    if (Date.now() > deadline) throw new Error(`the app did not become healthy: ${app.stderr()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const http = () => request(url);
  return { ...app, port: chosen, url, http, asTestApp: { url, http } as TestApp };
}
