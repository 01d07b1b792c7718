import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { Page, PageArgs, ReadFrom, TenantData, TenantScope, TimedRow, paginate, readNewestFirst, requestLoader, scopedLoaderKey } from '@switchboard/common';
import { Contact } from '../contact.entity';
import { ContactError, ContactErrorCode } from '../contact.errors';
import { ConversationMessage, MessageDirection } from '../conversation-message.entity';
import { TelegramIdentity } from '../telegram-identity.entity';

const BY_LAST_MESSAGE = { column: 'last_message_at', property: 'lastMessageAt' };

/** The team inbox: conversations (identity × bot) by latest activity, and their messages. */
@Injectable()
export class ConversationsService {
  constructor(private readonly data: TenantData) {}

  inbox(scope: TenantScope, page: PageArgs, filter: { botId?: string; unreadOnly?: boolean }): Promise<Page<TelegramIdentity>> {
    const query = this.data.for(scope).repository(TelegramIdentity).select('conversation').andWhere('conversation.last_message_at IS NOT NULL');
    if (filter.botId) query.andWhere('conversation.bot_id = :botId', { botId: filter.botId });
    if (filter.unreadOnly) query.andWhere('conversation.unread_count > 0');
    return paginate(query, page, BY_LAST_MESSAGE);
  }

  messagesOf(scope: TenantScope, contactId: string, page: PageArgs, identityId?: string): Promise<Page<ConversationMessage>> {
    const query = this.data.for(scope).repository(ConversationMessage).select('message').andWhere('message.contact_id = :contactId', { contactId });
    if (identityId) query.andWhere('message.identity_id = :identityId', { identityId });
    return paginate(query, page);
  }

  /** What people wrote in a conversation, newest first: the thread's other half is what was sent to them (messaging). */
  inboundOf(scope: TenantScope, identityId: string, from: ReadFrom | null, limit: number): Promise<Array<TimedRow<ConversationMessage>>> {
    const query = this.data
      .for(scope)
      .repository(ConversationMessage)
      .select('message')
      .andWhere('message.identity_id = :identityId AND message.direction = :inbound', { identityId, inbound: MessageDirection.INBOUND });
    return readNewestFirst(query, from, limit);
  }

  async markRead(scope: TenantScope, identityId: string): Promise<TelegramIdentity> {
    const identities = this.data.for(scope).repository(TelegramIdentity);
    const identity = await identities.findOne({ id: identityId });
    if (!identity) throw new ContactError(ContactErrorCode.IDENTITY_NOT_FOUND, `Conversation ${identityId} not found`);
    await identities.update({ id: identity.id }, { unreadCount: 0 });
    identity.unreadCount = 0;
    return identity;
  }

  identitiesLoader(req: object, scope: TenantScope): DataLoader<string, TelegramIdentity[] | null> {
    return requestLoader(req, scopedLoaderKey('identities', scope), async (contactIds) => {
      const rows = await this.data.for(scope).repository(TelegramIdentity).find({ contactId: In([...contactIds]) });
      const byContact = new Map<string, TelegramIdentity[]>();
      for (const row of rows) byContact.set(row.contactId, [...(byContact.get(row.contactId) ?? []), row]);
      return byContact;
    });
  }

  contactLoader(req: object, scope: TenantScope): DataLoader<string, Contact | null> {
    return requestLoader(req, scopedLoaderKey('contacts', scope), async (ids) => {
      const rows = await this.data.for(scope).repository(Contact).find({ id: In([...ids]) });
      return new Map(rows.map((row) => [row.id, row]));
    });
  }
}
