import { Field, ObjectType } from '@nestjs/graphql';
import { GraphQLJSONObject } from '@switchboard/common';
import { Column, Entity, Index, UpdateDateColumn } from 'typeorm';
import { TenantOwned } from '@switchboard/common';
import { TenantOwnedEntity } from '@switchboard/tenants';
import type { ContactCriteria } from '../contact-criteria';

/** A saved filter over contacts; its members are found when asked and its count kept by the database as contacts change, so both are always current. */
@ObjectType()
@TenantOwned({ bot: 'tenant-wide' })
@Index(['tenantId', 'createdAt', 'id'])
@Entity({ name: 'segments' })
export class Segment extends TenantOwnedEntity {
  @Field()
  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Field(() => GraphQLJSONObject, { description: 'The ContactCriteria that define it' })
  @Column({ type: 'jsonb' })
  criteria!: ContactCriteria;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
