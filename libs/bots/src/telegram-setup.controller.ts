import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow, ApiErrors, CurrentTenant, oas, TenantScope, openScouterOk } from '@switchboard/common';
import { TELEGRAM_UPDATE_TYPES } from './allowed-updates';
import { BotTelegram } from './bot-telegram.service';
import { CONNECTION_SCHEMA, WEBHOOK_SET_SCHEMA } from './bots.openapi';
import { BotsService } from './bots.service';
import { BotQuery, SetupWebhookBody } from './dto/setup-webhook.body';

/** OpenScouter's setup and connection check, acting on the tenant's default bot. */
@ApiTags('OpenScouter')
@Controller('api/telegram')
export class TelegramSetupController {
  constructor(
    private readonly bots: BotsService,
    private readonly telegram: BotTelegram,
  ) {}

  @Allow('tenant-admin')
  @Post('setup')
  @HttpCode(200)
  @ApiOperation({ summary: 'Set the webhook URL (and update types) at Telegram for the default bot' })
  @ApiOkResponse({ description: 'Telegram took the webhook', schema: oas.openScouterOf(WEBHOOK_SET_SCHEMA) })
  @ApiErrors({
    403: "A channel key or a user who is not an admin (this is for tenant admins), or the operator's token",
    404: 'botId names no bot of the tenant, or the tenant has no bot yet (NO_BOT)',
    502: 'Telegram could not be reached or refused the webhook URL',
  })
  async setup(@CurrentTenant() scope: TenantScope, @Body() body: SetupWebhookBody) {
    const bot = await this.bots.defaultBot(scope, body.botId);
    const allowedUpdates = body.allowedUpdates ?? [...TELEGRAM_UPDATE_TYPES];
    await this.telegram.setWebhook(this.bots.tokenOf(bot), { url: body.webhookUrl, secret: this.bots.secretOf(bot), allowedUpdates });
    const saved = await this.bots.recordWebhook(scope, bot, body.webhookUrl, allowedUpdates);
    return openScouterOk({ webhookSet: true, url: body.webhookUrl, botUsername: saved.username, confirmedAt: saved.webhookSetAt });
  }

  @Get('check-connection')
  @ApiOperation({ summary: "The default bot's connection as Telegram reports it (getMe + getWebhookInfo)" })
  @ApiOkResponse({ description: 'The connection; when `connected` is false, `lastErrorMessage` says why', schema: oas.openScouterOf(CONNECTION_SCHEMA) })
  @ApiErrors({ 404: 'botId names no bot of the tenant, or the tenant has no bot yet (NO_BOT)' })
  async checkConnection(@CurrentTenant() scope: TenantScope, @Query() query: BotQuery) {
    const bot = await this.bots.defaultBot(scope, query.botId);
    return openScouterOk(await this.telegram.connection(this.bots.tokenOf(bot)));
  }
}
