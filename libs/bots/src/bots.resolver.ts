import { ParseUUIDPipe } from '@nestjs/common';
import { Args, Context, Field, ID, Int, Mutation, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, CurrentTenant, PageArgs, Paginated, TenantScope, requestMemo } from '@switchboard/common';
import { CreateApiKeyInput, CreateApiKeyPayload } from '@switchboard/tenants';
import { Bot } from './bot.entity';
import { BotTelegram, ConnectionState } from './bot-telegram.service';
import { BotsService } from './bots.service';
import { RegisterBotInput, UpdateBotInput } from './dto/register-bot.input';

const BotPage = Paginated(Bot);
/** What a bot's live connection state costs in a GraphQL document's price: it calls Telegram. */
const BOT_CONNECTION_COST = 25;

@ObjectType('BotConnectionState', { description: "The bot's connection as Telegram reports it right now" })
class BotConnectionState implements ConnectionState {
  @Field()
  connected!: boolean;

  @Field(() => String, { nullable: true })
  botUsername!: string | null;

  @Field(() => String, { nullable: true })
  webhookUrl!: string | null;

  @Field(() => Int)
  pendingUpdateCount!: number;

  @Field(() => Date, { nullable: true })
  lastErrorDate!: Date | null;

  @Field(() => String, { nullable: true })
  lastErrorMessage!: string | null;
}

@Resolver(() => Bot)
export class BotsResolver {
  constructor(
    private readonly botsService: BotsService,
    private readonly telegram: BotTelegram,
  ) {}

  @Query(() => BotPage)
  bots(@CurrentTenant() scope: TenantScope, @Args() page: PageArgs) {
    return this.botsService.list(scope, page);
  }

  @Query(() => Bot, { nullable: true })
  bot(@CurrentTenant() scope: TenantScope, @Args('id', { type: () => ID }, ParseUUIDPipe) id: string): Promise<Bot | null> {
    return this.botsService.find(scope, id);
  }

  @Allow('tenant-admin')
  @Mutation(() => Bot, { description: 'Checks the token with getMe and sets the webhook at Telegram' })
  registerBot(@CurrentTenant() scope: TenantScope, @Args('input') input: RegisterBotInput): Promise<Bot> {
    return this.botsService.register(scope, input);
  }

  @Allow('tenant-admin')
  @Mutation(() => Bot)
  updateBot(
    @CurrentTenant() scope: TenantScope,
    @Args('id', { type: () => ID }, ParseUUIDPipe) id: string,
    @Args('input') input: UpdateBotInput,
  ): Promise<Bot> {
    return this.botsService.update(scope, id, input);
  }

  @Allow('tenant-admin')
  @Mutation(() => ID, { description: 'Deletes the webhook at Telegram and retires the bot; answers its id' })
  async deleteBot(@CurrentTenant() scope: TenantScope, @Args('id', { type: () => ID }, ParseUUIDPipe) id: string): Promise<string> {
    await this.botsService.remove(scope, id);
    return id;
  }

  @Allow('tenant-admin')
  @Mutation(() => CreateApiKeyPayload, { description: 'An API key that acts only through this bot (a "channel API key"); shown once' })
  createBotApiKey(
    @CurrentTenant() scope: TenantScope,
    @Args('botId', { type: () => ID }, ParseUUIDPipe) botId: string,
    @Args('input') input: CreateApiKeyInput,
  ): Promise<CreateApiKeyPayload> {
    return this.botsService.issueApiKey(scope, botId, input.name);
  }

  /** Two Telegram calls: asked once per bot and request however often a document names it, and priced as such. */
  @ResolveField(() => BotConnectionState, { description: 'Asks Telegram (getMe, getWebhookInfo) when requested', complexity: BOT_CONNECTION_COST })
  connection(@Parent() bot: Bot, @Context('req') req: object): Promise<ConnectionState> {
    return requestMemo(req, `bot-connection:${bot.id}`, () => this.telegram.connection(this.botsService.tokenOf(bot)));
  }
}
