import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Column, DeleteDateColumn, Entity, Index, UpdateDateColumn } from 'typeorm';
import { TenantOwned } from '@switchboard/common';
import { TenantOwnedEntity } from '@switchboard/tenants';

/**
 * A tenant's Telegram bot. One Telegram bot belongs to one tenant at a time (unique on its
 * Telegram id among live bots); deleting one keeps the row so its history stays readable.
 */
@ObjectType()
@TenantOwned({ bot: { column: 'id', property: 'id' } })
@Index(['tenantId', 'createdAt', 'id'])
@Index('bots_telegram_bot_id_live', ['telegramBotId'], { unique: true, where: 'deleted_at IS NULL' })
@Entity({ name: 'bots' })
export class Bot extends TenantOwnedEntity {
  @Field()
  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Field({ description: "The bot's @username at Telegram" })
  @Column({ type: 'varchar', length: 64 })
  username!: string;

  @Field(() => String, { description: "The bot's numeric id at Telegram" })
  @Column({ type: 'bigint' })
  telegramBotId!: string;

  /** AES-GCM sealed; see SecretBox. */
  @Column({ type: 'text' })
  tokenSealed!: string;

  @Field({ description: 'The token with its secret part hidden, e.g. 123456:****' })
  @Column({ type: 'varchar', length: 32 })
  tokenHint!: string;

  @Column({ type: 'text' })
  webhookSecretSealed!: string;

  /** SHA-256 of the webhook secret: how `POST /api/telegram/webhook` finds the bot. */
  @Index({ unique: true })
  @Column({ type: 'char', length: 64 })
  webhookSecretHash!: string;

  @Field(() => Int, { nullable: true, description: 'Messages per UTC day; null for no limit' })
  @Column({ type: 'int', nullable: true })
  dailyLimit!: number | null;

  @Field(() => String, { nullable: true, description: 'Send rate for this bot (N/s or N/min); null for TELEGRAM_RATE_LIMIT' })
  @Column({ type: 'varchar', length: 32, nullable: true })
  sendRate!: string | null;

  @Field({ description: "Paid broadcasts (Telegram's allow_paid_broadcast, billed in Stars): broadcasts of this bot may send up to 1,000 messages/s. Off unless turned on." })
  @Column({ type: 'boolean', default: false })
  paidBroadcasts!: boolean;

  @Field(() => String, { nullable: true, description: 'The webhook URL Switchboard keeps set at Telegram; null in polling mode' })
  @Column({ type: 'text', nullable: true })
  webhookUrl!: string | null;

  @Field(() => [String])
  @Column({ type: 'text', array: true })
  allowedUpdates!: string[];

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  webhookSetAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'The last webhook error Telegram reported' })
  @Column({ type: 'text', nullable: true })
  lastErrorMessage!: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  lastErrorAt!: Date | null;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @DeleteDateColumn({ type: 'timestamptz' })
  deletedAt!: Date | null;
}
