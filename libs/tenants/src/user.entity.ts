import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, Entity, Index } from 'typeorm';
import { TenantOwned } from '@switchboard/common';
import { TenantOwnedEntity } from './tenant-owned.entity';

export enum UserRole {
  ADMIN = 'ADMIN',
  MEMBER = 'MEMBER',
}
registerEnumType(UserRole, { name: 'UserRole', description: 'ADMIN manages users and API keys; MEMBER works with data' });

/** A person who signs in to a tenant's admin UI. Emails are unique across Switchboard: login takes only email + password. */
@ObjectType()
@TenantOwned({ bot: 'tenant-wide', credentials: ['email'] })
@Index(['tenantId', 'createdAt', 'id'])
@Entity({ name: 'users' })
export class User extends TenantOwnedEntity {
  @Field()
  @Column({ type: 'varchar', length: 320, unique: true })
  email!: string;

  @Column({ type: 'varchar', length: 200 })
  passwordHash!: string;

  @Field(() => UserRole)
  @Column({ type: 'varchar', length: 16 })
  role!: UserRole;

}
