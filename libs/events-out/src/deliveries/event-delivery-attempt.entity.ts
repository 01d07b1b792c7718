import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { TenantOwned } from '@switchboard/common';
import { TenantOwnedRecord } from '@switchboard/tenants';
import { EventEndpoint } from '../endpoints/event-endpoint.entity';
import { EventDelivery } from './event-delivery.entity';

/** How long an answer's excerpt is kept: enough to read an error message, never a whole page. */
export const EXCERPT_CHARS = 1_000;

/** One POST of a delivery to its endpoint (or one refused before it was made), as it went. */
@ObjectType()
@TenantOwned({ bot: 'tenant-wide' })
@Index(['tenantId', 'deliveryId', 'createdAt', 'id'])
@Index(['tenantId', 'endpointId', 'createdAt', 'id'])
@Entity({ name: 'event_delivery_attempts' })
export class EventDeliveryAttempt extends TenantOwnedRecord {
  @Field(() => ID)
  @Column({ type: 'uuid' })
  deliveryId!: string;

  @ManyToOne(() => EventDelivery, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'delivery_id' })
  delivery?: EventDelivery;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  endpointId!: string;

  @ManyToOne(() => EventEndpoint, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'endpoint_id' })
  endpoint?: EventEndpoint;

  @Field({ description: 'Whether the endpoint answered 2xx within 10 seconds' })
  @Column({ type: 'boolean' })
  succeeded!: boolean;

  @Field(() => Int, { nullable: true, description: 'The HTTP status answered; null when none came (refused, unreachable, timed out)' })
  @Column({ type: 'int', nullable: true })
  statusCode!: number | null;

  @Field(() => String, { nullable: true, description: 'Why it failed, when no status explains it' })
  @Column({ type: 'text', nullable: true })
  error!: string | null;

  @Field(() => String, { nullable: true, description: `The answer's first ${EXCERPT_CHARS} characters` })
  @Column({ type: 'text', nullable: true })
  responseExcerpt!: string | null;

  @Field(() => Int)
  @Column({ type: 'int' })
  durationMs!: number;
}
