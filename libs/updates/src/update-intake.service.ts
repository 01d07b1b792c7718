import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { BotRuntime } from '@switchboard/bots';
import { describeUpdate } from './describe-update';
import { UpdateDispatcher } from './update-dispatcher.service';
import { UpdateError, UpdateErrorCode } from './update.errors';

/**
 * Stores an update durably, once per bot and update_id, before Telegram is answered.
 * This is the webhook's hot path: one INSERT, nothing else waits.
 */
@Injectable()
export class UpdateIntake {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly dispatcher: UpdateDispatcher,
  ) {}

  /** True when the update is new; false for a repeat, which is acknowledged and not processed again. */
  async accept(bot: Pick<BotRuntime, 'id' | 'tenantId'>, update: unknown): Promise<boolean> {
    const description = describeUpdate(update);
    if (!description) throw new UpdateError(UpdateErrorCode.NOT_AN_UPDATE, 'The body is not a Telegram update (an object with a numeric update_id)');
    const inserted: unknown[] = await this.dataSource.query(
      `INSERT INTO webhook_events (tenant_id, bot_id, update_id, update_type, chat_id, payload)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (bot_id, update_id) DO NOTHING
       RETURNING id`,
      [bot.tenantId, bot.id, description.updateId, description.updateType, description.chatId, JSON.stringify(update)],
    );
    if (inserted.length > 0) this.dispatcher.nudge();
    return inserted.length > 0;
  }
}
