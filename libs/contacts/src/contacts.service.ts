import { Injectable } from '@nestjs/common';
import { FindOptionsWhere, In } from 'typeorm';
import { Page, PageArgs, ScopedSession, TenantData, TenantScope, isRowId, isUniqueViolation, paginate } from '@switchboard/common';
import { EventsOut } from '@switchboard/events-out';
import { contactEvents } from './contact-events';
import { applyContactCriteria, ContactCriteria } from './contact-criteria';
import { normalizeEmail, normalizePhone, searchTextOf } from './contact-fields';
import { Contact } from './contact.entity';
import { ContactError, ContactErrorCode } from './contact.errors';
import { ContactFieldsInput } from './dto/contact.input';
import { ConversationMessage } from './conversation-message.entity';
import { TelegramIdentity } from './telegram-identity.entity';

export type ContactIdentifiers = Pick<ContactFieldsInput, 'externalCustomerId' | 'phone' | 'email'> & { contactId?: string };

function mergedAttributes(current: Record<string, unknown>, patch: Record<string, unknown>): Record<string, unknown> {
  const next = { ...current, ...patch };
  for (const [key, value] of Object.entries(patch)) if (value === null) delete next[key];
  return next;
}

/**
 * Contacts of a tenant: the people (and groups) its bots talk to, with their data. For a
 * bot-scoped caller, only the contacts reachable on its bot exist (the data layer's rule).
 */
@Injectable()
export class ContactsService {
  constructor(
    private readonly data: TenantData,
    private readonly eventsOut: EventsOut,
  ) {}

  list(scope: TenantScope, criteria: ContactCriteria, page: PageArgs): Promise<Page<Contact>> {
    return paginate(this.matching(scope, criteria), page);
  }

  count(scope: TenantScope, criteria: ContactCriteria): Promise<number> {
    return this.matching(scope, criteria).getCount();
  }

  /**
   * The next contacts matching `criteria` after `afterId`, in id order (a keyset walk): how a
   * whole audience is read without holding it.
   */
  walk(scope: TenantScope, criteria: ContactCriteria, afterId: string | null, limit: number): Promise<Contact[]> {
    const query = this.matching(scope, criteria);
    if (afterId) query.andWhere('contact.id > :afterId', { afterId });
    return query.orderBy('contact.id', 'ASC').take(limit).getMany();
  }

  /** The contacts among `ids` the scope sees; ids that are not row ids name nobody. */
  findMany(scope: TenantScope, ids: string[]): Promise<Contact[]> {
    const rowIds = ids.filter(isRowId);
    if (rowIds.length === 0) return Promise.resolve([]);
    return this.data.for(scope).repository(Contact).find({ id: In(rowIds) });
  }

  private matching(scope: TenantScope, criteria: ContactCriteria) {
    const query = applyContactCriteria(this.data.for(scope).repository(Contact).select('contact'), criteria);
    // Asking a bot-scoped key about another bot answers as about a missing one: nothing.
    if (scope.botId && criteria.botId && criteria.botId !== scope.botId) query.andWhere('false');
    return query;
  }

  find(scope: TenantScope, id: string, session: ScopedSession = this.data.for(scope)): Promise<Contact | null> {
    return isRowId(id) ? session.repository(Contact).findOne({ id }) : Promise.resolve(null);
  }

  async get(scope: TenantScope, id: string): Promise<Contact> {
    const contact = await this.find(scope, id);
    if (!contact) throw ContactError.notFound(id);
    return contact;
  }

  /** The contact the highest-priority identifier given names: contactId → externalCustomerId → phone → email. */
  async findByIdentifiers(scope: TenantScope, ids: ContactIdentifiers, session: ScopedSession = this.data.for(scope)): Promise<Contact | null> {
    const findOne = (where: FindOptionsWhere<Contact>) => session.repository(Contact).findOne(where);
    if (ids.contactId) return this.find(scope, ids.contactId, session);
    if (ids.externalCustomerId) return findOne({ externalCustomerId: ids.externalCustomerId });
    if (ids.phone) return findOne({ phone: normalizePhone(ids.phone) });
    if (ids.email) return findOne({ email: normalizeEmail(ids.email) });
    return null;
  }

  /** Finds the contact by externalCustomerId, else phone, else email, and updates it; creates one otherwise. */
  async upsert(scope: TenantScope, input: ContactFieldsInput): Promise<Contact> {
    if (!input.externalCustomerId && !input.phone && !input.email) {
      throw new ContactError(ContactErrorCode.IDENTIFIER_REQUIRED, 'Give at least one of externalCustomerId, phone or email');
    }
    const existing = await this.findByIdentifiers(scope, input);
    return this.apply(scope, existing ?? this.data.for(scope).repository(Contact).create({ tags: [], attributes: {} }), input);
  }

  async update(scope: TenantScope, id: string, input: ContactFieldsInput): Promise<Contact> {
    return this.apply(scope, await this.get(scope, id), input);
  }

  /** Erases the contact: its data, identities and every message. */
  async delete(scope: TenantScope, id: string): Promise<void> {
    const contact = await this.get(scope, id);
    await this.data.for(scope).repository(Contact).delete({ id: contact.id });
  }

  /** Moves `sourceId`'s identities and messages into `targetId`, fills what the target lacks, and removes the source. */
  async merge(scope: TenantScope, targetId: string, sourceId: string): Promise<Contact> {
    if (targetId === sourceId) throw new ContactError(ContactErrorCode.MERGE_WITH_ITSELF, 'A contact cannot be merged into itself');
    const [target, source] = await Promise.all([this.get(scope, targetId), this.get(scope, sourceId)]);
    return this.data.transaction(scope, async (session) => {
      await this.moveConversations(session, source.id, target.id);
      await session.repository(Contact).delete({ id: source.id });
      Object.assign(target, {
        firstName: target.firstName ?? source.firstName,
        lastName: target.lastName ?? source.lastName,
        username: target.username ?? source.username,
        languageCode: target.languageCode ?? source.languageCode,
        externalCustomerId: target.externalCustomerId ?? source.externalCustomerId,
        phone: target.phone ?? source.phone,
        email: target.email ?? source.email,
        tags: [...new Set([...target.tags, ...source.tags])],
        attributes: { ...source.attributes, ...target.attributes },
        lastActivityAt: [target.lastActivityAt, source.lastActivityAt].filter(Boolean).sort().at(-1) ?? null,
      });
      target.searchText = searchTextOf(target);
      return session.repository(Contact).save(target);
    });
  }

  /** Re-homes a contact's identities and messages, e.g. when a merge or a connect link joins two contacts. */
  async moveConversations(session: ScopedSession, fromContactId: string, toContactId: string): Promise<void> {
    await session.repository(TelegramIdentity).update({ contactId: fromContactId }, { contactId: toContactId });
    await session.repository(ConversationMessage).update({ contactId: fromContactId }, { contactId: toContactId });
  }

  private async apply(scope: TenantScope, contact: Contact, input: ContactFieldsInput): Promise<Contact> {
    if (input.externalCustomerId !== undefined) contact.externalCustomerId = input.externalCustomerId;
    // A field given as null is cleared (no tags, no attributes); one left out is kept.
    if (input.phone !== undefined) contact.phone = input.phone === null ? null : normalizePhone(input.phone);
    if (input.email !== undefined) contact.email = input.email === null ? null : normalizeEmail(input.email);
    if (input.firstName !== undefined) contact.firstName = input.firstName;
    if (input.lastName !== undefined) contact.lastName = input.lastName;
    if (input.tags !== undefined) contact.tags = [...new Set(input.tags ?? [])];
    if (input.attributes !== undefined) contact.attributes = input.attributes === null ? {} : mergedAttributes(contact.attributes, input.attributes);
    contact.searchText = searchTextOf(contact);
    try {
      if (contact.id) return await this.data.for(scope).repository(Contact).save(contact);
      // A new contact is an event for the tenant's backend, recorded with it.
      return await this.data.transaction(scope, async (session) => {
        const created = await session.repository(Contact).save(contact);
        await this.eventsOut.recordWithin(session, [contactEvents.contactCreated(created, null)]);
        return created;
      });
    } catch (error) {
      if (isUniqueViolation(error, 'contacts_external_id')) {
        throw new ContactError(ContactErrorCode.EXTERNAL_ID_TAKEN, `Another contact already has externalCustomerId ${input.externalCustomerId}`);
      }
      throw error;
    }
  }
}
