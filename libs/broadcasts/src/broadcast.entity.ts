import { Field, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, UpdateDateColumn } from 'typeorm';
import { Bot } from '@switchboard/bots';
import { GraphQLJSONObject, TenantOwned } from '@switchboard/common';
import { ContactCriteria } from '@switchboard/contacts';
import { TenantOwnedEntity } from '@switchboard/tenants';
import { BroadcastAudience } from './audience';
import { BroadcastState } from './broadcast-state';

/**
 * A message to many contacts of one bot. Its audience is walked in contact-id order into
 * delivery rows (`walkCursor` is how far), which are fed to the delivery engine a few seconds
 * of sending at a time.
 */
@ObjectType()
@TenantOwned({ bot: { column: 'bot_id', property: 'botId' } })
@Index(['tenantId', 'createdAt', 'id'])
@Index(['tenantId', 'state'])
@Entity({ name: 'broadcasts' })
export class Broadcast extends TenantOwnedEntity {
  @Field()
  @Column({ type: 'uuid' })
  botId!: string;

  @ManyToOne(() => Bot, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'bot_id' })
  bot?: Bot;

  @Field()
  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Field(() => BroadcastState)
  @Column({ type: 'varchar', length: 24, default: BroadcastState.DRAFT })
  state!: BroadcastState;

  @Field({ description: 'The text, or the caption of the photo; merge fields like {{first_name|there}} are filled per contact' })
  @Column({ type: 'text' })
  text!: string;

  @Field(() => String, { nullable: true, description: 'HTML, MarkdownV2 or Markdown' })
  @Column({ type: 'varchar', length: 16, nullable: true })
  parseMode!: string | null;

  @Field(() => String, { nullable: true, description: 'A photo (http(s) URL or Telegram file_id) sent with the text as its caption' })
  @Column({ type: 'text', nullable: true })
  photo!: string | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Reply markup; inline buttons are tracked, so clicks count per broadcast' })
  @Column({ type: 'jsonb', nullable: true })
  replyMarkup!: Record<string, unknown> | null;

  @Field(() => BroadcastAudience)
  @Column({ type: 'jsonb' })
  audience!: BroadcastAudience;

  /** The contact filter the audience was resolved to at launch (a segment's, a job's); null for explicit ids. */
  @Column({ type: 'jsonb', nullable: true })
  criteria!: ContactCriteria | null;

  /** Created through a bot-scoped key: its audience is the contacts that key sees (those reachable on the bot). */
  @Column({ type: 'boolean', default: false })
  scopedToBot!: boolean;

  @Field({ description: "Sent with allow_paid_broadcast at up to 1,000 messages/s (the bot's paid broadcasts setting at launch)" })
  @Column({ type: 'boolean', default: false })
  paid!: boolean;

  /** Contacts the audience held at launch (and, once walked, exactly), with duplicates and unknown ids. */
  @Column({ type: 'int', nullable: true })
  audienceSize!: number | null;

  @Column({ type: 'int', default: 0 })
  duplicates!: number;

  /** Explicit ids that named no contact the creator can see. */
  @Column({ type: 'int', default: 0 })
  notFound!: number;

  /** The last contact id walked (or, for explicit ids, how many were). */
  @Column({ type: 'varchar', length: 20, nullable: true })
  walkCursor!: string | null;

  @Column({ type: 'boolean', default: false })
  walkDone!: boolean;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  scheduledAt!: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  startedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it completed or was cancelled' })
  @Column({ type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
