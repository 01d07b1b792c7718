import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, Entity, Index, UpdateDateColumn } from 'typeorm';
import { TenantOwned } from '@switchboard/common';
import { TenantOwnedEntity } from '@switchboard/tenants';

/** Sensay's kinds of replica: a person's double, a fictional character, or a brand's voice. */
export enum ReplicaType {
  INDIVIDUAL = 'individual',
  CHARACTER = 'character',
  BRAND = 'brand',
}

registerEnumType(ReplicaType, { name: 'ReplicaType' });

/** Bounds shared by the columns and the input that fills them. */
export const REPLICA_LIMITS = {
  name: 50,
  shortDescription: 50,
  greeting: 600,
  ownerID: 100,
  slug: 50,
  model: 100,
  systemMessage: 10_000,
  tags: 20,
  tag: 50,
  suggestedQuestions: 10,
  suggestedQuestion: 200,
} as const;

/** The language model a replica answers with, and what it is told first. */
@ObjectType()
export class ReplicaLlm {
  @Field()
  @Column({ type: 'varchar', length: REPLICA_LIMITS.model })
  model!: string;

  @Field()
  @Column({ type: 'varchar', length: REPLICA_LIMITS.systemMessage, default: '' })
  systemMessage!: string;
}

/**
 * An AI persona that answers on the tenant's Telegram bots it is integrated with. A bot reaches a
 * replica only through such an integration: a bot-scoped caller sees the replica integrated with
 * its bot (whatever the integration's state), and no other.
 */
@ObjectType()
@TenantOwned({ bot: { reachedThrough: 'SELECT 1 FROM replica_telegram_integrations reach WHERE reach.replica_id = {row}."id" AND reach.bot_id = {bot}' } })
@Index(['tenantId', 'createdAt', 'id'])
@Index('replicas_tenant_slug', ['tenantId', 'slug'], { unique: true })
@Entity({ name: 'replicas' })
export class Replica extends TenantOwnedEntity {
  @Field()
  @Column({ type: 'varchar', length: REPLICA_LIMITS.name })
  name!: string;

  @Field()
  @Column({ type: 'varchar', length: REPLICA_LIMITS.shortDescription })
  shortDescription!: string;

  @Field()
  @Column({ type: 'varchar', length: REPLICA_LIMITS.greeting })
  greeting!: string;

  @Field(() => ReplicaType)
  @Column({ type: 'varchar', length: 20 })
  type!: ReplicaType;

  @Field({ description: 'Who owns the replica, in the caller’s own terms (a user id)' })
  @Column({ type: 'varchar', length: REPLICA_LIMITS.ownerID })
  ownerID!: string;

  @Field({ description: 'Whether only its owner may talk to it' })
  @Column({ type: 'boolean', default: false })
  private!: boolean;

  @Field({ description: 'Unique within the tenant' })
  @Column({ type: 'varchar', length: REPLICA_LIMITS.slug })
  slug!: string;

  @Field(() => [String])
  @Column({ type: 'text', array: true, default: '{}' })
  tags!: string[];

  @Field(() => [String])
  @Column({ type: 'text', array: true, default: '{}' })
  suggestedQuestions!: string[];

  @Field(() => ReplicaLlm)
  @Column(() => ReplicaLlm)
  llm!: ReplicaLlm;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
