import { Args, createUnionType, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentTenant, PageArgs, Paginated, TenantScope } from '@switchboard/common';
import { ConversationMessage, TelegramIdentity } from '@switchboard/contacts';
import { OutboundMessage } from '../outbound-message.entity';
import { ConversationThread } from './conversation-thread.service';

export const ThreadEntry = createUnionType({
  name: 'ThreadEntry',
  description: 'A message of a thread: one the person wrote (ConversationMessage), or one sent to them with its status (OutboundMessage)',
  types: () => [ConversationMessage, OutboundMessage] as const,
  resolveType: (entry: object) => (entry instanceof OutboundMessage ? OutboundMessage : ConversationMessage),
});

const ThreadPage = Paginated<ConversationMessage | OutboundMessage>(ThreadEntry, 'ThreadEntry');

@Resolver(() => TelegramIdentity)
export class ThreadResolver {
  constructor(private readonly threads: ConversationThread) {}

  @ResolveField(() => ThreadPage, {
    description: 'The conversation for an inbox, newest first: inbound messages, and every message sent to the chat (any source) with its status',
  })
  thread(@CurrentTenant() scope: TenantScope, @Parent() identity: TelegramIdentity, @Args() page: PageArgs) {
    return this.threads.page(scope, identity, page);
  }
}
