import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow, ApiErrors, CurrentTenant, ListQuery, oas, TenantScope, toListResponse } from '@switchboard/common';
import { API_KEY_CREATED_SCHEMA, CreateApiKeyInput, presentApiKey } from '@switchboard/tenants';
import { BOT_SCHEMA } from './bots.openapi';
import { BotsService } from './bots.service';
import { RegisterBotBody, UpdateBotBody } from './dto/register-bot.body';
import { presentBot } from './present-bot';

/** Jina Connect's bot routes (trailing slashes as documented; Express accepts both forms). */
@ApiTags('Bots')
@Controller('telegram/v1/bots')
export class BotsController {
  constructor(private readonly bots: BotsService) {}

  @Allow('tenant-admin')
  @Post()
  @ApiOperation({ summary: 'Register a bot by token: checked with getMe, webhook set at Telegram' })
  @ApiCreatedResponse({ description: 'The bot, registered, its webhook set at Telegram', schema: BOT_SCHEMA })
  @ApiErrors({
    400: 'Invalid input, a token that is not token-shaped (TOKEN_MALFORMED) or one Telegram does not know (TOKEN_REJECTED)',
    403: "A channel key or a user who is not an admin (this is for tenant admins), or the operator's token",
    409: 'The bot is registered already, by this tenant or another (BOT_ALREADY_REGISTERED)',
    502: 'Telegram could not be reached or refused to set the webhook: nothing is stored',
  })
  async register(@CurrentTenant() scope: TenantScope, @Body() body: RegisterBotBody) {
    const bot = await this.bots.register(scope, {
      name: body.name,
      botToken: body.bot_token,
      dailyLimit: body.daily_limit,
      sendRate: body.send_rate,
      paidBroadcasts: body.paid_broadcasts,
    });
    return presentBot(bot);
  }

  @Get()
  @ApiOperation({ summary: "List the tenant's bots" })
  @ApiOkResponse({ description: "A page of the tenant's bots (a channel key's: its own)", schema: oas.listOf(BOT_SCHEMA) })
  async list(@CurrentTenant() scope: TenantScope, @Query() query: ListQuery) {
    return toListResponse(await this.bots.list(scope, query.toPageArgs()), presentBot);
  }

  @Get(':id')
  @ApiOperation({ summary: 'A bot: its settings and webhook state (the token only as 123456:****)' })
  @ApiOkResponse({ description: 'The bot', schema: BOT_SCHEMA })
  @ApiErrors({ 400: 'The id is not a UUID', 404: "No bot with this id, or another tenant's (a channel key sees only its own)" })
  async get(@CurrentTenant() scope: TenantScope, @Param('id', ParseUUIDPipe) id: string) {
    return presentBot(await this.bots.get(scope, id));
  }

  @Allow('tenant-admin')
  @Put(':id')
  @ApiOperation({ summary: 'Change name, daily limit, send rate, or rotate the token' })
  @ApiOkResponse({ description: 'The bot, changed', schema: BOT_SCHEMA })
  @ApiErrors({
    400: 'Invalid input, a malformed id, or a new token Telegram does not know or that belongs to another bot (TOKEN_OF_ANOTHER_BOT)',
    403: "A channel key or a user who is not an admin (this is for tenant admins), or the operator's token",
    404: "No bot with this id, or another tenant's",
    502: 'Telegram could not be reached or refused to move the webhook to the new token: nothing is changed',
  })
  async update(@CurrentTenant() scope: TenantScope, @Param('id', ParseUUIDPipe) id: string, @Body() body: UpdateBotBody) {
    const bot = await this.bots.update(scope, id, {
      name: body.name,
      botToken: body.bot_token,
      dailyLimit: body.daily_limit,
      sendRate: body.send_rate,
      paidBroadcasts: body.paid_broadcasts,
    });
    return presentBot(bot);
  }

  @Allow('tenant-admin')
  @Post(':id/api-keys')
  @ApiOperation({ summary: 'Create a channel API key that acts only through this bot; `key` is shown once' })
  @ApiCreatedResponse({ description: 'The channel key, with `key` (shown only here)', schema: API_KEY_CREATED_SCHEMA })
  @ApiErrors({
    400: 'Invalid input, or the id is not a UUID',
    403: "A channel key or a user who is not an admin (this is for tenant admins), or the operator's token",
    404: "No bot with this id, or another tenant's",
  })
  async createApiKey(@CurrentTenant() scope: TenantScope, @Param('id', ParseUUIDPipe) id: string, @Body() body: CreateApiKeyInput) {
    const { apiKey, key } = await this.bots.issueApiKey(scope, id, body.name);
    return { ...presentApiKey(apiKey), key };
  }

  @Allow('tenant-admin')
  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove the bot: webhook deleted at Telegram; its history stays readable' })
  @ApiNoContentResponse({ description: 'The bot is removed, its channel keys revoked' })
  @ApiErrors({
    400: 'The id is not a UUID',
    403: "A channel key or a user who is not an admin (this is for tenant admins), or the operator's token",
    404: "No bot with this id, or another tenant's",
    502: 'Telegram could not be reached to delete the webhook: the bot is kept',
  })
  async remove(@CurrentTenant() scope: TenantScope, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    await this.bots.remove(scope, id);
  }
}
