import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { GraphQLJSONObject } from '@switchboard/common';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Bot } from '@switchboard/bots';
import { Contact } from '@switchboard/contacts';
import { TenantOwned } from '@switchboard/common';
import { TenantOwnedRecord } from '@switchboard/tenants';

export enum DeliveryStatus {
  QUEUED = 'QUEUED',
  SENT = 'SENT',
  FAILED = 'FAILED',
  /** Sent, and the recipient pressed one of its buttons. */
  CLICKED = 'CLICKED',
  /** A broadcast's message waiting while its broadcast is paused (or at the bot's daily limit). */
  HELD = 'HELD',
  /** A broadcast's message never sent: its broadcast was cancelled first. */
  CANCELLED = 'CANCELLED',
}
registerEnumType(DeliveryStatus, { name: 'DeliveryStatus' });

/** One message Switchboard sends: stored QUEUED before any attempt, then SENT or FAILED with Telegram's answer. */
@ObjectType('OutboundMessage')
@TenantOwned({ bot: { column: 'bot_id', property: 'botId' } })
@Index(['tenantId', 'createdAt', 'id'])
// A bot's messages of a day (today's counts; deleting a bot), and a tenant's latest failures.
@Index('outbound_messages_bot_created', ['botId', 'createdAt'])
@Index('outbound_messages_failed', ['tenantId', 'createdAt', 'id'], { where: "status = 'FAILED'" })
// A conversation's thread reads what was sent to one chat, newest first.
@Index('outbound_messages_chat', ['botId', 'chatId', 'createdAt', 'id'])
@Index('outbound_messages_broadcast_status', ['broadcastId', 'status'], { where: 'broadcast_id IS NOT NULL' })
@Index('outbound_messages_broadcast_contact', ['broadcastId', 'contactId'], { where: 'broadcast_id IS NOT NULL' })
@Entity({ name: 'outbound_messages' })
export class OutboundMessage extends TenantOwnedRecord {
  @Field(() => ID)
  @Column({ type: 'uuid' })
  botId!: string;

  @ManyToOne(() => Bot, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'bot_id' })
  bot?: Bot;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'bigint', nullable: true })
  contactId!: string | null;

  @ManyToOne(() => Contact, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contact_id' })
  contact?: Contact;

  @Field(() => String)
  @Column({ type: 'bigint' })
  chatId!: string;

  @Field({ description: 'The text, or the caption of a photo' })
  @Column({ type: 'text' })
  text!: string;

  @Field(() => String, { nullable: true, description: "A photo sent with the text as its caption: an http(s) URL or a Telegram file_id" })
  @Column({ type: 'text', nullable: true })
  photo!: string | null;

  @Field({ description: "Sent with Telegram's allow_paid_broadcast (a paid broadcast, up to 1,000 messages/s)" })
  @Column({ type: 'boolean', default: false })
  paidBroadcast!: boolean;

  /** A forum topic of the chat the message goes to (Telegram's message_thread_id). */
  @Column({ type: 'bigint', nullable: true })
  messageThreadId!: string | null;

  @Field(() => String, { nullable: true, description: 'HTML, MarkdownV2 or Markdown' })
  @Column({ type: 'varchar', length: 16, nullable: true })
  parseMode!: string | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'The reply markup as given' })
  @Column({ type: 'jsonb', nullable: true })
  replyMarkup!: Record<string, unknown> | null;

  /** The markup as sent to Telegram: buttons rewritten for click tracking. */
  @Column({ type: 'jsonb', nullable: true })
  telegramMarkup!: Record<string, unknown> | null;

  @Field(() => DeliveryStatus)
  @Column({ type: 'varchar', length: 16, default: DeliveryStatus.QUEUED })
  status!: DeliveryStatus;

  @Field(() => [String], { description: "Telegram's message_id of each part (long texts are split)" })
  @Column({ type: 'bigint', array: true, default: () => "'{}'" })
  telegramMessageIds!: string[];

  @Field(() => Int, { nullable: true, description: "Telegram's error_code of the last failure" })
  @Column({ type: 'int', nullable: true })
  errorCode!: number | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  errorDescription!: string | null;

  @Field(() => Int)
  @Column({ type: 'int', default: 0 })
  attempts!: number;

  @Field(() => ID, { nullable: true, description: 'The broadcast this message is part of' })
  @Column({ type: 'uuid', nullable: true })
  broadcastId!: string | null;

  @Field({ description: 'Its send was in flight when the worker sending it died, so it was sent again: the recipient may have it twice' })
  @Column({ type: 'boolean', default: false })
  inFlightAtCrash!: boolean;

  @Field({ description: 'api, interactive, job, broadcast or replica' })
  @Column({ type: 'varchar', length: 16 })
  source!: string;

  @Field(() => String, { nullable: true, description: 'Who appears as the sender (e.g. an Intercom teammate id)' })
  @Column({ type: 'varchar', length: 100, nullable: true })
  sender!: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  sentAt!: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  clickedAt!: Date | null;
}
