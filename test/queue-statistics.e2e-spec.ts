import { Logger } from '@nestjs/common';
import { Client } from 'pg';
import { JobQueue, loadConfig } from '@switchboard/common';
import { eventually } from './support/builders';
import { testEnvironment } from './support/test-app';
import { createTestDatabase, TestDatabase } from './support/test-database';

/**
 * The job tables as PostgreSQL's planner sees them: rows as last analyzed, and how many times they
 * were analyzed by a statement (autovacuum's own analyses, where it runs, are counted apart).
 */
async function jobTableStatistics(url: string): Promise<{ plannedRows: number; analyses: number }> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ plannedRows: number; analyses: number }>(
      `SELECT coalesce(sum(class.reltuples) FILTER (WHERE class.reltuples >= 0), -1)::float8 AS "plannedRows", coalesce(sum(stats.analyze_count), 0)::int AS analyses
       FROM pg_class AS class JOIN pg_stat_user_tables AS stats ON stats.relid = class.oid
       WHERE stats.schemaname = 'pgboss' AND stats.relname LIKE 'job%' AND class.relkind = 'r'`,
    );
    return rows[0];
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
    const statistics = await eventually(() => jobTableStatistics(database.url), ({ analyses }) => analyses > 0, 8_000);
    expect(statistics.plannedRows).toBeGreaterThanOrEqual(2_500);
    expect(statistics.plannedRows).toBeLessThan(2_600);
  });

  it('are left alone for a backlog too small to plan badly for', async () => {
    const queue = await startQueue(true);
    await queue.insert('burst', Array.from({ length: 300 }, (_, index) => ({ data: { index } })));
    await eventually(() => queue.depths(), (depths) => depths.some((depth) => depth.ready === 300));
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect((await jobTableStatistics(database.url)).analyses).toBe(0);
  });
});
