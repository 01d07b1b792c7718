import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { BotRuntime } from '@switchboard/bots';
import { describeUpdate, UpdateDescription } from './describe-update';
import { UpdateDispatcher } from './update-dispatcher.service';
import { UpdateError, UpdateErrorCode } from './update.errors';

interface PendingUpdate {
  bot: Pick<BotRuntime, 'id' | 'tenantId'>;
  description: UpdateDescription;
  payload: string;
  settle: { resolve: (isNew: boolean) => void; reject: (error: unknown) => void };
}

/** Inserts running at once; under load each carries the many updates that arrived meanwhile. */
const MAX_INSERTS_IN_FLIGHT = 4;
const MAX_BATCH = 500;

/**
 * Stores an update durably, once per bot and update_id, before Telegram is answered: the
 * webhook's hot path. Updates arriving together share one INSERT and one commit (group
 * commit), so the database pays per batch rather than per request; each caller still waits
 * for its own row to be committed.
 */
@Injectable()
export class UpdateIntake {
  private pending: PendingUpdate[] = [];
  private inFlight = 0;
  private flushScheduled = false;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly dispatcher: UpdateDispatcher,
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
    if (this.flushScheduled || this.inFlight >= MAX_INSERTS_IN_FLIGHT || this.pending.length === 0) return;
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
      const inserted = await this.insert(batch);
      for (const item of batch) item.settle.resolve(inserted.has(`${item.bot.id}:${item.description.updateId}`));
      if (inserted.size > 0) this.dispatcher.nudge();
    } catch (error) {
      for (const item of batch) item.settle.reject(error);
    } finally {
      this.inFlight--;
      this.scheduleFlush();
    }
  }

  /** One statement for the whole batch; answers which (bot, update_id) pairs were new. */
  private async insert(batch: PendingUpdate[]): Promise<Set<string>> {
    const rows: Array<{ bot_id: string; update_id: string }> = await this.dataSource.query(
      `INSERT INTO webhook_events (tenant_id, bot_id, update_id, update_type, chat_id, payload)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::bigint[], $4::varchar[], $5::bigint[], $6::jsonb[])
       ON CONFLICT (bot_id, update_id) DO NOTHING
       RETURNING bot_id, update_id`,
      [
        batch.map((item) => item.bot.tenantId),
        batch.map((item) => item.bot.id),
        batch.map((item) => item.description.updateId),
        batch.map((item) => item.description.updateType),
        batch.map((item) => item.description.chatId),
        batch.map((item) => item.payload),
      ],
    );
    return new Set(rows.map((row) => `${row.bot_id}:${row.update_id}`));
  }
}
