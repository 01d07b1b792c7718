import { Logger } from '@nestjs/common';
import { Client } from 'pg';
import { JobQueue, loadConfig } from '@switchboard/common';
import { eventually } from './support/builders';
import { testEnvironment } from './support/test-app';
import { createTestDatabase, TestDatabase } from './support/test-database';

/** What PostgreSQL's planner believes of the job tables: rows as last analyzed (-1: never). */
async function plannedJobRows(url: string): Promise<number> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ rows: number }>(
      "SELECT coalesce(sum(reltuples) FILTER (WHERE reltuples >= 0), -1)::float8 AS rows FROM pg_class WHERE relnamespace = 'pgboss'::regnamespace AND relname LIKE 'job%' AND relkind = 'r'",
    );
    return rows[0].rows;
  } finally {
    await client.end();
  }
}

describe('the job table statistics after a burst of jobs', () => {
  let database: TestDatabase;
  const queues: JobQueue[] = [];

  async function startQueue(runWorkers: boolean): Promise<JobQueue> {
    const queue = new JobQueue(loadConfig(testEnvironment({ RUN_WORKERS: String(runWorkers) })).withDatabaseUrl(database.url));
    queues.push(queue);
    await queue.onModuleInit();
    await queue.declare('burst', { retryLimit: 1 });
    return queue;
  }

  beforeAll(() => Logger.overrideLogger(false));
  beforeEach(async () => {
    database = await createTestDatabase();
  });
  afterEach(async () => {
    await Promise.all(queues.splice(0).map((queue) => queue.onModuleDestroy()));
    await database.drop();
  });

  it('are brought up to date by an instance that works jobs, once thousands wait', async () => {
    const queue = await startQueue(true);
    await queue.insert('burst', Array.from({ length: 2_500 }, (_, index) => ({ data: { index } })));
    // pg-boss counts the queue within a second, and the instance looks at the count every second.
    const planned = await eventually(() => plannedJobRows(database.url), (rows) => rows >= 2_500, 8_000);
    expect(planned).toBeLessThan(2_600);
  });

  it('are left alone for a backlog too small to plan badly for', async () => {
    const queue = await startQueue(true);
    await queue.insert('burst', Array.from({ length: 300 }, (_, index) => ({ data: { index } })));
    await eventually(() => queue.depths(), (depths) => depths.some((depth) => depth.ready === 300));
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(await plannedJobRows(database.url)).toBe(-1);
  });
});
