import { Body, Controller, Post, Req } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { BotsService } from '@switchboard/bots';
import { ApiErrors, CurrentTenant, TenantScope, requestIdOf } from '@switchboard/common';
import { DeliveryService } from '../delivery/delivery.service';
import { MessagingError, MessagingErrorCode } from '../messaging.errors';
import { INTERACTIVE_SENT_SCHEMA } from '../messaging.openapi';
import { DeliveryStatus } from '../outbound-message.entity';
import { readInteractiveMessage } from './interactive-message';
import { InteractiveBody } from './interactive.body';

/** How long the request waits for Telegram's answer before answering without it. */
const OUTCOME_WAIT_MS = 15_000;

/** Octopods' interactive messages, sent from the bot the channel API key belongs to. */
@ApiTags('Octopods')
@Controller('api/v1/telegram')
export class InteractiveController {
  constructor(
    private readonly bots: BotsService,
    private readonly delivery: DeliveryService,
  ) {}

  @Post('interactive')
  @ApiOperation({ summary: 'Send an interactive message (reply_buttons, reply_keyboard, remove_reply_keyboard, highlight_reply)' })
  @ApiCreatedResponse({ description: 'Sent (or queued, when `channel_message_id` is null)', schema: INTERACTIVE_SENT_SCHEMA })
  @ApiErrors({
    400: 'error_code 2: malformed JSON, a missing or invalid parameter, an unknown field; error_code 4: an invalid interactive payload (type, text, markup)',
    401: 'error_code 1: no API key, or one that does not exist; error_code 6: the key was rotated or revoked',
    403: "error_code 1: the operator's token (this is for a tenant's keys)",
    404: "error_code 3: the recipient's Telegram user cannot be found on this channel (or the tenant has no bot yet)",
    413: 'error_code 2: the body is larger than 1 MB',
    415: 'error_code 2: the body is not JSON',
    429: 'error_code 5: too many calls with this key (API_RATE_LIMIT): retry after Retry-After seconds',
    502: 'error_code 5: Telegram rejected the send, e.g. the recipient blocked the bot',
  })
  async send(@CurrentTenant() scope: TenantScope, @Body() body: InteractiveBody, @Req() req: Request) {
    const interactive = readInteractiveMessage(body.telegram_interactive_message);
    const bot = await this.bots.defaultBot(scope);
    const identity = await this.delivery.recipient(scope, { botId: bot.id, chatId: body.destination_user_id });
    const queued = await this.delivery.enqueue(scope, identity, {
      text: interactive.text,
      replyMarkup: interactive.replyMarkup,
      sender: body.intercom_teammate_id,
      source: 'interactive',
      // The URLs are the tenant's to show as given.
      trackUrls: false,
    });
    const message = await this.delivery.outcome(scope, queued.id, OUTCOME_WAIT_MS).catch((error: unknown) => {
      if (error instanceof MessagingError && error.code === MessagingErrorCode.NOT_SENT_YET) return queued;
      throw error;
    });
    if (message.status === DeliveryStatus.FAILED) {
      throw new MessagingError(MessagingErrorCode.TELEGRAM_REJECTED, `Telegram rejected the send: ${message.errorDescription}`);
    }
    const telegramId = message.telegramMessageIds.at(-1);
    return { request_id: requestIdOf(req), message_id: Number(message.id), channel_message_id: telegramId ? `tg-${telegramId}` : null };
  }
}
