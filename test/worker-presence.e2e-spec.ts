import { Logger } from '@nestjs/common';
import { Client } from 'pg';
import { JobQueue, loadConfig } from '@switchboard/common';
import { WorkerPresence } from '../libs/common/src/queue/worker-presence';
import { eventually } from './support/builders';
import { testEnvironment } from './support/test-app';
import { createTestDatabase, TestDatabase } from './support/test-database';

/** An instance's presence, counting how often it found itself alone. */
interface Joined {
  presence: WorkerPresence;
  aloneRuns: () => number;
}

describe('which instances work jobs (a shared PostgreSQL session lock)', () => {
  let database: TestDatabase;
  const joined: WorkerPresence[] = [];

  async function join(works: boolean, whileAlone: () => Promise<void> = async () => undefined): Promise<Joined> {
    const presence = new WorkerPresence();
    let runs = 0;
    joined.push(presence);
    await presence.join(database.url, works, async () => {
      runs += 1;
      await whileAlone();
    });
    return { presence, aloneRuns: () => runs };
  }

  /** The advisory locks held on this suite's database in a mode (pg_locks lists every database's). */
  function advisoryLocks(mode: 'ExclusiveLock' | 'ShareLock'): Promise<number> {
    return withClient(async (client) => {
      const { rowCount } = await client.query(
        "SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND granted AND mode = $1 AND database = (SELECT oid FROM pg_database WHERE datname = current_database())",
        [mode],
      );
      return rowCount ?? 0;
    });
  }

  async function withClient<T>(work: (client: Client) => Promise<T>): Promise<T> {
    const client = new Client({ connectionString: database.url });
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.end();
    }
  }

  // A lost session is logged, as it should be in the app; here it is the point of a test.
  beforeAll(() => Logger.overrideLogger(false));
  beforeEach(async () => {
    database = await createTestDatabase();
  });
  afterEach(async () => {
    await Promise.all(joined.splice(0).map((presence) => presence.leave()));
    await database.drop();
  });

  it('finds the first instance alone, no later one while any works, and the next alone once all have left', async () => {
    const first = await join(true);
    const second = await join(true);
    expect([first.aloneRuns(), second.aloneRuns()]).toEqual([1, 0]);

    await first.presence.leave();
    const third = await join(true);
    expect(third.aloneRuns()).toBe(0);
    await Promise.all([second.presence.leave(), third.presence.leave()]);
    expect((await join(true)).aloneRuns()).toBe(1);
  });

  it('lets an instance that runs no workers act when alone, without holding others back', async () => {
    const apiOnly = await join(false);
    const worker = await join(true);
    expect([apiOnly.aloneRuns(), worker.aloneRuns()]).toEqual([1, 1]);
  });

  it('makes an instance that starts meanwhile wait until the one alone has finished', async () => {
    let finish!: () => void;
    const finished = new Promise<void>((resolve) => (finish = resolve));
    const first = join(true, () => finished);
    await eventually(() => advisoryLocks('ExclusiveLock'), (count) => count === 1);
    let secondJoined = false;
    const second = join(true).then((result) => {
      secondJoined = true;
      return result;
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(secondJoined).toBe(false);

    finish();
    expect([(await first).aloneRuns(), (await second).aloneRuns()]).toEqual([1, 0]);
  });

  it('takes the lock again on a new session when its session is lost, without acting as if it had just started', async () => {
    const holder = await join(true);
    const terminated = await withClient(async (client) => {
      const { rows } = await client.query<{ done: boolean }>(
        "SELECT pg_terminate_backend(pid) AS done FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'switchboard-workers'",
      );
      return rows.length;
    });
    expect(terminated).toBe(1);

    await eventually(() => advisoryLocks('ShareLock'), (count) => count === 1);
    expect((await join(true)).aloneRuns()).toBe(0);
    expect(holder.aloneRuns()).toBe(1);
  });
});

describe('jobs held by an instance that is running', () => {
  async function heldJobs(url: string): Promise<Array<{ state: string; retry_count: number }>> {
    const client = new Client({ connectionString: url });
    await client.connect();
    try {
      return (await client.query<{ state: string; retry_count: number }>("SELECT state, retry_count FROM pgboss.job WHERE name = 'held'")).rows;
    } finally {
      await client.end();
    }
  }

  it('are left to it by an instance that starts meanwhile', async () => {
    Logger.overrideLogger(false);
    const database = await createTestDatabase();
    const config = loadConfig(testEnvironment()).withDatabaseUrl(database.url);
    const running = new JobQueue(config);
    const starting = new JobQueue(config);
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    try {
      await running.onModuleInit();
      await running.declare('held', { retryLimit: 3 });
      await running.workAll('held', { batchSize: 1, pollingIntervalSeconds: 0.5 }, () => released);
      await running.insert('held', [{ data: {} }]);
      await eventually(() => heldJobs(database.url), (jobs) => jobs[0]?.state === 'active');

      await starting.onModuleInit();
      expect(await heldJobs(database.url)).toEqual([{ state: 'active', retry_count: 0 }]);
    } finally {
      release();
      await starting.onModuleDestroy();
      await running.onModuleDestroy();
      await database.drop();
    }
  });
});
