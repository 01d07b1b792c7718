import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { setTimeout as sleep } from 'node:timers/promises';
import { BotDirectory, BotRuntime, DEFAULT_ALLOWED_UPDATES } from '@switchboard/bots';
import { AdvisoryLock, AppConfig, TenantData, throughBot } from '@switchboard/common';
import { TelegramClients } from '@switchboard/telegram';
import { UpdateIntake } from './update-intake.service';
import { WebhookEvent } from './webhook-event.entity';

const POLLER_LOCK_KEY = 7_312_604_122;
/** Seconds Telegram may hold a getUpdates call open waiting for an update. */
const LONG_POLL_SECONDS = 25;
/** How often the poller looks for bots added or removed, and tries to become the poller. */
const REFRESH_MS = 2_000;
const MAX_BACKOFF_MS = 30_000;

/**
 * TELEGRAM_UPDATES=polling: for machines Telegram cannot reach. One instance (holding an
 * advisory lock) long-polls getUpdates for every bot and feeds the same intake as the webhook.
 */
@Injectable()
export class UpdatePoller implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(UpdatePoller.name);
  private readonly loops = new Map<string, { abort: AbortController; done: Promise<void> }>();
  private lock: AdvisoryLock | null = null;
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;

  constructor(
    private readonly data: TenantData,
    private readonly directory: BotDirectory,
    private readonly clients: TelegramClients,
    private readonly intake: UpdateIntake,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.telegram.updates !== 'polling' || !this.config.runWorkers) return;
    const tick = () =>
      this.refresh()
        .catch((error: unknown) => this.logger.warn({ err: error }, 'polling refresh failed'))
        .finally(() => {
          if (!this.stopped) this.timer = setTimeout(tick, REFRESH_MS);
        });
    void tick();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    for (const loop of this.loops.values()) loop.abort.abort();
    await Promise.all([...this.loops.values()].map((loop) => loop.done));
    await this.lock?.release();
  }

  private async refresh(): Promise<void> {
    this.lock ??= await this.data.tryLock(POLLER_LOCK_KEY);
    if (!this.lock || this.stopped) return;
    const bots = await this.directory.all();
    const live = new Set(bots.map((bot) => bot.id));
    for (const [botId, loop] of this.loops) if (!live.has(botId)) loop.abort.abort();
    for (const bot of bots) if (!this.loops.has(bot.id)) this.start(bot);
  }

  private start(bot: BotRuntime): void {
    const abort = new AbortController();
    const done = this.poll(bot, abort.signal).finally(() => this.loops.delete(bot.id));
    this.loops.set(bot.id, { abort, done });
  }

  private async poll(bot: BotRuntime, signal: AbortSignal): Promise<void> {
    let offset = await this.nextOffset(bot);
    let backoff = 1_000;
    let webhookDeleted = false;
    while (!signal.aborted) {
      try {
        // getUpdates is refused while a webhook is set.
        if (!webhookDeleted) {
          await this.clients.call(bot.token, 'deleteWebhook', {}, signal);
          webhookDeleted = true;
        }
        const updates = await this.clients.call(
          bot.token,
          'getUpdates',
          { offset, timeout: LONG_POLL_SECONDS, allowed_updates: DEFAULT_ALLOWED_UPDATES as never },
          signal,
        );
        for (const update of updates) {
          await this.intake.accept(bot, update);
          offset = update.update_id + 1;
        }
        backoff = 1_000;
      } catch (error) {
        if (signal.aborted) return;
        this.logger.warn({ err: error, botId: bot.id }, `polling @${bot.username} failed; retrying in ${backoff} ms`);
        await sleep(backoff, undefined, { signal }).catch(() => undefined);
        backoff = Math.min(backoff * 2, MAX_BACKOFF_MS);
      }
    }
  }

  /** Resumes after the newest stored update, so a restart neither loses nor repeats any. */
  private async nextOffset(bot: BotRuntime): Promise<number | undefined> {
    const row = await this.data
      .for(throughBot(bot.tenantId, bot.id))
      .repository(WebhookEvent)
      .select('event')
      .select('max(event.update_id)', 'last')
      .getRawOne<{ last: string | null }>();
    return row?.last == null ? undefined : Number(row.last) + 1;
  }
}
