import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, QueryRunner } from 'typeorm';
import type { BotRuntime } from '@switchboard/bots';
import { JobQueue } from '@switchboard/common';
import { describeUpdate, UpdateDescription } from './describe-update';
import { orderedJobId, orderingKeyOf, UPDATE_QUEUE, UpdateJob } from './update-queue';
import { UpdateError, UpdateErrorCode } from './update.errors';

interface PendingUpdate {
  bot: Pick<BotRuntime, 'id' | 'tenantId'>;
  description: UpdateDescription;
  payload: string;
  settle: { resolve: (isNew: boolean) => void; reject: (error: unknown) => void };
}

interface InsertedRow {
  id: string;
  bot_id: string;
  update_id: string;
  chat_id: string | null;
}

/** Transactions running at once; under load each carries the many updates that arrived meanwhile. */
const MAX_BATCHES_IN_FLIGHT = 2;
const MAX_BATCH = 500;

/**
 * Stores an update durably, once per bot and update_id, together with its processing job,
 * before Telegram is answered: the webhook's hot path. Updates arriving together share one
 * transaction (group commit), so the database pays per batch rather than per request; each
 * caller still waits for its own row to be committed.
 */
@Injectable()
export class UpdateIntake {
  private pending: PendingUpdate[] = [];
  private inFlight = 0;
  private flushScheduled = false;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queue: JobQueue,
  ) {}

  /** True when the update is new; false for a repeat, which is acknowledged and not processed again. */
  accept(bot: Pick<BotRuntime, 'id' | 'tenantId'>, update: unknown): Promise<boolean> {
    const description = describeUpdate(update);
    if (!description) {
      return Promise.reject(new UpdateError(UpdateErrorCode.NOT_AN_UPDATE, 'The body is not a Telegram update (an object with a numeric update_id)'));
    }
    return new Promise((resolve, reject) => {
      this.pending.push({ bot, description, payload: JSON.stringify(update), settle: { resolve, reject } });
      this.scheduleFlush();
    });
  }

  private scheduleFlush(): void {
    if (this.flushScheduled || this.inFlight >= MAX_BATCHES_IN_FLIGHT || this.pending.length === 0) return;
    this.flushScheduled = true;
    // Let the requests already read in this turn of the event loop join the batch.
    setImmediate(() => {
      this.flushScheduled = false;
      void this.flush();
    });
  }

  private async flush(): Promise<void> {
    const batch = this.pending.splice(0, MAX_BATCH);
    if (batch.length === 0) return;
    this.inFlight++;
    try {
      const inserted = await this.store(batch);
      for (const item of batch) item.settle.resolve(inserted.has(`${item.bot.id}:${item.description.updateId}`));
    } catch (error) {
      for (const item of batch) item.settle.reject(error);
    } finally {
      this.inFlight--;
      this.scheduleFlush();
    }
  }

  /** The events and their jobs in one transaction: an update is queued exactly once, or not stored. */
  private async store(batch: PendingUpdate[]): Promise<Set<string>> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      const rows = await this.insertEvents(runner, batch);
      await this.queue.insertWithin(
        runner,
        UPDATE_QUEUE,
        rows.map((row) => ({
          id: orderedJobId(row.id),
          data: { eventId: row.id } satisfies UpdateJob,
          singletonKey: orderingKeyOf(row.bot_id, row.chat_id, row.id),
        })),
      );
      await runner.commitTransaction();
      return new Set(rows.map((row) => `${row.bot_id}:${row.update_id}`));
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      throw error;
    } finally {
      await runner.release();
    }
  }

  private async insertEvents(runner: QueryRunner, batch: PendingUpdate[]): Promise<InsertedRow[]> {
    const rows: InsertedRow[] = await runner.query(
      `INSERT INTO webhook_events (tenant_id, bot_id, update_id, update_type, chat_id, payload)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::bigint[], $4::varchar[], $5::bigint[], $6::jsonb[])
       ON CONFLICT (bot_id, update_id) DO NOTHING
       RETURNING id::text, bot_id, update_id::text, chat_id::text`,
      [
        batch.map((item) => item.bot.tenantId),
        batch.map((item) => item.bot.id),
        batch.map((item) => item.description.updateId),
        batch.map((item) => item.description.updateType),
        batch.map((item) => item.description.chatId),
        batch.map((item) => item.payload),
      ],
    );
    // Jobs of one chat must be created in arrival order.
    return rows.sort((a, b) => (BigInt(a.id) < BigInt(b.id) ? -1 : 1));
  }
}
