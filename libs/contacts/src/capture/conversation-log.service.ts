import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ConversationMessage, MessageDirection } from '../conversation-message.entity';
import { ConversationEvents } from '../conversations/conversation-events.service';
import { TelegramIdentity } from '../telegram-identity.entity';
import { InboundMessage, previewOf } from './inbound-message';

/** Appends messages to conversations, keeps the inbox (last activity, unread count) and announces them. */
@Injectable()
export class ConversationLog {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: ConversationEvents,
  ) {}

  async recordInbound(identity: TelegramIdentity, message: InboundMessage): Promise<ConversationMessage> {
    return this.dataSource.transaction(async (manager) => {
      const stored = await manager.getRepository(ConversationMessage).save(
        manager.getRepository(ConversationMessage).create({
          tenantId: identity.tenantId,
          contactId: identity.contactId,
          identityId: identity.id,
          botId: identity.botId,
          direction: MessageDirection.INBOUND,
          kind: message.kind,
          text: message.text,
          callbackData: message.callbackData?.slice(0, 256) ?? null,
          telegramMessageId: message.telegramMessageId === null ? null : String(message.telegramMessageId),
          senderTelegramId: message.senderTelegramId === null ? null : String(message.senderTelegramId),
        }),
      );
      await manager.query(
        `UPDATE telegram_identities SET last_message_at = $2, last_message_preview = $3, unread_count = unread_count + 1 WHERE id = $1`,
        [identity.id, stored.createdAt, previewOf(message)],
      );
      await manager.query('UPDATE contacts SET last_activity_at = $2 WHERE id = $1', [identity.contactId, stored.createdAt]);
      await this.events.announce((sql, params) => manager.query(sql, params), stored);
      return stored;
    });
  }

  /** A message the bot sent, in the conversation it belongs to (no unread count: it is ours). */
  async recordOutbound(identity: TelegramIdentity, text: string, telegramMessageId: string | null): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const stored = await manager.getRepository(ConversationMessage).save(
        manager.getRepository(ConversationMessage).create({
          tenantId: identity.tenantId,
          contactId: identity.contactId,
          identityId: identity.id,
          botId: identity.botId,
          direction: MessageDirection.OUTBOUND,
          kind: 'text',
          text,
          callbackData: null,
          telegramMessageId,
          senderTelegramId: null,
        }),
      );
      await manager.query('UPDATE telegram_identities SET last_message_at = $2, last_message_preview = $3 WHERE id = $1', [
        identity.id,
        stored.createdAt,
        previewOf({ kind: 'text', text, callbackData: null }),
      ]);
      await manager.query('UPDATE contacts SET last_activity_at = $2 WHERE id = $1', [identity.contactId, stored.createdAt]);
      await this.events.announce((sql, params) => manager.query(sql, params), stored);
    });
  }

  async markRead(identity: TelegramIdentity): Promise<TelegramIdentity> {
    identity.unreadCount = 0;
    return this.dataSource.getRepository(TelegramIdentity).save(identity);
  }
}
