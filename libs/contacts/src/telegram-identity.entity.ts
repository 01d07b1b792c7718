import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, UpdateDateColumn } from 'typeorm';
import { Bot } from '@switchboard/bots';
import { TenantOwned } from '@switchboard/common';
import { TenantOwnedEntity } from '@switchboard/tenants';
import { Contact } from './contact.entity';

/**
 * A contact on one bot: a person's private chat (its id is the person's Telegram user id, and
 * eSputnik's "token") or a group chat. It is also the conversation between that bot and contact.
 */
@ObjectType()
@TenantOwned({ bot: { column: 'bot_id', property: 'botId' } })
@Index('telegram_identities_bot_chat', ['botId', 'chatId'], { unique: true })
@Index(['contactId', 'botId'])
@Index('telegram_identities_tenant_chat', ['tenantId', 'chatId'])
// Segment counts: "reachable on a bot" and "ever blocked" without scanning every identity.
@Index('telegram_identities_reachable', ['botId', 'contactId'], { where: 'started AND NOT blocked' })
@Index('telegram_identities_blocked', ['contactId'], { where: 'blocked' })
@Index('telegram_identities_inbox', ['tenantId', 'lastMessageAt', 'id'])
@Entity({ name: 'telegram_identities' })
export class TelegramIdentity extends TenantOwnedEntity {
  @Field(() => ID)
  @Column({ type: 'bigint' })
  contactId!: string;

  @ManyToOne(() => Contact, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contact_id' })
  contact?: Contact;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  botId!: string;

  @ManyToOne(() => Bot, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'bot_id' })
  bot?: Bot;

  @Field(() => String, { description: 'Telegram chat id (for a person: their user id)' })
  @Column({ type: 'bigint' })
  chatId!: string;

  @Field({ description: 'private, group, supergroup or channel' })
  @Column({ type: 'varchar', length: 16 })
  chatType!: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 64, nullable: true })
  username!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 256, nullable: true })
  firstName!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 256, nullable: true })
  lastName!: string | null;

  @Field(() => String, { nullable: true, description: 'Title of a group chat' })
  @Column({ type: 'varchar', length: 256, nullable: true })
  title!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 16, nullable: true })
  languageCode!: string | null;

  @Field({ description: 'The person has a private chat with the bot (wrote to it, or pressed Start): messages can reach them' })
  @Column({ type: 'boolean', default: false })
  started!: boolean;

  @Field({ description: 'The person blocked the bot, or removed it from the group' })
  @Column({ type: 'boolean', default: false })
  blocked!: boolean;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  blockedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  lastMessageAt!: Date | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 200, nullable: true })
  lastMessagePreview!: string | null;

  @Field(() => Int, { description: 'Inbound messages since the conversation was last marked read' })
  @Column({ type: 'int', default: 0 })
  unreadCount!: number;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
