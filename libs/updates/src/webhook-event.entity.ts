import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { GraphQLJSONObject } from '@switchboard/common';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Bot } from '@switchboard/bots';
import { TenantOwned } from '@switchboard/common';
import { TenantOwnedRecord } from '@switchboard/tenants';

export enum WebhookEventStatus {
  /** Stored, acknowledged to Telegram, and on the job queue waiting for its turn (one at a time per chat). */
  QUEUED = 'QUEUED',
  PROCESSED = 'PROCESSED',
  /** The last attempt failed (see error); it is retried with backoff until attempts run out. */
  FAILED = 'FAILED',
}
registerEnumType(WebhookEventStatus, { name: 'WebhookEventStatus' });

/**
 * One Telegram update as received for a bot: stored (with its job) before it is acknowledged,
 * processed after. Nothing indexed changes after the insert, and the table keeps free space on
 * each page (fillfactor, set in the migration), so marking an event PROCESSED is a HOT update.
 */
@ObjectType()
@TenantOwned({ bot: { column: 'bot_id', property: 'botId' } })
@Index(['tenantId', 'createdAt', 'id'])
@Index('webhook_events_bot_update', ['botId', 'updateId'], { unique: true })
@Entity({ name: 'webhook_events' })
export class WebhookEvent extends TenantOwnedRecord {
  @Field(() => ID)
  @Column({ type: 'uuid' })
  botId!: string;

  @ManyToOne(() => Bot, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'bot_id' })
  bot?: Bot;

  @Field(() => String, { description: "Telegram's update_id" })
  @Column({ type: 'bigint' })
  updateId!: string;

  @Field({ description: 'message, callback_query, my_chat_member, …' })
  @Column({ type: 'varchar', length: 40 })
  updateType!: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'bigint', nullable: true })
  chatId!: string | null;

  @Field(() => GraphQLJSONObject, { description: 'The update exactly as Telegram sent it' })
  @Column({ type: 'jsonb' })
  payload!: Record<string, unknown>;

  @Field(() => WebhookEventStatus)
  @Column({ type: 'varchar', length: 16, default: WebhookEventStatus.QUEUED })
  status!: WebhookEventStatus;

  @Field(() => Int)
  @Column({ type: 'int', default: 0 })
  attempts!: number;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  error!: string | null;

  @Field({ description: 'When Switchboard received and stored it' })
  get receivedAt(): Date {
    return this.createdAt;
  }

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  processedAt!: Date | null;
}
