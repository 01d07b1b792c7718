import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow, CurrentTenant, ListQuery, TenantScope, toListResponse } from '@switchboard/common';
import { CreateApiKeyInput, presentApiKey } from '@switchboard/tenants';
import { BotsService } from './bots.service';
import { RegisterBotBody, UpdateBotBody } from './dto/register-bot.body';
import { presentBot } from './present-bot';

/** Jina Connect's bot routes (trailing slashes as documented; Express accepts both forms). */
@ApiTags('Bots')
@ApiBearerAuth()
@Controller('telegram/v1/bots')
export class BotsController {
  constructor(private readonly bots: BotsService) {}

  @Allow('tenant-admin')
  @Post()
  @ApiOperation({ summary: 'Register a bot by token: checked with getMe, webhook set at Telegram' })
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
  async list(@CurrentTenant() scope: TenantScope, @Query() query: ListQuery) {
    return toListResponse(await this.bots.list(scope, query.toPageArgs()), presentBot);
  }

  @Get(':id')
  async get(@CurrentTenant() scope: TenantScope, @Param('id', ParseUUIDPipe) id: string) {
    return presentBot(await this.bots.get(scope, id));
  }

  @Allow('tenant-admin')
  @Put(':id')
  @ApiOperation({ summary: 'Change name, daily limit, send rate, or rotate the token' })
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
  async createApiKey(@CurrentTenant() scope: TenantScope, @Param('id', ParseUUIDPipe) id: string, @Body() body: CreateApiKeyInput) {
    const { apiKey, key } = await this.bots.issueApiKey(scope, id, body.name);
    return { ...presentApiKey(apiKey), key };
  }

  @Allow('tenant-admin')
  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove the bot: webhook deleted at Telegram; its history stays readable' })
  async remove(@CurrentTenant() scope: TenantScope, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    await this.bots.remove(scope, id);
  }
}
