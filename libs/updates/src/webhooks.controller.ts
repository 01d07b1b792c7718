import { applyDecorators, Body, Controller, Headers, HttpCode, Param, Post, UseInterceptors } from '@nestjs/common';
import { ApiBody, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { BotDirectory, BotRuntime } from '@switchboard/bots';
import { ApiErrors, Public, safeEqual } from '@switchboard/common';
import { UpdateIntake } from './update-intake.service';
import { UpdateError, UpdateErrorCode } from './update.errors';
import { WebhookMetrics } from './webhook-metrics.interceptor';

const SECRET_HEADER = 'x-telegram-bot-api-secret-token';
const ACKNOWLEDGED = { ok: true } as const;

function wrongSecret(): UpdateError {
  return new UpdateError(UpdateErrorCode.WRONG_WEBHOOK_SECRET, 'Missing or wrong X-Telegram-Bot-Api-Secret-Token');
}

/** A Telegram update, as Telegram sends it: its fields are Telegram's (the intake validates what it reads). */
const UPDATE_SCHEMA = {
  type: 'object',
  required: ['update_id'],
  properties: { update_id: { type: 'integer', minimum: 0 } },
  additionalProperties: true,
  // OpenScouter's own example of the payload Telegram sends.
  example: { update_id: 987654321, message: { message_id: 1, from: { id: 123456789, username: 'tester_alex' }, chat: { id: 123456789, type: 'private' }, text: '/start' } },
};

const ACKNOWLEDGEMENT_SCHEMA = { type: 'object', required: ['ok'], properties: { ok: { type: 'boolean', enum: [true] } }, example: ACKNOWLEDGED };

const ApiUpdateDelivery = () =>
  applyDecorators(
    ApiBody({ schema: UPDATE_SCHEMA }),
    ApiOkResponse({ description: 'The update is stored (or was already): processing happens after', schema: ACKNOWLEDGEMENT_SCHEMA }),
  );

/** Where Telegram delivers updates. The per-bot secret is the only credential. */
@ApiTags('Telegram')
@Public()
@UseInterceptors(WebhookMetrics)
@Controller()
export class WebhooksController {
  constructor(
    private readonly directory: BotDirectory,
    private readonly intake: UpdateIntake,
  ) {}

  @Post('telegram/v1/webhooks/:botId')
  @HttpCode(200)
  @ApiOperation({ summary: "A bot's webhook: Telegram posts each update here with the bot's secret (set by Switchboard); you do not call it" })
  @ApiUpdateDelivery()
  @ApiErrors({
    400: 'The body is not JSON or nests too deep. (A malformed update is acknowledged and stored as FAILED.)',
    401: 'Missing or wrong X-Telegram-Bot-Api-Secret-Token: nothing is stored',
    404: 'No bot receives updates here (UNKNOWN_WEBHOOK), or the bot was removed',
  })
  async perBot(@Param('botId') botId: string, @Headers(SECRET_HEADER) secret: string | undefined, @Body() update: unknown) {
    const bot = await this.directory.byId(botId);
    if (!bot) throw new UpdateError(UpdateErrorCode.UNKNOWN_WEBHOOK, `No bot ${botId} receives updates here`);
    if (!secret || !safeEqual(secret, bot.webhookSecret)) throw wrongSecret();
    return this.store(bot, update);
  }

  /** OpenScouter's single webhook: the secret header alone names the bot. */
  @Post('api/telegram/webhook')
  @HttpCode(200)
  @ApiOperation({ summary: "OpenScouter's webhook: the secret header alone names the bot; Telegram calls it, you do not" })
  @ApiUpdateDelivery()
  @ApiErrors({
    400: 'The body is not JSON or nests too deep. (A malformed update is acknowledged and stored as FAILED.)',
    401: 'Missing X-Telegram-Bot-Api-Secret-Token, or one no bot has: nothing is stored',
  })
  async bySecret(@Headers(SECRET_HEADER) secret: string | undefined, @Body() update: unknown) {
    const bot = secret ? await this.directory.bySecret(secret) : null;
    if (!bot) throw wrongSecret();
    return this.store(bot, update);
  }

  private async store(bot: BotRuntime, update: unknown) {
    await this.intake.accept(bot, update);
    return ACKNOWLEDGED;
  }
}
