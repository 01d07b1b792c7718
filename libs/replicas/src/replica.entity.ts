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
  url: 2_000,
  apiKey: 500,
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

  @Field(() => String, { nullable: true, description: 'An OpenAI-compatible API of its own, instead of the platform’s' })
  @Column({ type: 'varchar', length: REPLICA_LIMITS.url, nullable: true })
  baseUrl!: string | null;

  /** Sealed with SecretBox; write-only, so never a field. */
  @Column({ type: 'text', nullable: true })
  apiKeySealed!: string | null;
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

  /** The tenant's own HTTPS endpoint that answers for the replica; it takes precedence over any model. */
  @Column({ type: 'varchar', length: REPLICA_LIMITS.url, nullable: true })
  endpointUrl!: string | null;

  /** Sealed with SecretBox; signs the requests to the endpoint (Standard Webhooks). Write-only. */
  @Column({ type: 'text', nullable: true })
  endpointSecretSealed!: string | null;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
