import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type { WebhookInfo } from 'telegraf/types';
import { AppConfig, TenantData, throughBot } from '@switchboard/common';
import { EventsOut } from '@switchboard/events-out';
import { WEBHOOK_MAX_CONNECTIONS } from './allowed-updates';
import { webhookFailingEvent } from './bot-events';
import { Bot } from './bot.entity';
import { BotDirectory } from './bot-directory.service';
import { BotTelegram } from './bot-telegram.service';
import { BotsService } from './bots.service';

const WATCH_LOCK_KEY = 7_312_604_121;

function sameSet(left: readonly string[], right: readonly string[]): boolean {
  return left.length === right.length && left.every((item) => right.includes(item));
}

/** Telegram's webhook differs from the one Switchboard keeps for the bot. */
export function webhookDrifted(bot: Pick<Bot, 'webhookUrl' | 'allowedUpdates'>, info: WebhookInfo): boolean {
  return (
    info.url !== bot.webhookUrl ||
    !info.allowed_updates ||
    !sameSet(info.allowed_updates, bot.allowedUpdates) ||
    (info.max_connections ?? WEBHOOK_MAX_CONNECTIONS) !== WEBHOOK_MAX_CONNECTIONS
  );
}

/**
 * Every WEBHOOK_WATCH_INTERVAL, one instance compares each bot's webhook at Telegram with ours,
 * sets it again where it drifted (someone called setWebhook elsewhere, a token was reused), and
 * keeps Telegram's last delivery error on the bot; an error newer than the one kept is a
 * bot.webhook_failing event for the tenant's backend.
 */
@Injectable()
export class WebhookWatch implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(WebhookWatch.name);
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;

  constructor(
    private readonly directory: BotDirectory,
    private readonly data: TenantData,
    private readonly telegram: BotTelegram,
    private readonly botsService: BotsService,
    private readonly config: AppConfig,
    private readonly eventsOut: EventsOut,
  ) {}

  onApplicationBootstrap(): void {
    const interval = this.config.telegram.webhookWatchIntervalMs;
    if (this.config.telegram.updates !== 'webhook' || interval === 0 || !this.config.runWorkers) return;
    this.timer = setInterval(() => {
      this.running ??= this.watch()
        .catch((error: unknown) => this.logger.warn({ err: error }, 'webhook watch failed'))
        .finally(() => (this.running = undefined));
    }, interval);
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  async watch(): Promise<void> {
    await this.data.exclusively(WATCH_LOCK_KEY, async () => {
      for (const bot of await this.directory.withWebhook()) {
        await this.check(bot).catch((error: unknown) => this.logger.warn({ err: error, botId: bot.id }, 'could not check a webhook'));
      }
    });
  }

  private async check(bot: Bot): Promise<void> {
    const token = this.botsService.tokenOf(bot);
    const info = await this.telegram.webhookInfo(token);
    if (webhookDrifted(bot, info)) {
      this.logger.warn({ botId: bot.id, telegramUrl: info.url }, `webhook of @${bot.username} drifted; setting it again`);
      await this.telegram.setWebhook(token, { url: bot.webhookUrl!, secret: this.botsService.secretOf(bot), allowedUpdates: bot.allowedUpdates });
      await this.botRows(bot).update({ id: bot.id }, { webhookSetAt: new Date() });
    }
    if (info.last_error_date) await this.keepLastError(bot, { message: info.last_error_message ?? null, at: new Date(info.last_error_date * 1_000) });
  }

  private async keepLastError(bot: Bot, error: { message: string | null; at: Date }): Promise<void> {
    const isNew = !bot.lastErrorAt || error.at.getTime() > bot.lastErrorAt.getTime();
    await this.data.transaction(throughBot(bot.tenantId, bot.id), async (session) => {
      await session.repository(Bot).update({ id: bot.id }, { lastErrorMessage: error.message, lastErrorAt: error.at });
      if (isNew) await this.eventsOut.recordWithin(session, [webhookFailingEvent(bot, error)]);
    });
  }

  private botRows(bot: Bot) {
    return this.data.for(throughBot(bot.tenantId, bot.id)).repository(Bot);
  }
}
