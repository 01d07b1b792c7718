import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { TenantOwned } from '@switchboard/common';
import { TenantOwnedRecord } from '@switchboard/tenants';
import { Contact } from './contact.entity';
import { TelegramIdentity } from './telegram-identity.entity';

export enum MessageDirection {
  INBOUND = 'INBOUND',
  OUTBOUND = 'OUTBOUND',
}
registerEnumType(MessageDirection, { name: 'MessageDirection' });

/** One message of a conversation (contact × bot), in order. */
@ObjectType('ConversationMessage')
@TenantOwned({ bot: { column: 'bot_id', property: 'botId' } })
@Index(['contactId', 'createdAt', 'id'])
@Index(['identityId', 'createdAt', 'id'])
@Index('conversation_messages_tenant_event', ['tenantId', 'eventId'], { unique: true })
@Entity({ name: 'conversation_messages' })
export class ConversationMessage extends TenantOwnedRecord {
  @Field(() => ID)
  @Column({ type: 'bigint' })
  contactId!: string;

  @ManyToOne(() => Contact, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contact_id' })
  contact?: Contact;

  @Field(() => ID, { description: 'The conversation (Telegram identity) it belongs to' })
  @Column({ type: 'uuid' })
  identityId!: string;

  @ManyToOne(() => TelegramIdentity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'identity_id' })
  identity?: TelegramIdentity;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  botId!: string;

  @Field(() => MessageDirection)
  @Column({ type: 'varchar', length: 8 })
  direction!: MessageDirection;

  @Field({ description: 'text, photo, video, document, sticker, voice, audio, location, contact, callback, …' })
  @Column({ type: 'varchar', length: 24 })
  kind!: string;

  @Field(() => String, { nullable: true, description: 'Text or caption' })
  @Column({ type: 'text', nullable: true })
  text!: string | null;

  @Field(() => String, { nullable: true, description: 'Data of the inline button pressed' })
  @Column({ type: 'varchar', length: 256, nullable: true })
  callbackData!: string | null;

  @Field(() => String, { nullable: true, description: "Telegram's message_id" })
  @Column({ type: 'bigint', nullable: true })
  telegramMessageId!: string | null;

  @Field(() => String, { nullable: true, description: 'Telegram id of the sender inside a group' })
  @Column({ type: 'bigint', nullable: true })
  senderTelegramId!: string | null;

  /** The webhook event an inbound message came from: an update processed again adds its message once. */
  @Column({ type: 'bigint', nullable: true })
  eventId!: string | null;
}
