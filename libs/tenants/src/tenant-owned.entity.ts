import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Tenant } from './tenant.entity';

/**
 * The columns every tenant-owned table starts with. Concrete entities add
 * `@Index(['tenantId', 'createdAt', 'id'])`, the index their keyset-paginated lists walk.
 */
@ObjectType({ isAbstract: true })
export abstract class TenantOwnedEntity {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  tenantId!: string;

  @ManyToOne(() => Tenant, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'tenant_id' })
  tenant?: Tenant;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

/**
 * The same for high-volume tables (contacts, messages, updates): a bigint id, which is cheaper to
 * index than a UUID and orders like insertion.
 */
@ObjectType({ isAbstract: true })
export abstract class TenantOwnedRecord {
  @Field(() => ID)
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ type: 'uuid' })
  tenantId!: string;

  @ManyToOne(() => Tenant, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'tenant_id' })
  tenant?: Tenant;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
