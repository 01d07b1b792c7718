import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Segment } from '@switchboard/contacts';
import { TenantOwned } from '@switchboard/common';
import { TenantOwnedEntity } from '@switchboard/tenants';

/** Something a tenant announces (a study, an offer): a title, a link, and who it targets. */
@ObjectType()
@TenantOwned({ bot: 'tenant-wide' })
@Index(['tenantId', 'createdAt', 'id'])
@Index('jobs_tenant_key', ['tenantId', 'key'], { unique: true })
@Entity({ name: 'jobs' })
export class Job extends TenantOwnedEntity {
  @Field(() => ID, { name: 'jobId', description: "The tenant's own id (e.g. job_abc123), or a generated one" })
  @Column({ type: 'varchar', length: 100 })
  key!: string;

  @Field()
  @Column({ type: 'varchar', length: 300 })
  title!: string;

  @Field()
  @Column({ type: 'text' })
  url!: string;

  @Field(() => ID, { nullable: true, description: 'Who it targets' })
  @Column({ type: 'uuid', nullable: true })
  segmentId!: string | null;

  @ManyToOne(() => Segment, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'segment_id' })
  segment?: Segment;

  @Field(() => String, { nullable: true, description: 'The notification text; the platform template when null' })
  @Column({ type: 'text', nullable: true })
  message!: string | null;
}
