import { Injectable } from '@nestjs/common';
import type { UserFromGetMe, WebhookInfo } from 'telegraf/types';
import { classifyTelegramFailure, TelegramClients } from '@switchboard/telegram';
import { BotError, BotErrorCode } from './bot.errors';
import { WEBHOOK_MAX_CONNECTIONS } from './allowed-updates';

export interface WebhookSettings {
  url: string;
  secret: string;
  allowedUpdates: string[];
}

/** Telegram's answer for a bot, as both OpenScouter's check-connection and GraphQL show it. */
export interface ConnectionState {
  connected: boolean;
  botUsername: string | null;
  webhookUrl: string | null;
  pendingUpdateCount: number;
  lastErrorDate: Date | null;
  lastErrorMessage: string | null;
}

function botErrorFrom(error: unknown, action: string): BotError {
  const failure = classifyTelegramFailure(error);
  switch (failure.kind) {
    case 'unauthorized':
      return new BotError(BotErrorCode.TOKEN_REJECTED, `Telegram rejected the bot token (${failure.description})`);
    case 'transient':
    case 'rate-limited':
      return new BotError(BotErrorCode.TELEGRAM_UNAVAILABLE, `Telegram could not be reached to ${action}: ${failure.description}`);
    default:
      return new BotError(BotErrorCode.TELEGRAM_REFUSED, `Telegram refused to ${action}: ${failure.description}`);
  }
}

/** The Bot API calls that manage a bot itself: identity and webhook. */
@Injectable()
export class BotTelegram {
  constructor(private readonly clients: TelegramClients) {}

  async identify(token: string): Promise<UserFromGetMe> {
    return this.clients.call(token, 'getMe', {}).catch((error: unknown) => {
      throw botErrorFrom(error, 'check the token');
    });
  }

  async setWebhook(token: string, settings: WebhookSettings): Promise<void> {
    await this.clients
      .call(token, 'setWebhook', {
        url: settings.url,
        secret_token: settings.secret,
        allowed_updates: settings.allowedUpdates as never,
        max_connections: WEBHOOK_MAX_CONNECTIONS,
      })
      .catch((error: unknown) => {
        throw botErrorFrom(error, 'set the webhook');
      });
  }

  async deleteWebhook(token: string): Promise<void> {
    await this.clients.call(token, 'deleteWebhook', {}).catch((error: unknown) => {
      throw botErrorFrom(error, 'delete the webhook');
    });
  }

  async webhookInfo(token: string): Promise<WebhookInfo> {
    return this.clients.call(token, 'getWebhookInfo', {}).catch((error: unknown) => {
      throw botErrorFrom(error, 'read the webhook');
    });
  }

  /**
   * Connected means Telegram knows the token, a webhook is set, and Telegram is not sitting on
   * updates it failed to deliver. `connected: false` carries Telegram's last error.
   */
  async connection(token: string): Promise<ConnectionState> {
    const me = await this.identify(token).catch(() => null);
    const info = me ? await this.webhookInfo(token).catch(() => null) : null;
    const lastErrorDate = info?.last_error_date ? new Date(info.last_error_date * 1_000) : null;
    const undelivered = !!lastErrorDate && (info?.pending_update_count ?? 0) > 0;
    return {
      connected: !!me && !!info?.url && !undelivered,
      botUsername: me?.username ?? null,
      webhookUrl: info?.url || null,
      pendingUpdateCount: info?.pending_update_count ?? 0,
      lastErrorDate,
      lastErrorMessage: info?.last_error_message ?? (me ? null : 'Telegram rejected the bot token or could not be reached'),
    };
  }
}
