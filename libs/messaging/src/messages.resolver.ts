import { Args, Context, ID, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import { LiveCredentials } from '@switchboard/tenants';
import { AuthenticatedRequest, ClusterEvents, CurrentTenant, DomainError, MAX_CAPTION_LENGTH, Page, Paginated, TenantScope, isInScope, tenantScopeOf } from '@switchboard/common';
import { BotsService } from '@switchboard/bots';
import { MESSAGE_STATUS_CHANGED } from './delivery/delivery-worker.service';
import { DeliveryService, SendCommand } from './delivery/delivery.service';
import { checkReplyMarkup } from './interactive/reply-markup-rules';
import { RecentFailuresArgs } from './dto/recent-failures.args';
import { SendInteractiveMessageInput, SendMessageInput } from './dto/send-message.input';
import { MAX_MESSAGES_PER_BATCH, SendMessagesArgs } from './dto/send-messages.args';
import { readInteractiveMessage } from './interactive/interactive-message';
import { MessagingError, MessagingErrorCode } from './messaging.errors';
import { OutboundMessage } from './outbound-message.entity';
import { SendsToday } from './today/sends-today.service';

const OutboundMessagePage = Paginated(OutboundMessage);

/** What sendMessage checks of a message before looking anything up. */
function checkContent(input: SendMessageInput): void {
  if (input.replyMarkup) checkReplyMarkup(input.replyMarkup);
  if (input.photo && input.text.length > MAX_CAPTION_LENGTH) {
    throw new MessagingError(MessagingErrorCode.CAPTION_TOO_LONG, `text is the photo's caption: at most ${MAX_CAPTION_LENGTH} characters`);
  }
}

/** Runs one batch item's check; a refusal names the item, as the batch's validation does. */
function itemOf(index: number, check: () => void): void {
  try {
    check();
  } catch (error) {
    if (error instanceof DomainError) error.message = `messages[${index}]: ${error.message}`;
    throw error;
  }
}

function commandOf(input: SendMessageInput): SendCommand {
  return { text: input.text, photo: input.photo, parseMode: input.parseMode, replyMarkup: input.replyMarkup, trackUrls: input.trackUrls, source: 'api' };
}

@Resolver(() => OutboundMessage)
export class MessagesResolver {
  constructor(
    private readonly delivery: DeliveryService,
    private readonly bots: BotsService,
    private readonly events: ClusterEvents,
    private readonly credentials: LiveCredentials,
    private readonly today: SendsToday,
  ) {}

  @Mutation(() => OutboundMessage, { description: 'Queues a message (QUEUED); follow it with message(id) or messageStatusChanged' })
  async sendMessage(@CurrentTenant() scope: TenantScope, @Args('input') input: SendMessageInput): Promise<OutboundMessage> {
    const bot = await this.bots.get(scope, input.botId);
    checkContent(input);
    const identity = await this.delivery.recipient(scope, { botId: bot.id, contactId: input.contactId, chatId: input.chatId });
    return this.delivery.enqueue(scope, identity, commandOf(input));
  }

  @Mutation(() => [OutboundMessage], {
    description: `Queues up to ${MAX_MESSAGES_PER_BATCH} messages in one transaction, answered in request order: every item is checked as sendMessage checks it, and one bad item (named as messages[i]) queues none`,
  })
  async sendMessages(@CurrentTenant() scope: TenantScope, @Args() { messages }: SendMessagesArgs): Promise<OutboundMessage[]> {
    for (const botId of new Set(messages.map((input) => input.botId))) await this.bots.get(scope, botId);
    messages.forEach((input, index) => itemOf(index, () => checkContent(input)));
    const identities = await this.delivery.recipients(scope, messages);
    return this.delivery.enqueueMany(scope, identities.map((recipient, index) => ({ recipient, command: commandOf(messages[index]) })));
  }

  @Mutation(() => OutboundMessage, { description: 'An interactive message (reply_buttons, reply_keyboard, remove_reply_keyboard, highlight_reply), queued' })
  async sendInteractiveMessage(@CurrentTenant() scope: TenantScope, @Args('input') input: SendInteractiveMessageInput): Promise<OutboundMessage> {
    const interactive = readInteractiveMessage(input.message);
    const bot = await this.bots.get(scope, input.botId);
    const identity = await this.delivery.recipient(scope, { botId: bot.id, contactId: input.contactId, chatId: input.chatId });
    return this.delivery.enqueue(scope, identity, {
      text: interactive.text,
      replyMarkup: interactive.replyMarkup,
      sender: input.sender,
      source: 'interactive',
      trackUrls: false,
    });
  }

  @Query(() => OutboundMessage, { nullable: true })
  message(@CurrentTenant() scope: TenantScope, @Args('id', { type: () => ID }) id: string): Promise<OutboundMessage | null> {
    return this.delivery.find(scope, id);
  }

  @Query(() => OutboundMessagePage, { description: "Today's (UTC) failed messages, newest first, each with Telegram's errorCode and errorDescription" })
  recentFailures(@CurrentTenant() scope: TenantScope, @Args() args: RecentFailuresArgs): Promise<Page<OutboundMessage>> {
    return this.today.recentFailures(scope, args);
  }

  @Subscription(() => OutboundMessage, {
    description: "Status changes (SENT, FAILED, CLICKED) of the tenant's messages",
    resolve: (message: OutboundMessage) => ({ ...message, createdAt: new Date(message.createdAt), text: message.text ?? '' }),
    filter: (message: OutboundMessage, args: { botId?: string }, context: { req: AuthenticatedRequest }) => {
      const scope = context.req.principal && tenantScopeOf(context.req.principal);
      return !!scope && isInScope(scope, message) && (!args.botId || message.botId === args.botId);
    },
  })
  messageStatusChanged(
    @CurrentTenant() _scope: TenantScope,
    @Context('req') req: AuthenticatedRequest,
    @Args('botId', { type: () => ID, nullable: true }) _botId?: string,
  ) {
    return this.credentials.whileValid(req, this.events.subscribe<OutboundMessage>(MESSAGE_STATUS_CHANGED));
  }
}
