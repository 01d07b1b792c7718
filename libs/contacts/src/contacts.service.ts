import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, FindOptionsWhere, Repository } from 'typeorm';
import { Page, PageArgs, TenantScope, TenantScopedRepository, isUniqueViolation, paginate } from '@switchboard/common';
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

/** Contacts of a tenant: the people (and groups) its bots talk to, with their data. */
@Injectable()
export class ContactsService {
  private readonly contacts: TenantScopedRepository<Contact>;

  constructor(
    @InjectRepository(Contact) repository: Repository<Contact>,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {
    this.contacts = new TenantScopedRepository(repository);
  }

  list(scope: TenantScope, criteria: ContactCriteria, page: PageArgs): Promise<Page<Contact>> {
    const scoped: ContactCriteria = scope.botId ? { ...criteria, botId: scope.botId } : criteria;
    return paginate(applyContactCriteria(this.contacts.query(scope, 'contact'), scoped), page);
  }

  count(scope: TenantScope, criteria: ContactCriteria): Promise<number> {
    return applyContactCriteria(this.contacts.query(scope, 'contact'), criteria).getCount();
  }

  /** A contact of the tenant; for a bot-scoped key, only one with an identity on its bot. */
  find(scope: TenantScope, id: string): Promise<Contact | null> {
    if (!/^\d{1,18}$/.test(id)) return Promise.resolve(null);
    if (!scope.botId) return this.contacts.findOne(scope, { id });
    return applyContactCriteria(this.contacts.query(scope, 'contact'), { botId: scope.botId }).andWhere('contact.id = :id', { id }).getOne();
  }

  async get(scope: TenantScope, id: string): Promise<Contact> {
    const contact = await this.find(scope, id);
    if (!contact) throw ContactError.notFound(id);
    return contact;
  }

  /** The contact the highest-priority identifier given names: contactId → externalCustomerId → phone → email. */
  async findByIdentifiers(scope: TenantScope, ids: ContactIdentifiers, manager?: EntityManager): Promise<Contact | null> {
    const repository = manager?.getRepository(Contact);
    const findOne = (where: FindOptionsWhere<Contact>) =>
      repository ? repository.findOne({ where: { ...where, tenantId: scope.tenantId } }) : this.contacts.findOne(scope, where);
    if (ids.contactId) return /^\d{1,18}$/.test(ids.contactId) ? findOne({ id: ids.contactId }) : null;
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
    return existing ? this.apply(scope, existing, input) : this.apply(scope, this.contacts.create(scope, { tags: [], attributes: {} }), input);
  }

  async update(scope: TenantScope, id: string, input: ContactFieldsInput): Promise<Contact> {
    return this.apply(scope, await this.get(scope, id), input);
  }

  /** Erases the contact: its data, identities and every message. */
  async delete(scope: TenantScope, id: string): Promise<void> {
    const contact = await this.get(scope, id);
    await this.dataSource.getRepository(Contact).delete({ id: contact.id, tenantId: scope.tenantId });
  }

  /** Moves `sourceId`'s identities and messages into `targetId`, fills what the target lacks, and removes the source. */
  async merge(scope: TenantScope, targetId: string, sourceId: string): Promise<Contact> {
    if (targetId === sourceId) throw new ContactError(ContactErrorCode.MERGE_WITH_ITSELF, 'A contact cannot be merged into itself');
    const [target, source] = await Promise.all([this.get(scope, targetId), this.get(scope, sourceId)]);
    return this.dataSource.transaction(async (manager) => {
      await this.moveConversations(manager, scope, source.id, target.id);
      const externalCustomerId = target.externalCustomerId ?? source.externalCustomerId;
      await manager.delete(Contact, { id: source.id, tenantId: scope.tenantId });
      Object.assign(target, {
        firstName: target.firstName ?? source.firstName,
        lastName: target.lastName ?? source.lastName,
        username: target.username ?? source.username,
        languageCode: target.languageCode ?? source.languageCode,
        externalCustomerId,
        phone: target.phone ?? source.phone,
        email: target.email ?? source.email,
        tags: [...new Set([...target.tags, ...source.tags])],
        attributes: { ...source.attributes, ...target.attributes },
        lastActivityAt: [target.lastActivityAt, source.lastActivityAt].filter(Boolean).sort().at(-1) ?? null,
      });
      target.searchText = searchTextOf(target);
      return manager.save(target);
    });
  }

  /** Re-homes a contact's identities and messages, e.g. when a merge or a connect link joins two contacts. */
  async moveConversations(manager: EntityManager, scope: TenantScope, fromContactId: string, toContactId: string): Promise<void> {
    const where = { tenantId: scope.tenantId, contactId: fromContactId };
    await manager.update(TelegramIdentity, where, { contactId: toContactId });
    await manager.update(ConversationMessage, where, { contactId: toContactId });
  }

  private async apply(scope: TenantScope, contact: Contact, input: ContactFieldsInput): Promise<Contact> {
    if (input.externalCustomerId !== undefined) contact.externalCustomerId = input.externalCustomerId;
    if (input.phone !== undefined) contact.phone = normalizePhone(input.phone);
    if (input.email !== undefined) contact.email = normalizeEmail(input.email);
    if (input.firstName !== undefined) contact.firstName = input.firstName;
    if (input.lastName !== undefined) contact.lastName = input.lastName;
    if (input.tags !== undefined) contact.tags = [...new Set(input.tags)];
    if (input.attributes !== undefined) contact.attributes = mergedAttributes(contact.attributes, input.attributes);
    contact.searchText = searchTextOf(contact);
    try {
      return await this.contacts.save(scope, contact);
    } catch (error) {
      if (isUniqueViolation(error, 'contacts_external_id')) {
        throw new ContactError(ContactErrorCode.EXTERNAL_ID_TAKEN, `Another contact already has externalCustomerId ${input.externalCustomerId}`);
      }
      throw error;
    }
  }
}
