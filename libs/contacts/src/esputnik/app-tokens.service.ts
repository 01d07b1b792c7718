import { Injectable, Logger } from '@nestjs/common';
import { BotsService } from '@switchboard/bots';
import { DomainError, isTelegramChatId, isUniqueViolation, ScopedSession, TenantData, TenantScope, throughBot } from '@switchboard/common';
import { EventsOut } from '@switchboard/events-out';
import { IdentitiesService } from '../capture/identities.service';
import { contactEvents } from '../contact-events';
import { normalizeEmail, normalizePhone, searchTextOf } from '../contact-fields';
import { Contact } from '../contact.entity';
import { ContactsService } from '../contacts.service';
import { TokenEntry } from './tokens.body';

export interface TokenResult {
  /** As the entry gave it; null when it gave none. */
  token: string | null;
  contactId: string | null;
  /** A contact was created for this token. */
  created: boolean;
  /** The token was new on that contact (existing tokens are never overwritten). */
  tokenAdded: boolean;
  error?: string;
}

/** An entry that could not be applied; nothing of it was stored. */
class EntryRefused extends Error {}

/**
 * eSputnik's "Add application tokens" for a bot: each token (a Telegram chat id on the bot) is
 * added to the contact its highest-priority identifier names — contactId → externalCustomerId
 * → phone → email — or to a new contact carrying all the identifiers. Each entry is applied
 * alone, in one transaction: a failing entry stores nothing and the others still apply.
 */
@Injectable()
export class AppTokensService {
  private readonly logger = new Logger(AppTokensService.name);

  constructor(
    private readonly bots: BotsService,
    private readonly contacts: ContactsService,
    private readonly identities: IdentitiesService,
    private readonly data: TenantData,
    private readonly eventsOut: EventsOut,
  ) {}

  async add(scope: TenantScope, appId: string, entries: TokenEntry[]): Promise<TokenResult[]> {
    const bot = await this.bots.get(scope, appId);
    const results: TokenResult[] = [];
    // In request order: a later entry may find the contact an earlier one created.
    for (const entry of entries) results.push(await this.addOne(scope, bot.id, entry));
    return results;
  }

  private async addOne(scope: TenantScope, botId: string, entry: TokenEntry): Promise<TokenResult> {
    try {
      return await this.data.transaction(scope, (session) => this.apply(session, botId, entry));
    } catch (error) {
      const failed = (message: string): TokenResult => ({ token: entry.token ?? null, contactId: null, created: false, tokenAdded: false, error: message });
      if (error instanceof EntryRefused || error instanceof DomainError) return failed(error.message);
      if (isUniqueViolation(error)) return failed('an identifier or the token is already held by another contact');
      this.logger.error({ err: error }, 'a token entry failed unexpectedly');
      return failed('internal error: this token was not applied');
    }
  }

  private async apply(session: ScopedSession, botId: string, entry: TokenEntry): Promise<TokenResult> {
    if (!isTelegramChatId(entry.token)) throw new EntryRefused('token must be the Telegram chat id of the person on this bot');
    if (!entry.contactId && !entry.externalCustomerId && !entry.phone && !entry.email) {
      throw new EntryRefused('at least one identifier is required: contactId, externalCustomerId, phone or email');
    }
    const found = await this.contacts.findByIdentifiers(session.scope, entry, session);
    if (entry.contactId && !found) throw new EntryRefused(`contactId ${entry.contactId} not found`);
    const contact = found ?? (await this.createWithIdentifiers(session, entry));
    const existing = await this.identities.find(throughBot(session.scope.tenantId, botId), entry.token, session);
    if (existing && existing.contactId !== contact.id) throw new EntryRefused(`token already belongs to contact ${existing.contactId}`);
    if (!existing) await this.identities.attach(session, botId, contact.id, entry.token);
    if (!found) await this.eventsOut.recordWithin(session, [contactEvents.contactCreated(contact, { botId, chatId: entry.token })]);
    return { token: entry.token, contactId: contact.id, created: !found, tokenAdded: !existing };
  }

  /** A new contact with every identifier given, except an external id another contact already holds. */
  private async createWithIdentifiers(session: ScopedSession, entry: TokenEntry): Promise<Contact> {
    const externalTaken = entry.externalCustomerId && (await session.repository(Contact).exists({ externalCustomerId: entry.externalCustomerId }));
    const contacts = session.repository(Contact);
    const contact = contacts.create({
      externalCustomerId: externalTaken ? null : (entry.externalCustomerId ?? null),
      phone: entry.phone ? normalizePhone(entry.phone) : null,
      email: entry.email ? normalizeEmail(entry.email) : null,
      tags: [],
      attributes: {},
    });
    contact.searchText = searchTextOf(contact);
    return contacts.save(contact);
  }
}
