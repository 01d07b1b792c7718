import { ParseUUIDPipe } from '@nestjs/common';
import { Args, ArgsType, Context, Field, ID, Mutation, Parent, Query, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import { IsBoolean, IsOptional, IsUUID } from 'class-validator';
import type { Request } from 'express';
import { AuthenticatedRequest, CurrentTenant, PageArgs, Paginated, TenantScope, isInScope, tenantScopeOf } from '@switchboard/common';
import { LiveCredentials } from '@switchboard/tenants';
import { Contact } from '../contact.entity';
import { ConversationMessage } from '../conversation-message.entity';
import { TelegramIdentity } from '../telegram-identity.entity';
import { ConversationEvents } from './conversation-events.service';
import { ConversationsService } from './conversations.service';

const ConversationPage = Paginated(TelegramIdentity, 'Conversation');
const MessagePage = Paginated(ConversationMessage, 'ConversationMessagePage');

@ArgsType()
class ConversationsArgs extends PageArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  botId?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  unreadOnly?: boolean;
}

@Resolver(() => TelegramIdentity)
export class ConversationsResolver {
  constructor(
    private readonly inbox: ConversationsService,
    private readonly events: ConversationEvents,
    private readonly credentials: LiveCredentials,
  ) {}

  @Query(() => ConversationPage, { description: 'The inbox: conversations with messages, latest activity first' })
  conversations(@CurrentTenant() scope: TenantScope, @Args() args: ConversationsArgs) {
    return this.inbox.inbox(scope, args, args);
  }

  @Mutation(() => TelegramIdentity, { description: 'Sets the unread count of a conversation to zero' })
  markConversationRead(@CurrentTenant() scope: TenantScope, @Args('id', { type: () => ID }, ParseUUIDPipe) id: string): Promise<TelegramIdentity> {
    return this.inbox.markRead(scope, id);
  }

  @ResolveField(() => Contact, { nullable: true })
  contact(@CurrentTenant() scope: TenantScope, @Parent() identity: TelegramIdentity, @Context('req') req: Request): Promise<Contact | null> {
    return this.inbox.contactLoader(req, scope).load(identity.contactId);
  }

  @ResolveField(() => MessagePage, { description: 'This conversation’s messages, newest first' })
  messages(@CurrentTenant() scope: TenantScope, @Parent() identity: TelegramIdentity, @Args() page: PageArgs) {
    return this.inbox.messagesOf(scope, identity.contactId, page, identity.id);
  }

  @Subscription(() => ConversationMessage, {
    description: "Every new message of the caller's tenant (of one bot, if botId is given)",
    resolve: (message: ConversationMessage) => message,
    filter: (message: ConversationMessage, args: { botId?: string }, context: { req: AuthenticatedRequest }) => {
      const scope = context.req.principal && tenantScopeOf(context.req.principal);
      return !!scope && isInScope(scope, message) && (!args.botId || message.botId === args.botId);
    },
  })
  messageReceived(
    @CurrentTenant() _scope: TenantScope,
    @Context('req') req: AuthenticatedRequest,
    @Args('botId', { type: () => ID, nullable: true }) _botId?: string,
  ) {
    return this.credentials.whileValid(req, this.events.received());
  }
}
