import { Body, Controller, Headers, HttpCode, Param, Post, UseInterceptors } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { BotDirectory, BotRuntime } from '@switchboard/bots';
import { Public, safeEqual } from '@switchboard/common';
import { UpdateIntake } from './update-intake.service';
import { UpdateError, UpdateErrorCode } from './update.errors';
import { WebhookMetrics } from './webhook-metrics.interceptor';

const SECRET_HEADER = 'x-telegram-bot-api-secret-token';
const ACKNOWLEDGED = { ok: true } as const;

function wrongSecret(): UpdateError {
  return new UpdateError(UpdateErrorCode.WRONG_WEBHOOK_SECRET, 'Missing or wrong X-Telegram-Bot-Api-Secret-Token');
}

/** Where Telegram delivers updates. The per-bot secret is the only credential. */
@ApiExcludeController()
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
  async perBot(@Param('botId') botId: string, @Headers(SECRET_HEADER) secret: string | undefined, @Body() update: unknown) {
    const bot = await this.directory.byId(botId);
    if (!bot) throw new UpdateError(UpdateErrorCode.UNKNOWN_WEBHOOK, `No bot ${botId} receives updates here`);
    if (!secret || !safeEqual(secret, bot.webhookSecret)) throw wrongSecret();
    return this.store(bot, update);
  }

  /** OpenScouter's single webhook: the secret header alone names the bot. */
  @Post('api/telegram/webhook')
  @HttpCode(200)
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
