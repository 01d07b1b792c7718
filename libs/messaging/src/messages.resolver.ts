import { Args, Context, ID, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import { LiveCredentials } from '@switchboard/tenants';
import { AuthenticatedRequest, ClusterEvents, CurrentTenant, MAX_CAPTION_LENGTH, Page, Paginated, TenantScope, isInScope, tenantScopeOf } from '@switchboard/common';
import { BotsService } from '@switchboard/bots';
import { MESSAGE_STATUS_CHANGED } from './delivery/delivery-worker.service';
import { DeliveryService } from './delivery/delivery.service';
import { checkReplyMarkup } from './interactive/reply-markup-rules';
import { RecentFailuresArgs } from './dto/recent-failures.args';
import { SendInteractiveMessageInput, SendMessageInput } from './dto/send-message.input';
import { readInteractiveMessage } from './interactive/interactive-message';
import { MessagingError, MessagingErrorCode } from './messaging.errors';
import { OutboundMessage } from './outbound-message.entity';
import { SendsToday } from './today/sends-today.service';

const OutboundMessagePage = Paginated(OutboundMessage);

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
    if (input.replyMarkup) checkReplyMarkup(input.replyMarkup);
    if (input.photo && input.text.length > MAX_CAPTION_LENGTH) {
      throw new MessagingError(MessagingErrorCode.CAPTION_TOO_LONG, `text is the photo's caption: at most ${MAX_CAPTION_LENGTH} characters`);
    }
    const identity = await this.delivery.recipient(scope, { botId: bot.id, contactId: input.contactId, chatId: input.chatId });
    return this.delivery.enqueue(scope, identity, {
      text: input.text,
      photo: input.photo,
      parseMode: input.parseMode,
      replyMarkup: input.replyMarkup,
      trackUrls: input.trackUrls,
      source: 'api',
    });
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
