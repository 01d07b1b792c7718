import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, QueryRunner } from 'typeorm';
import type { BotRuntime } from '@switchboard/bots';
import { Coalescer, JobQueue, Metrics } from '@switchboard/common';
import { describeUpdate, UpdateDescription } from './describe-update';
import { jobsFor, UPDATE_QUEUE } from './update-queue';
import { storableCopyOf } from './update-shape';
import { UpdateError, UpdateErrorCode } from './update.errors';
import { WebhookEventStatus } from './webhook-event.entity';

interface PendingUpdate {
  bot: Pick<BotRuntime, 'id' | 'tenantId'>;
  description: UpdateDescription;
  payload: string;
}

interface InsertedRow {
  id: string;
  bot_id: string;
  update_id: string;
  chat_id: string | null;
  status: WebhookEventStatus;
}

/**
 * Stores an update durably, once per bot and update_id, together with its processing job,
 * before Telegram is answered: the webhook's hot path. Updates arriving together share one
 * transaction (group commit), so the database pays per batch rather than per request; each
 * caller still waits for its own row to be committed. A malformed update is stored FAILED,
 * with its reason and without a job: acknowledged, so Telegram does not send it again.
 */
@Injectable()
export class UpdateIntake {
  /** Under load each transaction carries the many updates that arrived while the previous one ran. */
  private readonly batches = new Coalescer<PendingUpdate, boolean>((batch) => this.store(batch), { maxInFlight: 2 });

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queue: JobQueue,
    private readonly metrics: Metrics,
  ) {}

  /** True when the update is new; false for a repeat, which is acknowledged and not processed again. */
  accept(bot: Pick<BotRuntime, 'id' | 'tenantId'>, update: unknown): Promise<boolean> {
    const description = describeUpdate(update);
    if (!description) {
      return Promise.reject(new UpdateError(UpdateErrorCode.NOT_AN_UPDATE, 'The body is not a Telegram update (an object with a numeric update_id)'));
    }
    const payload = JSON.stringify(description.malformed ? storableCopyOf(update) : update);
    return this.batches.submit({ bot, description, payload });
  }

  /** The events and their jobs in one transaction: an update is queued exactly once, or not stored. Answers, per update, whether it was new. */
  private async store(batch: PendingUpdate[]): Promise<boolean[]> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      const rows = await this.insertEvents(runner, batch);
      await this.queue.insertWithin(
        runner,
        UPDATE_QUEUE,
        jobsFor(rows.filter((row) => row.status === WebhookEventStatus.QUEUED)),
      );
      await runner.commitTransaction();
      const inserted = new Set(rows.map((row) => `${row.bot_id}:${row.update_id}`));
      return batch.map((item) => this.counted(item, inserted.has(`${item.bot.id}:${item.description.updateId}`)));
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      throw error;
    } finally {
      await runner.release();
    }
  }

  /** Counted once committed: a batch that fails is written again in halves, and counted then. */
  private counted(item: PendingUpdate, isNew: boolean): boolean {
    (isNew ? this.metrics.updatesReceived : this.metrics.updatesDuplicated).inc({ bot_id: item.bot.id });
    return isNew;
  }

  private async insertEvents(runner: QueryRunner, batch: PendingUpdate[]): Promise<InsertedRow[]> {
    const rows: InsertedRow[] = await runner.query(
      `INSERT INTO webhook_events (tenant_id, bot_id, update_id, update_type, chat_id, payload, status, error)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::bigint[], $4::varchar[], $5::bigint[], $6::jsonb[], $7::varchar[], $8::text[])
       ON CONFLICT (bot_id, update_id) DO NOTHING
       RETURNING id::text, bot_id, update_id::text, chat_id::text, status`,
      [
        batch.map((item) => item.bot.tenantId),
        batch.map((item) => item.bot.id),
        batch.map((item) => item.description.updateId),
        batch.map((item) => item.description.updateType),
        batch.map((item) => item.description.chatId),
        batch.map((item) => item.payload),
        batch.map((item) => (item.description.malformed ? WebhookEventStatus.FAILED : WebhookEventStatus.QUEUED)),
        batch.map((item) => item.description.malformed),
      ],
    );
    // A chat's updates must be processed in arrival order.
    return rows.sort((a, b) => (BigInt(a.id) < BigInt(b.id) ? -1 : 1));
  }
}
