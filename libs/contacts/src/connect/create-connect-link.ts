import { Injectable } from '@nestjs/common';
import { TenantScope } from '@switchboard/common';
import { ContactError, ContactErrorCode } from '../contact.errors';
import { ContactsService } from '../contacts.service';
import { ConnectLink, ConnectLinksService } from './connect-links.service';
import { CreateConnectLinkInput } from './connect-link.types';

/** Resolves who a link is for (contact id or the tenant's external id), for both GraphQL and REST. */
@Injectable()
export class CreateConnectLink {
  constructor(
    private readonly contacts: ContactsService,
    private readonly links: ConnectLinksService,
  ) {}

  async execute(scope: TenantScope, input: CreateConnectLinkInput): Promise<ConnectLink> {
    if (!input.contactId && !input.externalCustomerId) {
      throw new ContactError(ContactErrorCode.IDENTIFIER_REQUIRED, 'Give contactId or externalCustomerId');
    }
    const contact = await this.contacts.findByIdentifiers(scope, { contactId: input.contactId, externalCustomerId: input.externalCustomerId });
    if (!contact) throw ContactError.notFound(input.contactId ?? input.externalCustomerId!);
    return this.links.create(scope, contact.id, input.botId, input.ttlSeconds);
  }
}
