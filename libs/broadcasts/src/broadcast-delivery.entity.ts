import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Bot } from '@switchboard/bots';
import { TenantOwned } from '@switchboard/common';
import { Contact } from '@switchboard/contacts';
import { TenantOwnedRecord } from '@switchboard/tenants';
import { Broadcast } from './broadcast.entity';

export enum RecipientState {
  /** Walked, not yet handed to the delivery engine. */
  PENDING = 'PENDING',
  /** Handed over: its message tells the rest. */
  QUEUED = 'QUEUED',
  SKIPPED = 'SKIPPED',
  CANCELLED = 'CANCELLED',
}

export enum SkipReason {
  /** No identity on the broadcast's bot. */
  UNREACHABLE = 'UNREACHABLE',
  BLOCKED = 'BLOCKED',
  /** An identity that never started the bot (seen in a group only). */
  NOT_STARTED = 'NOT_STARTED',
}
registerEnumType(SkipReason, { name: 'BroadcastSkipReason' });

/** One contact of a broadcast's audience; unique per broadcast, so no walk adds anyone twice. */
@ObjectType()
@TenantOwned({ bot: { column: 'bot_id', property: 'botId' } })
@Index('broadcast_deliveries_contact', ['tenantId', 'broadcastId', 'contactId'], { unique: true })
@Index(['broadcastId', 'state', 'contactId'])
@Entity({ name: 'broadcast_deliveries' })
export class BroadcastDelivery extends TenantOwnedRecord {
  @Column({ type: 'uuid' })
  broadcastId!: string;

  @ManyToOne(() => Broadcast, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'broadcast_id' })
  broadcast?: Broadcast;

  @Column({ type: 'uuid' })
  botId!: string;

  @ManyToOne(() => Bot, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'bot_id' })
  bot?: Bot;

  @Field(() => ID)
  @Column({ type: 'bigint' })
  contactId!: string;

  @ManyToOne(() => Contact, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contact_id' })
  contact?: Contact;

  @Field(() => String, { nullable: true })
  @Column({ type: 'bigint', nullable: true })
  chatId!: string | null;

  @Column({ type: 'varchar', length: 16 })
  state!: RecipientState;

  @Field(() => SkipReason, { nullable: true })
  @Column({ type: 'varchar', length: 16, nullable: true })
  skipReason!: SkipReason | null;
}
