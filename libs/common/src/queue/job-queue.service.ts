import { Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { PgBoss } from 'pg-boss';
import type { Job, JobInsert, Queue, WorkOptions } from 'pg-boss';
import type { QueryRunner } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { QueueStatistics } from './queue-statistics';
import { WorkerPresence } from './worker-presence';

export type QueueSettings = Omit<Queue, 'name'>;
export type { Job, JobInsert };

/** A queue's jobs not yet finished, by state. */
export interface QueueDepth {
  name: string;
  /** Runnable now. */
  ready: number;
  /** Waiting for their start time or a retry's delay. */
  deferred: number;
  /** Held by a worker. */
  active: number;
}

/**
 * How long a claimed job may go without its worker's heartbeat (workers beat every half of it,
 * on their own) before it is failed and retried: a worker killed mid-job costs this, not the
 * queue's expiry. pg-boss accepts 10 s at the least.
 */
const JOB_HEARTBEAT_SECONDS = 10;
/**
 * How often the supervisor looks for jobs whose heartbeat stopped (and expired ones): where other
 * instances survive a kill -9 (an instance starting alone hands such jobs back at once, see
 * `handBackOrphans`), work in flight is failed within 11 s and its retry (after the queue's retry
 * delay) is taken by a surviving instance (every 2 s measured 13.7 s: too close to the 15 s
 * promise). One instance of a deployment runs each pass; a pass also refreshes pg-boss' queue
 * counts, a scan of the job table, which the deletion below keeps small.
 */
const SUPERVISE_SECONDS = 1;
/** Finished jobs are deleted (after each queue's deleteAfterSeconds) every 5 minutes, not once a day: the job table stays small. */
const MAINTAIN_SECONDS = 300;
/**
 * How often an instance re-reads pg-boss' queue table. Workers skip the singleton keys it lists as
 * active, so a job chained to one that just finished (a broadcast's next slice) waits for the next
 * read: at pg-boss' default of 60 s a paid broadcast stood still for up to a minute at a time.
 */
const QUEUE_CACHE_SECONDS = 1;
/** pg-boss' tables live in this PostgreSQL schema. */
const SCHEMA = 'pgboss';
/** On shutdown, jobs still running after this are handed back to the queue, for another instance to take at once. */
const STOP_GRACE_MS = 3_000;

/**
 * The one background-work queue (pg-boss on the same PostgreSQL), so an embedded single
 * instance and a many-instance deployment run the same code. Modules declare their queues and
 * workers through this service.
 */
@Injectable()
export class JobQueue implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(JobQueue.name);
  private readonly boss: PgBoss;
  private readonly presence = new WorkerPresence();
  private readonly statistics = new QueueStatistics(
    () => this.waitingJobs(),
    () => this.boss.getDb().executeSql(`ANALYZE ${SCHEMA}.job`).then(() => undefined),
  );
  private started = false;

  constructor(private readonly config: AppConfig) {
    this.boss = new PgBoss({
      connectionString: config.databaseUrl,
      schema: SCHEMA,
      max: 5,
      application_name: 'switchboard-queue',
      useListenNotify: true,
      superviseIntervalSeconds: SUPERVISE_SECONDS,
      monitorIntervalSeconds: SUPERVISE_SECONDS,
      queueCacheIntervalSeconds: QUEUE_CACHE_SECONDS,
      maintenanceIntervalSeconds: MAINTAIN_SECONDS,
    });
    this.boss.on('error', (error: Error) => this.logger.error({ err: error }, `job queue: ${error.message}`));
  }

  async onModuleInit(): Promise<void> {
    await this.boss.start();
    this.started = true;
    await this.presence.join(this.config.databaseUrl, this.config.runWorkers, () => this.handBackOrphans());
    if (this.config.runWorkers) this.statistics.start();
  }

  async onModuleDestroy(): Promise<void> {
    if (!this.started) return;
    this.started = false;
    this.statistics.stop();
    // Workers finish their batches within the grace period, or their jobs are failed into a retry (handed back).
    await this.boss.stop({ graceful: true, timeout: STOP_GRACE_MS });
    await this.presence.leave();
  }

  /**
   * With no other instance working jobs, those still active were held by one that died mid-job
   * (kill -9, out of memory): they are failed into their retry now, at this instance's start,
   * rather than when their missed heartbeat is noticed (10 s and more after the death). A failure
   * here only leaves them to the heartbeat.
   */
  private async handBackOrphans(): Promise<void> {
    const orphans = await this.boss
      .getDb()
      .executeSql(`SELECT name, array_agg(id::text) AS ids FROM ${SCHEMA}.job WHERE state = 'active' GROUP BY name`)
      .then(({ rows }) => rows as Array<{ name: string; ids: string[] }>)
      .catch((error: unknown) => {
        this.logger.error({ err: error }, 'could not look for jobs left active by a stopped instance; their heartbeat will hand them back');
        return [];
      });
    for (const { name, ids } of orphans) {
      try {
        await this.boss.fail(name, ids, { message: 'the instance working on it stopped' });
        this.logger.warn({ queue: name, jobs: ids.length }, `${ids.length} job(s) of ${name} left active by a stopped instance handed back`);
      } catch (error) {
        this.logger.error({ err: error, queue: name }, `could not hand back the jobs of ${name} left active by a stopped instance; their heartbeat will`);
      }
    }
  }

  isRunning(): boolean {
    return this.started;
  }

  /**
   * Creates the queue if missing (safe when instances start together), then applies changed settings.
   * Every queue's jobs carry a heartbeat unless its settings say otherwise.
   */
  async declare(name: string, queueSettings: QueueSettings): Promise<void> {
    const settings: QueueSettings = { heartbeatSeconds: JOB_HEARTBEAT_SECONDS, ...queueSettings };
    await this.boss.createQueue(name, settings);
    // A queue's policy and partitioning are fixed at creation; its retry and expiry settings are not.
    const { policy: _policy, partition: _partition, ...adjustable } = settings;
    await this.boss.updateQueue(name, adjustable);
  }

  /** Adds jobs inside the caller's transaction: they exist if and only if it commits. */
  async insertWithin(queryRunner: QueryRunner, name: string, jobs: JobInsert[]): Promise<void> {
    if (jobs.length === 0) return;
    const db = {
      executeSql: async (text: string, values?: unknown[]) => ({ rows: (await queryRunner.query(text, values, true)).records }),
    };
    await this.boss.insert(name, jobs, { db });
  }

  /** Adds jobs on their own, outside any transaction. */
  async insert(name: string, jobs: JobInsert[]): Promise<void> {
    if (jobs.length > 0) await this.boss.insert(name, jobs);
  }

  /**
   * Runs `handler` for batches of jobs (it answers, per job, whether it completed) on one worker,
   * unless this instance runs no workers (RUN_WORKERS=false). After each batch the worker looks
   * for more at once: jobs unblocked by that batch (a chat's next update) announce themselves to nobody.
   */
  async work<T extends object>(
    name: string,
    options: Omit<WorkOptions, 'perJobResults' | 'localConcurrency'>,
    handler: (jobs: Job<T>[]) => Promise<Array<{ id: string; status: 'completed' | 'failed' }>>,
  ): Promise<void> {
    if (!this.config.runWorkers) return;
    // Filled once work() answers; the handler may run before that.
    const worker: { id?: string } = {};
    worker.id = await this.boss.work<T, unknown, WorkOptions & { perJobResults: true }>(
      name,
      { ...options, perJobResults: true, localConcurrency: 1 },
      async (jobs) => {
        const results = await handler(jobs);
        if (worker.id) setImmediate((id: string) => this.boss.notifyWorker(id), worker.id);
        return results;
      },
    );
  }

  /**
   * Like `work`, for handlers that finish every job they are given (or throw, failing the batch):
   * the batch is completed by one UPDATE by id. A per-job settlement joins a JSON recordset to the
   * job table instead, and on statistics that lag a burst of inserts the planner scans the queue's
   * every job for it (measured: the busiest statement of a 12,000-message drain).
   */
  async workAll<T extends object>(name: string, options: Omit<WorkOptions, 'perJobResults' | 'localConcurrency'>, handler: (jobs: Job<T>[]) => Promise<void>): Promise<void> {
    if (!this.config.runWorkers) return;
    const worker: { id?: string } = {};
    worker.id = await this.boss.work<T, unknown, WorkOptions>(name, { ...options, localConcurrency: 1 }, async (jobs) => {
      await handler(jobs);
      if (worker.id) setImmediate((id: string) => this.boss.notifyWorker(id), worker.id);
    });
  }

  /**
   * Every queue's unfinished jobs, as pg-boss last counted them: its supervisor refreshes the
   * counts every second (SUPERVISE_SECONDS), so this is one read of its small queue table.
   */
  async depths(): Promise<QueueDepth[]> {
    const queues = await this.boss.getQueues();
    return queues.map((queue) => ({ name: queue.name, ready: queue.readyCount, deferred: queue.deferredCount, active: queue.activeCount }));
  }

  /** Jobs of every queue waiting to be taken (now or later), as pg-boss last counted them. */
  private async waitingJobs(): Promise<number> {
    const queues = await this.boss.getQueues();
    return queues.reduce((sum, queue) => sum + queue.queuedCount, 0);
  }

  /** How many singleton keys have jobs not yet finished in a queue (a stately queue holds one job per key and state). */
  async keysInFlight(name: string): Promise<number> {
    const { rows } = await this.boss
      .getDb()
      .executeSql(`SELECT count(DISTINCT singleton_key)::int AS keys FROM ${SCHEMA}.job WHERE name = $1 AND state <= 'active'`, [name]);
    return (rows[0] as { keys: number }).keys;
  }

  /** Jobs of a queue not yet finished, for health and tests. */
  async backlog(name: string): Promise<number> {
    const queue = await this.boss.getQueue(name);
    return queue ? queue.queuedCount + queue.activeCount : 0;
  }
}
