import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { BotRuntime } from '@switchboard/bots';
import { Coalescer, Metrics } from '@switchboard/common';
import { describeUpdate, UpdateDescription } from './describe-update';
import { UpdateDispatcher } from './update-dispatcher.service';
import { storableCopyOf } from './update-shape';
import { UpdateError, UpdateErrorCode } from './update.errors';
import { WebhookEventStatus } from './webhook-event.entity';

interface PendingUpdate {
  bot: Pick<BotRuntime, 'id' | 'tenantId'>;
  description: UpdateDescription;
  payload: string;
}

interface InsertedRow {
  bot_id: string;
  update_id: string;
  status: WebhookEventStatus;
}

/**
 * Stores an update durably, once per bot and update_id, with its row in the outbox from which
 * the dispatcher queues its processing job, before Telegram is answered: the webhook's hot
 * path. Updates arriving together share one statement (group commit), so the database pays per
 * batch rather than per request; each caller still waits for its own row to be committed. A
 * malformed update is stored FAILED, with its reason and without a job: acknowledged, so
 * Telegram does not send it again.
 */
@Injectable()
export class UpdateIntake {
  /** Under load each statement carries the many updates that arrived while the previous one ran. */
  private readonly batches = new Coalescer<PendingUpdate, boolean>((batch) => this.store(batch), { maxInFlight: 2 });

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly dispatcher: UpdateDispatcher,
    private readonly metrics: Metrics,
  ) {}

  /** True when the update is new; false for a repeat, which is acknowledged and not processed again. */
  accept(bot: Pick<BotRuntime, 'id' | 'tenantId'>, update: unknown): Promise<boolean> {
    const serialized = JSON.stringify(update);
    const description = describeUpdate(update, serialized);
    if (!description) {
      return Promise.reject(new UpdateError(UpdateErrorCode.NOT_AN_UPDATE, 'The body is not a Telegram update (an object with a numeric update_id)'));
    }
    const payload = description.malformed ? JSON.stringify(storableCopyOf(update)) : serialized;
    return this.batches.submit({ bot, description, payload });
  }

  /**
   * The events and their outbox rows in one statement, so one round trip: an update is queued
   * (by the dispatcher) exactly once, or not stored. Answers, per update, whether it was new.
   */
  private async store(batch: PendingUpdate[]): Promise<boolean[]> {
    const rows = await this.insertEvents(batch);
    if (rows.some((row) => row.status === WebhookEventStatus.QUEUED)) this.dispatcher.request();
    const inserted = new Set(rows.map((row) => `${row.bot_id}:${row.update_id}`));
    return batch.map((item) => this.counted(item, inserted.has(`${item.bot.id}:${item.description.updateId}`)));
  }

  /** Counted once committed: a batch that fails is written again in halves, and counted then. */
  private counted(item: PendingUpdate, isNew: boolean): boolean {
    (isNew ? this.metrics.updatesReceived : this.metrics.updatesDuplicated).inc({ bot_id: item.bot.id });
    return isNew;
  }

  /**
   * The payloads travel as one JSON array of the bodies as they were serialized: as an array
   * parameter, each would be escaped into PostgreSQL's array syntax, the costliest part of
   * building the statement. Rows are inserted in arrival order, which their ids keep.
   */
  private insertEvents(batch: PendingUpdate[]): Promise<InsertedRow[]> {
    return this.dataSource.query(
      `WITH stored AS (
         INSERT INTO webhook_events (tenant_id, bot_id, update_id, update_type, chat_id, payload, status, error)
         SELECT given.tenant_id, given.bot_id, given.update_id, given.update_type, given.chat_id, body.payload, given.status, given.error
         FROM unnest($1::uuid[], $2::uuid[], $3::bigint[], $4::varchar[], $5::bigint[], $6::varchar[], $7::text[])
              WITH ORDINALITY AS given(tenant_id, bot_id, update_id, update_type, chat_id, status, error, position)
         JOIN jsonb_array_elements($8::jsonb) WITH ORDINALITY AS body(payload, position) USING (position)
         ORDER BY position
         ON CONFLICT (bot_id, update_id) DO NOTHING
         RETURNING id, bot_id, update_id, status
       ), outbox AS (
         INSERT INTO webhook_event_outbox (event_id) SELECT id FROM stored WHERE status = '${WebhookEventStatus.QUEUED}'
       )
       SELECT bot_id, update_id::text, status FROM stored`,
      [
        batch.map((item) => item.bot.tenantId),
        batch.map((item) => item.bot.id),
        batch.map((item) => item.description.updateId),
        batch.map((item) => item.description.updateType),
        batch.map((item) => item.description.chatId),
        batch.map((item) => (item.description.malformed ? WebhookEventStatus.FAILED : WebhookEventStatus.QUEUED)),
        batch.map((item) => item.description.malformed),
        `[${batch.map((item) => item.payload).join(',')}]`,
      ],
    );
  }
}
