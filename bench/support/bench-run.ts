/** What every benchmark shares: its knobs from the environment, its log, and a clean exit. */

export const log = (message: string): void => {
  process.stderr.write(`[bench] ${message}\n`);
};

export function positiveNumber(name: string, fallback: number): number {
  const raw = process.env[name];
  if (!raw) return fallback;
  const value = Number(raw.replace(/_/g, ''));
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number (got "${raw}")`);
  return value;
}

export function positiveInteger(name: string, fallback: number): number {
  const value = positiveNumber(name, fallback);
  if (!Number.isInteger(value)) throw new Error(`${name} must be a whole number (got "${process.env[name]}")`);
  return value;
}

/** Things to undo when the run ends, newest first: processes, databases, fakes. */
export type Cleanups = Array<[string, () => Promise<void>]>;

/**
 * Runs a benchmark: exit 0 when it measured (targets met or not, they are printed), non-zero
 * when it could not. Everything registered in `cleanups` is undone however it ends; handles a
 * load generator or pg leave behind must not keep a finished benchmark alive.
 */
export function runBenchmark(main: (cleanups: Cleanups) => Promise<void>): void {
  const cleanups: Cleanups = [];
  const undo = async () => {
    for (const [what, cleanup] of cleanups.reverse()) {
      await cleanup().catch((error: unknown) => log(`could not ${what}: ${error instanceof Error ? error.message : String(error)}`));
    }
  };
  main(cleanups)
    .finally(undo)
    .then(
      () => process.exit(0),
      (error: unknown) => {
        log(`benchmark failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
        process.exit(1);
      },
    );
}
