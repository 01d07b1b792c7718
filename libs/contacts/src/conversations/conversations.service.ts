import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { In, Repository } from 'typeorm';
import { Page, PageArgs, TenantScope, TenantScopedRepository, paginate, requestLoader } from '@switchboard/common';
import { ConversationLog } from '../capture/conversation-log.service';
import { Contact } from '../contact.entity';
import { ContactError, ContactErrorCode } from '../contact.errors';
import { ConversationMessage } from '../conversation-message.entity';
import { TelegramIdentity } from '../telegram-identity.entity';

const BY_LAST_MESSAGE = { column: 'last_message_at', property: 'lastMessageAt' };

/** The team inbox: conversations (identity × bot) by latest activity, and their messages. */
@Injectable()
export class ConversationsService {
  private readonly identities: TenantScopedRepository<TelegramIdentity>;
  private readonly messages: TenantScopedRepository<ConversationMessage>;

  constructor(
    @InjectRepository(TelegramIdentity) identities: Repository<TelegramIdentity>,
    @InjectRepository(ConversationMessage) messages: Repository<ConversationMessage>,
    @InjectRepository(Contact) private readonly contacts: Repository<Contact>,
    private readonly log: ConversationLog,
  ) {
    this.identities = new TenantScopedRepository(identities);
    this.messages = new TenantScopedRepository(messages);
  }

  inbox(scope: TenantScope, page: PageArgs, filter: { botId?: string; unreadOnly?: boolean }): Promise<Page<TelegramIdentity>> {
    const query = this.identities.query(scope, 'conversation').andWhere('conversation.last_message_at IS NOT NULL');
    const botId = scope.botId ?? filter.botId;
    if (botId) query.andWhere('conversation.bot_id = :botId', { botId });
    if (filter.unreadOnly) query.andWhere('conversation.unread_count > 0');
    return paginate(query, page, BY_LAST_MESSAGE);
  }

  messagesOf(scope: TenantScope, contactId: string, page: PageArgs, identityId?: string): Promise<Page<ConversationMessage>> {
    const query = this.messages.query(scope, 'message').andWhere('message.contact_id = :contactId', { contactId });
    if (identityId) query.andWhere('message.identity_id = :identityId', { identityId });
    if (scope.botId) query.andWhere('message.bot_id = :botId', { botId: scope.botId });
    return paginate(query, page);
  }

  async markRead(scope: TenantScope, identityId: string): Promise<TelegramIdentity> {
    const identity = await this.identities.findOne(scope, { id: identityId });
    if (!identity || (scope.botId && identity.botId !== scope.botId)) {
      throw new ContactError(ContactErrorCode.IDENTITY_NOT_FOUND, `Conversation ${identityId} not found`);
    }
    return this.log.markRead(identity);
  }

  identitiesLoader(req: object, tenantId: string): DataLoader<string, TelegramIdentity[] | null> {
    return requestLoader(req, `identities:${tenantId}`, async (contactIds) => {
      const rows = await this.identities.query({ tenantId, botId: null }, 'identity').andWhere('identity.contact_id IN (:...contactIds)', { contactIds }).getMany();
      const byContact = new Map<string, TelegramIdentity[]>();
      for (const row of rows) byContact.set(row.contactId, [...(byContact.get(row.contactId) ?? []), row]);
      return byContact;
    });
  }

  contactLoader(req: object, tenantId: string): DataLoader<string, Contact | null> {
    return requestLoader(req, `contacts:${tenantId}`, async (ids) => {
      const rows = await this.contacts.find({ where: { tenantId, id: In([...ids]) } });
      return new Map(rows.map((row) => [row.id, row]));
    });
  }
}
