import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { JobQueue } from '@switchboard/common';
import { orderedJobId, orderingKeyOf, UPDATE_QUEUE, UpdateJob } from './update-queue';

const BATCH_SIZE = 500;
/** Coalesces a burst of webhooks into one dispatch. */
const NUDGE_DELAY_MS = 5;
/** Picks up what an instance stored but did not dispatch (a crash, or another instance's leftovers). */
const SWEEP_INTERVAL_MS = 2_000;

interface ClaimedRow {
  id: string;
  bot_id: string;
  chat_id: string | null;
}

/**
 * Moves stored updates onto the job queue in batches (a transactional outbox): the webhook
 * pays for one INSERT, and an update is queued exactly once, whatever crashes in between.
 */
@Injectable()
export class UpdateDispatcher implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(UpdateDispatcher.name);
  private timer: NodeJS.Timeout | undefined;
  private sweeper: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  private stopped = false;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queue: JobQueue,
  ) {}

  onApplicationBootstrap(): void {
    this.sweeper = setInterval(() => this.nudge(), SWEEP_INTERVAL_MS);
    this.nudge();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearInterval(this.sweeper);
    clearTimeout(this.timer);
    await this.running;
  }

  /** Something was stored: dispatch soon. */
  nudge(): void {
    if (this.stopped || this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.run();
    }, NUDGE_DELAY_MS);
  }

  private async run(): Promise<void> {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.drain()
      .catch((error: unknown) => this.logger.warn({ err: error }, 'dispatching updates failed; will retry'))
      .finally(() => {
        this.running = undefined;
        if (this.again && !this.stopped) {
          this.again = false;
          this.nudge();
        }
      });
    await this.running;
  }

  private async drain(): Promise<void> {
    while (!this.stopped && (await this.dispatchBatch()) === BATCH_SIZE);
  }

  private async dispatchBatch(): Promise<number> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      const claimed: ClaimedRow[] = (
        await runner.query(
          `UPDATE webhook_events SET status = 'QUEUED'
           WHERE id IN (SELECT id FROM webhook_events WHERE status = 'RECEIVED' ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED)
           RETURNING id, bot_id, chat_id`,
          [BATCH_SIZE],
          true,
        )
      ).records;
      claimed.sort((a, b) => Number(BigInt(a.id) - BigInt(b.id)));
      await this.queue.insertWithin(
        runner,
        UPDATE_QUEUE,
        claimed.map((row) => ({
          id: orderedJobId(String(row.id)),
          data: { eventId: String(row.id) } satisfies UpdateJob,
          singletonKey: orderingKeyOf(row.bot_id, row.chat_id === null ? null : String(row.chat_id), String(row.id)),
        })),
      );
      await runner.commitTransaction();
      return claimed.length;
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      throw error;
    } finally {
      await runner.release();
    }
  }
}
