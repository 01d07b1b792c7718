import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, UpdateDateColumn } from 'typeorm';
import { Bot } from '@switchboard/bots';
import { TenantOwned } from '@switchboard/common';
import { TenantOwnedRecord } from '@switchboard/tenants';
import { Replica } from '../replica.entity';

/** STARTING until the bot is checked, registered and its webhook set; FAILING when Telegram refuses for good. */
export enum IntegrationState {
  STARTING = 'starting',
  ACTIVE = 'active',
  FAILING = 'failing',
}

registerEnumType(IntegrationState, { name: 'ReplicaIntegrationState' });

export const MENTION_MAX_LENGTH = 64;

/**
 * A replica answering on one Telegram bot: one Telegram integration per replica, one replica per
 * bot. The token is kept (sealed) so a start Telegram could not complete can be retried, and so a
 * second request with the same token is recognised.
 */
@ObjectType()
@TenantOwned({ bot: { column: 'bot_id', property: 'botId' } })
@Index('replica_telegram_integrations_replica', ['tenantId', 'replicaId'], { unique: true })
@Index('replica_telegram_integrations_bot', ['tenantId', 'botId'], { unique: true })
@Entity({ name: 'replica_telegram_integrations' })
export class ReplicaTelegramIntegration extends TenantOwnedRecord {
  @Field(() => ID)
  @Column({ type: 'uuid' })
  replicaId!: string;

  @ManyToOne(() => Replica, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'replica_id' })
  replica?: Replica;

  @Field(() => ID, { nullable: true, description: 'The bot the replica answers on, once started' })
  @Column({ type: 'uuid', nullable: true })
  botId!: string | null;

  @ManyToOne(() => Bot)
  @JoinColumn({ name: 'bot_id' })
  bot?: Bot;

  /** Whether this integration registered its bot (then removing it retires the bot too). */
  @Column({ type: 'boolean', default: false })
  ownsBot!: boolean;

  @Field({ description: "The bot's name as people mention it" })
  @Column({ type: 'varchar', length: MENTION_MAX_LENGTH })
  mention!: string;

  @Field(() => IntegrationState)
  @Column({ type: 'varchar', length: 16 })
  state!: IntegrationState;

  @Field(() => String, { nullable: true, description: 'Why the last start did not succeed' })
  @Column({ type: 'text', nullable: true })
  lastError!: string | null;

  @Field(() => Int, { description: 'Starts tried so far' })
  @Column({ type: 'int', default: 0 })
  attempts!: number;

  /** AES-GCM sealed; see SecretBox. */
  @Column({ type: 'text' })
  tokenSealed!: string;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
