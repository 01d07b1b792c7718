import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { GraphQLJSONObject } from '@switchboard/common';
import { Column, Entity, Index, UpdateDateColumn } from 'typeorm';
import { TenantOwned } from '@switchboard/common';
import { TenantOwnedRecord } from '@switchboard/tenants';

export enum ContactKind {
  PERSON = 'PERSON',
  /** A Telegram group or channel the bot is in; its members are contacts of their own. */
  GROUP = 'GROUP',
}
registerEnumType(ContactKind, { name: 'ContactKind' });

/**
 * A person (or group) a tenant talks to, across channels. The numeric id doubles as eSputnik's
 * `contactId` (a Long). Identities on bots hang off it; `searchText` feeds the trigram index
 * behind `contacts(search:)`.
 */
@ObjectType()
// A contact is a bot's when it has a Telegram identity on it.
@TenantOwned({ bot: { reachedThrough: 'SELECT 1 FROM telegram_identities reach WHERE reach.contact_id = {row}."id" AND reach.bot_id = {bot}' } })
@Index(['tenantId', 'createdAt', 'id'])
@Index('contacts_external_id', ['tenantId', 'externalCustomerId'], { unique: true, where: 'external_customer_id IS NOT NULL' })
@Index('contacts_phone', ['tenantId', 'phone'], { where: 'phone IS NOT NULL' })
@Index('contacts_email', ['tenantId', 'email'], { where: 'email IS NOT NULL' })
@Index('contacts_tags', { synchronize: false })
@Index('contacts_attributes', { synchronize: false })
@Index('contacts_search', { synchronize: false })
@Entity({ name: 'contacts' })
export class Contact extends TenantOwnedRecord {
  @Field(() => ContactKind)
  @Column({ type: 'varchar', length: 8, default: ContactKind.PERSON })
  kind!: ContactKind;

  @Field(() => String, { nullable: true, description: 'First name, or the title of a group' })
  @Column({ type: 'varchar', length: 256, nullable: true })
  firstName!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 256, nullable: true })
  lastName!: string | null;

  @Field(() => String, { nullable: true, description: 'Telegram @username, without the @' })
  @Column({ type: 'varchar', length: 64, nullable: true })
  username!: string | null;

  @Field(() => String, { nullable: true, description: 'IETF language tag Telegram reported' })
  @Column({ type: 'varchar', length: 16, nullable: true })
  languageCode!: string | null;

  @Field(() => String, { nullable: true, description: "The tenant's own id for this person" })
  @Column({ type: 'varchar', length: 200, nullable: true })
  externalCustomerId!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 32, nullable: true })
  phone!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 320, nullable: true })
  email!: string | null;

  @Field(() => [String])
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  tags!: string[];

  @Field(() => GraphQLJSONObject)
  @Column({ type: 'jsonb', default: () => "'{}'" })
  attributes!: Record<string, unknown>;

  /** Lower-cased names, username, ids, phone and email: what search matches (trigram index). */
  @Column({ type: 'text', default: '' })
  searchText!: string;

  @Field(() => Date, { nullable: true, description: 'When this contact last wrote, or was written to' })
  @Column({ type: 'timestamptz', nullable: true })
  lastActivityAt!: Date | null;


  @Field()
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
