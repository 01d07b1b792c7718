import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { BotsService } from '@switchboard/bots';
import { TenantScope } from '@switchboard/common';
import { IdentitiesService } from '../capture/identities.service';
import { normalizeEmail, normalizePhone, searchTextOf } from '../contact-fields';
import { Contact } from '../contact.entity';
import { ContactsService } from '../contacts.service';
import { TokenEntry } from './tokens.body';

export interface TokenResult {
  token: string;
  contactId: string | null;
  /** A contact was created for this token. */
  created: boolean;
  /** The token was new on that contact (existing tokens are never overwritten). */
  tokenAdded: boolean;
  error?: string;
}

/**
 * eSputnik's "Add application tokens" for a bot: each token (a Telegram chat id on the bot) is
 * added to the contact its highest-priority identifier names — contactId → externalCustomerId
 * → phone → email — or to a new contact carrying all the identifiers.
 */
@Injectable()
export class AppTokensService {
  constructor(
    private readonly bots: BotsService,
    private readonly contacts: ContactsService,
    private readonly identities: IdentitiesService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async add(scope: TenantScope, appId: string, entries: TokenEntry[]): Promise<TokenResult[]> {
    const bot = await this.bots.get(scope, appId);
    const results: TokenResult[] = [];
    // In request order: a later entry may find the contact an earlier one created.
    for (const entry of entries) results.push(await this.addOne(scope, bot.id, entry));
    return results;
  }

  private async addOne(scope: TenantScope, botId: string, entry: TokenEntry): Promise<TokenResult> {
    const failed = (error: string): TokenResult => ({ token: entry.token, contactId: null, created: false, tokenAdded: false, error });
    if (!/^-?\d{1,20}$/.test(entry.token)) return failed('token must be the Telegram chat id of the person on this bot');
    if (!entry.contactId && !entry.externalCustomerId && !entry.phone && !entry.email) {
      return failed('at least one identifier is required: contactId, externalCustomerId, phone or email');
    }
    const found = await this.contacts.findByIdentifiers(scope, entry);
    const contact = found ?? (await this.createWithIdentifiers(scope, entry));
    const existing = await this.identities.find(botId, entry.token);
    if (existing && existing.contactId !== contact.id) {
      return { token: entry.token, contactId: contact.id, created: !found, tokenAdded: false, error: `token already belongs to contact ${existing.contactId}` };
    }
    if (!existing) await this.identities.attach(scope, botId, contact.id, entry.token);
    return { token: entry.token, contactId: contact.id, created: !found, tokenAdded: !existing };
  }

  /** A new contact with every identifier given, except any another contact already holds. */
  private async createWithIdentifiers(scope: TenantScope, entry: TokenEntry): Promise<Contact> {
    const externalTaken = entry.externalCustomerId && (await this.contacts.findByIdentifiers(scope, { externalCustomerId: entry.externalCustomerId }));
    const repository = this.dataSource.getRepository(Contact);
    const contact = repository.create({
      tenantId: scope.tenantId,
      externalCustomerId: externalTaken ? null : (entry.externalCustomerId ?? null),
      phone: entry.phone ? normalizePhone(entry.phone) : null,
      email: entry.email ? normalizeEmail(entry.email) : null,
      tags: [],
      attributes: {},
    });
    contact.searchText = searchTextOf(contact);
    return repository.save(contact);
  }
}
