import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

export const ROOT = join(__dirname, '..', '..');

/** Output kept per child: enough to show why it died, bounded so a chatty child cannot grow memory. */
const OUTPUT_LIMIT = 64 * 1024;

export interface Child {
  name: string;
  process: ChildProcess;
  /** The child's latest stdout+stderr, for error messages. */
  output(): string;
  /** Resolves with the exit code (or signal name) once the child has exited. */
  exited: Promise<number | string | null>;
  /** SIGTERM, then SIGKILL if it has not exited within `graceMs`. */
  stop(graceMs?: number): Promise<void>;
}

/** Starts `node <args>` on this very Node binary (the repo pins Node 24), with only the given env. */
export function spawnNode(name: string, args: string[], env: Record<string, string>): Child {
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-OUTPUT_LIMIT);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<number | string | null>((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal)));
  let running = true;
  void exited.then(() => (running = false));
  return {
    name,
    process: child,
    output: () => output,
    exited,
    async stop(graceMs = 10_000) {
      if (!running) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** Polls `check` until it returns a value, failing early with the child's output if the child dies. */
export async function waitForChild<T>(child: Child, what: string, check: () => Promise<T | undefined>, timeoutMs = 90_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let died = false;
  void child.exited.then(() => (died = true));
  for (;;) {
    const value = await check().catch(() => undefined);
    if (value !== undefined) return value;
    if (died) throw new Error(`${child.name} exited before ${what}; its output:\n${child.output()}`);
    if (Date.now() > deadline) throw new Error(`${child.name}: timed out waiting for ${what}; its output:\n${child.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

