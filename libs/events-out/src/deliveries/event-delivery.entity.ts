import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, UpdateDateColumn } from 'typeorm';
import { GraphQLJSONObject, TenantOwned } from '@switchboard/common';
import { TenantOwnedEntity } from '@switchboard/tenants';
import { EventEndpoint } from '../endpoints/event-endpoint.entity';
import { EventBody } from '../event-payloads';
import { EventType } from '../event-type';

export enum DeliveryStatus {
  /** Being attempted, or waiting for its next attempt. */
  PENDING = 'PENDING',
  /** The endpoint answered 2xx. */
  DELIVERED = 'DELIVERED',
  /** Given up: the retry window passed, or the endpoint was disabled. It can be replayed. */
  FAILED = 'FAILED',
}
registerEnumType(DeliveryStatus, { name: 'EventDeliveryStatus' });

/**
 * One event on its way to one endpoint: the body as sent (every attempt and replay sends the
 * same, under the same webhook-id), and how its attempts went. Written at its first attempt.
 */
@ObjectType()
@TenantOwned({ bot: 'tenant-wide' })
@Index(['tenantId', 'endpointId', 'createdAt', 'id'])
@Entity({ name: 'event_deliveries' })
export class EventDelivery extends TenantOwnedEntity {
  @Field(() => ID)
  @Column({ type: 'uuid' })
  endpointId!: string;

  @ManyToOne(() => EventEndpoint, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'endpoint_id' })
  endpoint?: EventEndpoint;

  @Field(() => ID, { description: 'The event’s id, sent as webhook-id: the same for every endpoint, attempt and replay' })
  @Column({ type: 'uuid' })
  eventId!: string;

  @Field(() => EventType)
  @Column({ type: 'varchar', length: 40 })
  eventType!: EventType;

  @Field(() => GraphQLJSONObject, { description: 'The body sent: { type, timestamp, data }' })
  // json, not jsonb: the body is sent as it was written, its keys in their order.
  @Column({ type: 'json' })
  payload!: EventBody;

  /** Events of one key reach the endpoint in order (a contact, a chat, a broadcast or a bot). */
  @Column({ type: 'varchar', length: 200 })
  orderKey!: string;

  @Field(() => DeliveryStatus)
  @Column({ type: 'varchar', length: 16 })
  status!: DeliveryStatus;

  @Field(() => Int)
  @Column({ type: 'int', default: 0 })
  attemptCount!: number;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  lastAttemptAt!: Date | null;

  @Field(() => Int, { nullable: true, description: 'The HTTP status of the last attempt; null when none came' })
  @Column({ type: 'int', nullable: true })
  lastStatusCode!: number | null;

  @Field(() => String, { nullable: true, description: 'Why the last attempt failed' })
  @Column({ type: 'text', nullable: true })
  lastError!: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  deliveredAt!: Date | null;

  /** The start of the current retry window: the first attempt, or the last replay. */
  @Column({ type: 'timestamptz' })
  retryingSince!: Date;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
