import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ConversationMessage, MessageDirection } from '../conversation-message.entity';
import { ConversationEvents } from '../conversations/conversation-events.service';
import { TelegramIdentity } from '../telegram-identity.entity';
import { InboundMessage, previewOf } from './inbound-message';

/** One statement: the message, the conversation's last activity (and unread count), the contact's last activity. */
const APPEND = `
  WITH message AS (
    INSERT INTO conversation_messages (tenant_id, contact_id, identity_id, bot_id, direction, kind, text, callback_data, telegram_message_id, sender_telegram_id)
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
    RETURNING id, created_at
  ), conversation AS (
    UPDATE telegram_identities SET last_message_at = message.created_at, last_message_preview = $11, unread_count = unread_count + $12
    FROM message WHERE telegram_identities.id = $3
  ), contact AS (
    UPDATE contacts SET last_activity_at = message.created_at FROM message WHERE contacts.id = $2
  )
  SELECT id::text AS id, created_at FROM message`;

/** Appends messages to conversations, keeps the inbox (last activity, unread count) and announces them. */
@Injectable()
export class ConversationLog {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: ConversationEvents,
  ) {}

  recordInbound(identity: TelegramIdentity, message: InboundMessage): Promise<ConversationMessage> {
    return this.append(identity, MessageDirection.INBOUND, message);
  }

  /** A message the bot sent (no unread count: it is ours). */
  async recordOutbound(identity: TelegramIdentity, text: string, telegramMessageId: string | null): Promise<void> {
    await this.append(identity, MessageDirection.OUTBOUND, {
      kind: 'text',
      text,
      callbackData: null,
      telegramMessageId: telegramMessageId === null ? null : Number(telegramMessageId),
      senderTelegramId: null,
    });
  }

  async markRead(identity: TelegramIdentity): Promise<TelegramIdentity> {
    identity.unreadCount = 0;
    return this.dataSource.getRepository(TelegramIdentity).save(identity);
  }

  private async append(identity: TelegramIdentity, direction: MessageDirection, message: InboundMessage): Promise<ConversationMessage> {
    const values = {
      tenantId: identity.tenantId,
      contactId: identity.contactId,
      identityId: identity.id,
      botId: identity.botId,
      direction,
      kind: message.kind,
      text: message.text,
      callbackData: message.callbackData?.slice(0, 256) ?? null,
      telegramMessageId: message.telegramMessageId === null ? null : String(message.telegramMessageId),
      senderTelegramId: message.senderTelegramId === null ? null : String(message.senderTelegramId),
    };
    const [row]: Array<{ id: string; created_at: Date }> = await this.dataSource.query(APPEND, [
      ...Object.values(values),
      previewOf(message),
      direction === MessageDirection.INBOUND ? 1 : 0,
    ]);
    const stored = Object.assign(new ConversationMessage(), values, { id: row.id, createdAt: new Date(row.created_at) });
    this.events.announce(stored);
    return stored;
  }
}
