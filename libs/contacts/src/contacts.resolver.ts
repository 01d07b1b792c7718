import { Args, ArgsType, Context, Field, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, ValidateNested } from 'class-validator';
import type { Request } from 'express';
import { Allow, CurrentTenant, PageArgs, Paginated, TenantScope } from '@switchboard/common';
import { ContactCriteria } from './contact-criteria';
import { Contact } from './contact.entity';
import { ContactsService } from './contacts.service';
import { ConversationMessage } from './conversation-message.entity';
import { ConversationsService } from './conversations/conversations.service';
import { ContactFieldsInput } from './dto/contact.input';
import { TelegramIdentity } from './telegram-identity.entity';

const ContactPage = Paginated(Contact);
const MessagePage = Paginated(ConversationMessage);

@ArgsType()
class ContactsArgs extends PageArgs {
  @Field(() => ContactCriteria, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ContactCriteria)
  filter?: ContactCriteria;
}

const contactId = () => Args('id', { type: () => ID });

@Resolver(() => Contact)
export class ContactsResolver {
  constructor(
    private readonly contactsService: ContactsService,
    private readonly conversations: ConversationsService,
  ) {}

  @Query(() => ContactPage, { description: 'Newest first; search and filter with `filter`' })
  contacts(@CurrentTenant() scope: TenantScope, @Args() args: ContactsArgs) {
    return this.contactsService.list(scope, args.filter ?? {}, args);
  }

  @Query(() => Contact, { nullable: true })
  contact(@CurrentTenant() scope: TenantScope, @contactId() id: string): Promise<Contact | null> {
    return this.contactsService.find(scope, id);
  }

  @Allow('tenant-wide')
  @Mutation(() => Contact, { description: 'Finds the contact by externalCustomerId, else phone, else email, and updates it; or creates it' })
  upsertContact(@CurrentTenant() scope: TenantScope, @Args('input') input: ContactFieldsInput): Promise<Contact> {
    return this.contactsService.upsert(scope, input);
  }

  @Mutation(() => Contact)
  updateContact(@CurrentTenant() scope: TenantScope, @contactId() id: string, @Args('input') input: ContactFieldsInput): Promise<Contact> {
    return this.contactsService.update(scope, id, input);
  }

  @Allow('tenant-wide')
  @Mutation(() => ID, { description: 'Erases the contact: its data, identities and messages' })
  async deleteContact(@CurrentTenant() scope: TenantScope, @contactId() id: string): Promise<string> {
    await this.contactsService.delete(scope, id);
    return id;
  }

  @Allow('tenant-wide')
  @Mutation(() => Contact, { description: "Moves the source's identities and messages into the target, fills what it lacks, removes the source" })
  mergeContacts(
    @CurrentTenant() scope: TenantScope,
    @Args('targetId', { type: () => ID }) targetId: string,
    @Args('sourceId', { type: () => ID }) sourceId: string,
  ): Promise<Contact> {
    return this.contactsService.merge(scope, targetId, sourceId);
  }

  @ResolveField(() => [TelegramIdentity], { description: 'Telegram identities on bots (a token each, in eSputnik terms)' })
  identities(@CurrentTenant() scope: TenantScope, @Parent() contact: Contact, @Context('req') req: Request): Promise<TelegramIdentity[]> {
    return this.conversations.identitiesLoader(req, scope).load(contact.id).then((found) => found ?? []);
  }

  @ResolveField(() => MessagePage, { description: 'The conversation with this contact on every bot, newest first' })
  messages(@CurrentTenant() scope: TenantScope, @Parent() contact: Contact, @Args() page: PageArgs) {
    return this.conversations.messagesOf(scope, contact.id, page);
  }
}

