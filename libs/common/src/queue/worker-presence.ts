import type { Client } from 'pg';
import { LastingSession } from '../database/lasting-session';

/** Held shared by every instance that works jobs; whoever can take it exclusively is the only instance there is. */
const WORKERS_LOCK_KEY = 7_312_604_124;

/**
 * Whether other instances are working jobs, told by a PostgreSQL session lock: each instance that
 * runs workers holds it shared, on a session of its own that PostgreSQL ends when the instance's
 * process dies (a kill -9 closes its connections). An instance that starts and can take the lock
 * exclusively is alone, so every job still active was held by an instance that is gone. A machine
 * that vanishes without closing its connections holds the lock until TCP keepalive gives up; its
 * jobs are then recovered by their missed heartbeat instead.
 */
export class WorkerPresence {
  private session: LastingSession | undefined;

  /**
   * Runs `whileAlone` if no other instance works jobs (one starting meanwhile waits for it to end),
   * then, if this instance works jobs, holds the lock until `leave()`, taking it again on each new
   * session after an outage. Call before this instance's workers start.
   */
  async join(databaseUrl: string | undefined, works: boolean, whileAlone: () => Promise<void>): Promise<void> {
    let starting = true;
    const session = new LastingSession({
      databaseUrl,
      applicationName: 'switchboard-workers',
      setUp: async (client) => {
        // Only at start: later this instance's own workers hold active jobs.
        if (starting) await runIfAlone(client, whileAlone);
        starting = false;
        if (works) await client.query('SELECT pg_advisory_lock_shared($1)', [WORKERS_LOCK_KEY]);
      },
    });
    await session.open();
    if (works) this.session = session;
    else await session.close();
  }

  async leave(): Promise<void> {
    await this.session?.close();
    this.session = undefined;
  }
}

async function runIfAlone(client: Client, whileAlone: () => Promise<void>): Promise<void> {
  const { rows } = await client.query<{ alone: boolean }>('SELECT pg_try_advisory_lock($1) AS alone', [WORKERS_LOCK_KEY]);
  if (!rows[0].alone) return;
  try {
    await whileAlone();
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [WORKERS_LOCK_KEY]);
  }
}
