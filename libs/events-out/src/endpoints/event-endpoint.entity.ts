import { Field, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, UpdateDateColumn } from 'typeorm';
import { TenantOwned } from '@switchboard/common';
import { TenantOwnedEntity } from '@switchboard/tenants';
import { EventType } from '../event-type';

/** Bounds shared by the columns and the inputs that fill them. */
export const ENDPOINT_LIMITS = { url: 2_000, description: 200, perTenant: 20 } as const;

/**
 * A tenant's HTTPS endpoint and the events it takes. Every event is signed (Standard Webhooks)
 * with its secret, and for 24 hours after a rotation with the previous one too. An endpoint that
 * fails for the whole retry window is disabled, with the reason kept for the tenant to read.
 */
@ObjectType()
@TenantOwned({ bot: 'tenant-wide' })
@Index(['tenantId', 'createdAt', 'id'])
@Entity({ name: 'event_endpoints' })
export class EventEndpoint extends TenantOwnedEntity {
  @Field()
  @Column({ type: 'varchar', length: ENDPOINT_LIMITS.url })
  url!: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: ENDPOINT_LIMITS.description, nullable: true })
  description!: string | null;

  @Field(() => [EventType])
  @Column({ type: 'text', array: true })
  eventTypes!: EventType[];

  @Field({ description: 'Whether events are sent to it' })
  @Column({ type: 'boolean', default: true })
  enabled!: boolean;

  @Field(() => String, { nullable: true, description: 'Why it was disabled, when the platform disabled it' })
  @Column({ type: 'text', nullable: true })
  disabledReason!: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  disabledAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'Since when every attempt has failed; null after a success' })
  @Column({ type: 'timestamptz', nullable: true })
  failingSince!: Date | null;

  /** Sealed with SecretBox; shown once, at creation or rotation. */
  @Column({ type: 'text' })
  secretSealed!: string;

  /** The secret before the last rotation, still signing until previousSecretExpiresAt. */
  @Column({ type: 'text', nullable: true })
  previousSecretSealed!: string | null;

  @Field(() => Date, { nullable: true, description: 'Until when events are also signed with the secret before the last rotation' })
  @Column({ type: 'timestamptz', nullable: true })
  previousSecretExpiresAt!: Date | null;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
