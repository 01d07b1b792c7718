import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { TenantOwned } from '@switchboard/common';
import { TenantOwnedEntity } from './tenant-owned.entity';

/** A tenant's key for backends. Only its SHA-256 is stored; the key itself is shown once. */
@ObjectType()
@TenantOwned({ bot: { column: 'bot_id', property: 'botId' }, ownKeyColumn: 'id', credentials: ['keyHash'] })
@Index(['tenantId', 'createdAt', 'id'])
@Entity({ name: 'api_keys' })
export class ApiKey extends TenantOwnedEntity {
  @Field()
  @Column({ type: 'varchar', length: 100 })
  name!: string;

  @Field({ description: 'The first characters of the key, to tell keys apart' })
  @Column({ type: 'varchar', length: 16 })
  prefix!: string;

  @Column({ type: 'char', length: 64, unique: true })
  keyHash!: string;

  @Field(() => ID, { nullable: true, description: 'Set when the key may act only through this bot' })
  @Column({ type: 'uuid', nullable: true })
  botId!: string | null;

  // Named, not imported: bots build on tenants, so this module cannot import the Bot entity.
  @ManyToOne('Bot', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'bot_id' })
  bot?: unknown;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  lastUsedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;
}
