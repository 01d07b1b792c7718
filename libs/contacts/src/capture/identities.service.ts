import { Injectable } from '@nestjs/common';
import { Any, In } from 'typeorm';
import { BotScope, Coalescer, isRowId, isTelegramChatId, isUniqueViolation, ScopedSession, TenantData, tenantWide } from '@switchboard/common';
import { EventsOut } from '@switchboard/events-out';
import { contactEvents } from '../contact-events';
import { searchTextOf } from '../contact-fields';
import { Contact, ContactKind } from '../contact.entity';
import { ConversationMessage } from '../conversation-message.entity';
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

interface ChatLookup {
  scope: BotScope;
  chatId: string;
}

export interface IdentityChange {
  /** The person has a private chat with the bot now (wrote privately, pressed Start). */
  started?: boolean;
  blocked?: boolean;
}


/**
 * Telegram identities of a tenant's contacts, one per bot and chat. A chat id seen for the
 * first time on a bot joins the contact that already has it on another bot of the tenant
 * (Telegram ids are global), or gets a new contact. A new contact and a block or unblock are
 * events for the tenant's backend, recorded in the transaction that stores them.
 */
@Injectable()
export class IdentitiesService {
  /**
   * Chats looked up together (updates of several chats processed at once, sends finishing
   * together) share one query per bot: built and read one by one, the lookups were the largest
   * part of processing an update.
   */
  private readonly lookups = new Coalescer<ChatLookup, TelegramIdentity | null>((wanted) => this.lookUp(wanted));

  constructor(
    private readonly data: TenantData,
    private readonly eventsOut: EventsOut,
  ) {}

  async upsert(scope: BotScope, party: TelegramParty, change: IdentityChange = {}): Promise<TelegramIdentity> {
    for (let attempt = 0; ; attempt++) {
      const existing = await this.find(scope, party.chatId);
      if (existing) return this.refresh(scope, existing, party, change);
      try {
        // Joining the contact the chat has on another bot looks across the tenant's bots.
        return await this.data.transaction(tenantWide(scope.tenantId), (session) => this.create(session, scope.botId, party, change));
      } catch (error) {
        // Another update of the same person got there first: take the identity it created.
        if (attempt > 0 || !isUniqueViolation(error, 'telegram_identities_bot_chat')) throw error;
      }
    }
  }

  /** Adds a chat id the tenant's backend knows (an eSputnik token) to a contact: a private chat the person started. */
  attach(session: ScopedSession, botId: string, contactId: string, chatId: string): Promise<TelegramIdentity> {
    const identities = session.repository(TelegramIdentity);
    return identities.save(identities.create({ contactId, botId, chatId, chatType: 'private', started: true, blocked: false }));
  }

  /** A contact's private identity on the scope's bot, preferring one that can be reached. */
  ofContact(scope: BotScope, contactId: string): Promise<TelegramIdentity | null> {
    if (!isRowId(contactId)) return Promise.resolve(null);
    return this.data.for(scope).repository(TelegramIdentity).findOne({ contactId }, { started: 'DESC', blocked: 'ASC', lastMessageAt: 'DESC' });
  }

  /** The identities on the scope's bot of these contacts (a merged contact may have several). */
  ofContacts(scope: BotScope, contactIds: string[]): Promise<TelegramIdentity[]> {
    if (contactIds.length === 0) return Promise.resolve([]);
    return this.data.for(scope).repository(TelegramIdentity).find({ botId: scope.botId, contactId: In(contactIds) });
  }

  /** The identity of a chat on the scope's bot; within a session, as that session sees it. */
  find(scope: BotScope, chatId: number | string, session?: ScopedSession): Promise<TelegramIdentity | null> {
    if (!isTelegramChatId(chatId)) return Promise.resolve(null);
    if (session) return session.repository(TelegramIdentity).findOne({ botId: scope.botId, chatId: String(chatId) });
    return this.lookups.submit({ scope, chatId: String(chatId) });
  }

  /** The identities on the scope's bot of these chats; ids that are not chat ids name none. */
  ofChats(scope: BotScope, chatIds: string[]): Promise<TelegramIdentity[]> {
    const valid = chatIds.filter((chatId) => isTelegramChatId(chatId));
    if (valid.length === 0) return Promise.resolve([]);
    // One array parameter (= ANY), not one per chat: a batch names hundreds of chats.
    return this.data.for(scope).repository(TelegramIdentity).find({ botId: scope.botId, chatId: Any(valid) });
  }

  /** Each lookup gets an identity of its own: callers change the ones they are given. */
  private async lookUp(wanted: ChatLookup[]): Promise<Array<TelegramIdentity | null>> {
    const byBot = new Map<string, { scope: BotScope; chatIds: Set<string> }>();
    for (const { scope, chatId } of wanted) {
      const key = `${scope.tenantId}:${scope.botId}`;
      const bot = byBot.get(key) ?? { scope, chatIds: new Set<string>() };
      bot.chatIds.add(chatId);
      byBot.set(key, bot);
    }
    const found = new Map<string, TelegramIdentity>();
    await Promise.all(
      [...byBot].map(async ([key, { scope, chatIds }]) => {
        for (const identity of await this.ofChats(scope, [...chatIds])) found.set(`${key}:${identity.chatId}`, identity);
      }),
    );
    const handedOut = new Set<TelegramIdentity>();
    return wanted.map(({ scope, chatId }) => {
      const identity = found.get(`${scope.tenantId}:${scope.botId}:${chatId}`);
      if (!identity) return null;
      if (!handedOut.has(identity)) {
        handedOut.add(identity);
        return identity;
      }
      return Object.assign(new TelegramIdentity(), identity);
    });
  }

  /**
   * Telegram answered "bot was blocked by the user": the identity is blocked and stops being a
   * token (eSputnik removes the token from the card); it becomes one again when they write.
   */
  async blockedBySend(scope: BotScope, chatId: number | string): Promise<void> {
    const at = new Date();
    await this.data.transaction(scope, async (session) => {
      const identities = session.repository(TelegramIdentity);
      const newlyBlocked = await identities.updateReturning<{ contact_id: string; bot_id: string; chat_id: string }>(
        { chatId: String(chatId), blocked: false },
        { blocked: true, blockedAt: at },
        ['contactId', 'botId', 'chatId'],
      );
      await identities.update({ chatId: String(chatId) }, { started: false });
      const blocked = newlyBlocked.map((row) => contactEvents.blockChanged({ tenantId: scope.tenantId, contactId: String(row.contact_id), botId: row.bot_id, chatId: String(row.chat_id) }, true, at));
      await this.eventsOut.recordWithin(session, blocked);
    });
  }

  /** A group became a supergroup: its identity (and conversation) moves to the new chat id. */
  async migrate(scope: BotScope, fromChatId: number, toChatId: number): Promise<void> {
    await this.data.transaction(scope, async (session) => {
      const identities = session.repository(TelegramIdentity);
      const old = await identities.findOne({ chatId: String(fromChatId) });
      if (!old) return;
      const already = await identities.findOne({ chatId: String(toChatId) });
      if (!already) {
        await identities.update({ id: old.id }, { chatId: String(toChatId), chatType: 'supergroup' });
        return;
      }
      // The supergroup wrote first: fold the old group's conversation into it.
      await session.repository(ConversationMessage).update({ identityId: old.id }, { identityId: already.id, contactId: already.contactId });
      await identities.delete({ id: old.id });
    });
  }

  /** Writes only what changed: a person who writes again, as they were, costs no write at all. */
  private async refresh(scope: BotScope, identity: TelegramIdentity, party: TelegramParty, change: IdentityChange): Promise<TelegramIdentity> {
    const current: Partial<TelegramIdentity> = {
      chatType: party.chatType,
      username: party.username ?? identity.username,
      firstName: party.firstName ?? identity.firstName,
      lastName: party.lastName ?? identity.lastName,
      title: party.title ?? identity.title,
      languageCode: party.languageCode ?? identity.languageCode,
      started: identity.started || !!change.started,
    };
    const blockChanged = change.blocked !== undefined && change.blocked !== identity.blocked;
    const partyChanged = (Object.keys(current) as Array<keyof typeof current>).some((key) => current[key] !== identity[key]);
    if (!partyChanged && !blockChanged) return identity;
    Object.assign(identity, current);
    if (blockChanged) {
      identity.blocked = change.blocked!;
      identity.blockedAt = change.blocked ? new Date() : null;
    }
    const saved = blockChanged
      ? await this.data.transaction(scope, async (session) => {
          const written = await session.repository(TelegramIdentity).save(identity);
          await this.eventsOut.recordWithin(session, [contactEvents.blockChanged(written, written.blocked)]);
          return written;
        })
      : await this.data.for(scope).repository(TelegramIdentity).save(identity);
    await this.syncContact(scope, identity.contactId, party);
    return saved;
  }

  /** Keeps the contact's Telegram username and language current, and fills names it lacks. */
  private async syncContact(scope: BotScope, contactId: string, party: TelegramParty): Promise<void> {
    const contacts = this.data.for(scope).repository(Contact);
    const contact = await contacts.findOne({ id: contactId });
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

  private async create(session: ScopedSession, botId: string, party: TelegramParty, change: IdentityChange): Promise<TelegramIdentity> {
    const identities = session.repository(TelegramIdentity);
    const known = await identities.findOne({ chatId: String(party.chatId) });
    const contact = known ? null : await this.newContact(session, party);
    const identity = await identities.save(
      identities.create({
        contactId: known?.contactId ?? contact!.id,
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
    const created = contact ? [contactEvents.contactCreated(contact, identity)] : [];
    const blocked = identity.blocked ? [contactEvents.blockChanged(identity, true)] : [];
    await this.eventsOut.recordWithin(session, [...created, ...blocked]);
    return identity;
  }

  private newContact(session: ScopedSession, party: TelegramParty): Promise<Contact> {
    const contacts = session.repository(Contact);
    const contact = contacts.create({
      kind: party.chatType === 'private' ? ContactKind.PERSON : ContactKind.GROUP,
      firstName: party.firstName ?? party.title ?? null,
      lastName: party.lastName ?? null,
      username: party.username ?? null,
      languageCode: party.languageCode ?? null,
      tags: [],
      attributes: {},
    });
    contact.searchText = searchTextOf(contact);
    return contacts.save(contact);
  }
}
