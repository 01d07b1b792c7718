import { DataSource, QueryRunner } from 'typeorm';

/**
 * A PostgreSQL session lock held on a connection of its own, for work only one instance may do
 * at a time. It is released on `release()` or, if the instance dies, when its connection closes.
 */
export class AdvisoryLock {
  private constructor(private readonly runner: QueryRunner, private readonly key: number) {}

  /** Takes the lock if it is free; null when another session holds it. */
  static async tryTake(dataSource: DataSource, key: number): Promise<AdvisoryLock | null> {
    const runner = dataSource.createQueryRunner();
    await runner.connect();
    try {
      const [row]: Array<{ taken: boolean }> = await runner.query('SELECT pg_try_advisory_lock($1) AS taken', [key]);
      if (row.taken) return new AdvisoryLock(runner, key);
    } catch (error) {
      await runner.release();
      throw error;
    }
    await runner.release();
    return null;
  }

  async release(): Promise<void> {
    await this.runner.query('SELECT pg_advisory_unlock($1)', [this.key]).catch(() => undefined);
    await this.runner.release();
  }
}

/** Runs `work` unless another instance is running it now; answers whether it ran. */
export async function runExclusively(dataSource: DataSource, key: number, work: () => Promise<void>): Promise<boolean> {
  const lock = await AdvisoryLock.tryTake(dataSource, key);
  if (!lock) return false;
  try {
    await work();
    return true;
  } finally {
    await lock.release();
  }
}
