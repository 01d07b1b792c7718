import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { backgroundWait, JobQueue } from '@switchboard/common';
import { jobsFor, UPDATE_QUEUE } from './update-queue';

/** One dispatcher at a time across instances, so a chat's jobs are queued in the order its updates were stored. */
const DISPATCH_LOCK_KEY = 7_312_604_123;
/** Updates queued per transaction. */
const PASS_SIZE = 2_000;
/**
 * Passes start at least this far apart. Under load the intake asks for one after every batch it
 * stores, dozens a second, and each pass is a transaction of several statements whose jobs wake
 * the workers: spaced out, each pass queues more updates for the same cost. An idle dispatcher
 * still starts at once.
 */
const PASS_SPACING_MS = 100;
/** How often leftovers are looked for: those of an instance that stopped between storing and queueing, or of a failed pass. */
const SWEEP_MS = 5_000;

interface OutboxRow {
  id: string;
  bot_id: string;
  chat_id: string | null;
}

/**
 * Queues the processing jobs of stored updates. The webhook intake stores each update with a
 * row in `webhook_event_outbox`, in one statement, and answers Telegram; this takes those rows
 * and queues their jobs (one per chat, in order) in one transaction that also removes them, so
 * each stored update is queued exactly once, even across a crash. Telegram's answer does not
 * wait for the queue, whose insert is the costliest part of storing an update.
 */
@Injectable()
export class UpdateDispatcher implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(UpdateDispatcher.name);
  private running: Promise<void> | null = null;
  private requested = false;
  private stopped = false;
  private sweep?: NodeJS.Timeout;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queue: JobQueue,
  ) {}

  onApplicationBootstrap(): void {
    this.request();
    this.sweep = setInterval(() => this.request(), SWEEP_MS).unref();
  }

  async onModuleDestroy(): Promise<void> {
    // Stores still finishing during shutdown leave their rows for the next start.
    this.stopped = true;
    clearInterval(this.sweep);
    await this.running;
  }

  /** Queues what is waiting, soon; a request during a pass makes one more pass after it (spaced by PASS_SPACING_MS). */
  request(): void {
    if (this.stopped) return;
    this.requested = true;
    this.running ??= this.drain().finally(() => {
      this.running = null;
    });
  }

  private async drain(): Promise<void> {
    while (this.requested && !this.stopped) {
      this.requested = false;
      const started = Date.now();
      try {
        while ((await this.pass()) === PASS_SIZE);
      } catch (error) {
        // Left in the outbox: the next request or sweep queues them.
        this.logger.warn({ err: error }, 'queueing stored updates failed; retrying shortly');
      }
      const untilNext = started + PASS_SPACING_MS - Date.now();
      if (this.requested && !this.stopped && untilNext > 0) await backgroundWait(untilNext);
    }
  }

  /** Answers how many updates it queued. */
  private pass(): Promise<number> {
    return this.dataSource.transaction(async ({ queryRunner }) => {
      const runner = queryRunner!;
      await runner.query('SELECT pg_advisory_xact_lock($1)', [DISPATCH_LOCK_KEY]);
      // The oldest rows by the key's index, then each by its key: the outbox is written and emptied
      // thousands of times a second, and a join the planner may run as a scan of it visits every
      // row removed since the last vacuum.
      const rows: OutboxRow[] = await runner.query(
        `WITH taken AS (
           DELETE FROM webhook_event_outbox
           WHERE event_id = ANY(ARRAY(SELECT event_id FROM webhook_event_outbox ORDER BY event_id LIMIT $1))
           RETURNING event_id
         )
         SELECT event.id::text, event.bot_id, event.chat_id::text
         FROM taken JOIN webhook_events AS event ON event.id = taken.event_id`,
        [PASS_SIZE],
      );
      await this.queue.insertWithin(runner, UPDATE_QUEUE, jobsFor(rows));
      return rows.length;
    });
  }
}
