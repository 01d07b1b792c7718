import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { isUniqueViolation, TenantScope } from '@switchboard/common';
import { searchTextOf } from '../contact-fields';
import { Contact, ContactKind } from '../contact.entity';
import { TelegramIdentity } from '../telegram-identity.entity';

/** The Telegram side of a person or chat, as an update describes it. */
export interface TelegramParty {
  chatId: number;
  chatType: string;
  username?: string;
  firstName?: string;
  lastName?: string;
  title?: string;
  languageCode?: string;
}

export interface IdentityChange {
  /** The person has a private chat with the bot now (wrote privately, pressed Start). */
  started?: boolean;
  blocked?: boolean;
}

/**
 * Telegram identities of a tenant's contacts, one per bot and chat. A chat id seen for the
 * first time on a bot joins the contact that already has it on another bot of the tenant
 * (Telegram ids are global), or gets a new contact.
 */
@Injectable()
export class IdentitiesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async upsert(scope: TenantScope, botId: string, party: TelegramParty, change: IdentityChange = {}): Promise<TelegramIdentity> {
    for (let attempt = 0; ; attempt++) {
      const existing = await this.dataSource.getRepository(TelegramIdentity).findOne({ where: { botId, chatId: String(party.chatId) } });
      if (existing) return this.refresh(existing, party, change);
      try {
        return await this.dataSource.transaction((manager) => this.create(manager, scope, botId, party, change));
      } catch (error) {
        // Another update of the same person got there first: take the identity it created.
        if (attempt > 0 || !isUniqueViolation(error, 'telegram_identities_bot_chat')) throw error;
      }
    }
  }

  /** Adds a chat id the tenant's backend knows (an eSputnik token) to a contact: a private chat the person started. */
  attach(scope: TenantScope, botId: string, contactId: string, chatId: string): Promise<TelegramIdentity> {
    const identities = this.dataSource.getRepository(TelegramIdentity);
    return identities.save(
      identities.create({ tenantId: scope.tenantId, contactId, botId, chatId, chatType: 'private', started: true, blocked: false }),
    );
  }

  /** A contact's private identity on a bot, preferring one that can be reached. */
  ofContact(scope: TenantScope, contactId: string, botId: string): Promise<TelegramIdentity | null> {
    if (!/^\d{1,18}$/.test(contactId)) return Promise.resolve(null);
    return this.dataSource.getRepository(TelegramIdentity).findOne({
      where: { tenantId: scope.tenantId, contactId, botId },
      order: { started: 'DESC', blocked: 'ASC', lastMessageAt: 'DESC' },
    });
  }

  find(botId: string, chatId: number | string): Promise<TelegramIdentity | null> {
    if (!/^-?\d{1,20}$/.test(String(chatId))) return Promise.resolve(null);
    return this.dataSource.getRepository(TelegramIdentity).findOne({ where: { botId, chatId: String(chatId) } });
  }

  /**
   * Telegram answered "bot was blocked by the user": the identity is blocked and stops being a
   * token (eSputnik removes the token from the card); it becomes one again when they write.
   */
  async blockedBySend(botId: string, chatId: number | string): Promise<void> {
    await this.dataSource
      .getRepository(TelegramIdentity)
      .update({ botId, chatId: String(chatId) }, { blocked: true, blockedAt: new Date(), started: false });
  }

  /** A group became a supergroup: its identity (and conversation) moves to the new chat id. */
  async migrate(botId: string, fromChatId: number, toChatId: number): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const identities = manager.getRepository(TelegramIdentity);
      const old = await identities.findOne({ where: { botId, chatId: String(fromChatId) } });
      if (!old) return;
      const already = await identities.findOne({ where: { botId, chatId: String(toChatId) } });
      if (!already) {
        await identities.update({ id: old.id }, { chatId: String(toChatId), chatType: 'supergroup' });
        return;
      }
      // The supergroup wrote first: fold the old group's conversation into it.
      await manager.query('UPDATE conversation_messages SET identity_id = $1, contact_id = $2 WHERE identity_id = $3', [
        already.id,
        already.contactId,
        old.id,
      ]);
      await identities.delete({ id: old.id });
    });
  }

  /** Writes only what changed: a person who writes again, as they were, costs no write at all. */
  private async refresh(identity: TelegramIdentity, party: TelegramParty, change: IdentityChange): Promise<TelegramIdentity> {
    const before = JSON.stringify(identity);
    Object.assign(identity, {
      chatType: party.chatType,
      username: party.username ?? identity.username,
      firstName: party.firstName ?? identity.firstName,
      lastName: party.lastName ?? identity.lastName,
      title: party.title ?? identity.title,
      languageCode: party.languageCode ?? identity.languageCode,
      started: identity.started || !!change.started,
    });
    if (change.blocked !== undefined && change.blocked !== identity.blocked) {
      identity.blocked = change.blocked;
      identity.blockedAt = change.blocked ? new Date() : null;
    }
    if (JSON.stringify(identity) === before) return identity;
    const saved = await this.dataSource.getRepository(TelegramIdentity).save(identity);
    await this.syncContact(identity.contactId, party);
    return saved;
  }

  /** Keeps the contact's Telegram username and language current, and fills names it lacks. */
  private async syncContact(contactId: string, party: TelegramParty): Promise<void> {
    const contacts = this.dataSource.getRepository(Contact);
    const contact = await contacts.findOne({ where: { id: contactId } });
    if (!contact) return;
    const before = JSON.stringify([contact.username, contact.languageCode, contact.firstName, contact.lastName]);
    contact.username = party.username ?? contact.username;
    contact.languageCode = party.languageCode ?? contact.languageCode;
    contact.firstName ??= party.firstName ?? party.title ?? null;
    contact.lastName ??= party.lastName ?? null;
    if (JSON.stringify([contact.username, contact.languageCode, contact.firstName, contact.lastName]) === before) return;
    contact.searchText = searchTextOf(contact);
    await contacts.save(contact);
  }

  private async create(manager: EntityManager, scope: TenantScope, botId: string, party: TelegramParty, change: IdentityChange): Promise<TelegramIdentity> {
    const known: Array<{ contact_id: string }> = await manager.query(
      'SELECT contact_id FROM telegram_identities WHERE tenant_id = $1 AND chat_id = $2 LIMIT 1',
      [scope.tenantId, party.chatId],
    );
    const contactId = known[0]?.contact_id ?? (await this.newContact(manager, scope, party)).id;
    return manager.getRepository(TelegramIdentity).save(
      manager.getRepository(TelegramIdentity).create({
        tenantId: scope.tenantId,
        contactId,
        botId,
        chatId: String(party.chatId),
        chatType: party.chatType,
        username: party.username ?? null,
        firstName: party.firstName ?? null,
        lastName: party.lastName ?? null,
        title: party.title ?? null,
        languageCode: party.languageCode ?? null,
        started: !!change.started,
        blocked: !!change.blocked,
        blockedAt: change.blocked ? new Date() : null,
      }),
    );
  }

  private newContact(manager: EntityManager, scope: TenantScope, party: TelegramParty): Promise<Contact> {
    const contact = manager.getRepository(Contact).create({
      tenantId: scope.tenantId,
      kind: party.chatType === 'private' ? ContactKind.PERSON : ContactKind.GROUP,
      firstName: party.firstName ?? party.title ?? null,
      lastName: party.lastName ?? null,
      username: party.username ?? null,
      languageCode: party.languageCode ?? null,
      tags: [],
      attributes: {},
    });
    contact.searchText = searchTextOf(contact);
    return manager.getRepository(Contact).save(contact);
  }
}
