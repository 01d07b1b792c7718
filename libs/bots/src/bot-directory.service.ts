import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, Not, Repository } from 'typeorm';
import { AppConfig, SecretBox, isUuid, sha256 } from '@switchboard/common';
import { Bot } from './bot.entity';

/** What the update pipeline needs of a live bot, secrets opened. */
export interface BotRuntime {
  id: string;
  tenantId: string;
  telegramBotId: number;
  username: string;
  name: string;
  token: string;
  webhookSecret: string;
  /** The bot's own send rate (e.g. "20/min"), or null for TELEGRAM_RATE_LIMIT. */
  sendRate: string | null;
  /** Broadcasts may send with allow_paid_broadcast, up to Telegram's paid ceiling. */
  paidBroadcasts: boolean;
  dailyLimit: number | null;
  updatedAt: Date;
}

/**
 * How updates find their bot before any tenant is known: by the webhook URL's bot id, by the
 * webhook secret, or as one of every live bot (polling, the webhook watch). Webhooks and update
 * processing look a bot up on every request, so live bots are cached here
 * for a few seconds. A change made through this instance is seen at once; one made through
 * another instance within CACHE_TTL_MS.
 */
const CACHE_TTL_MS = 10_000;

@Injectable()
export class BotDirectory {
  private readonly byIdCache = new Map<string, { runtime: BotRuntime; expiresAt: number }>();
  private readonly idBySecretHash = new Map<string, string>();
  private readonly box: SecretBox;

  constructor(
    @InjectRepository(Bot) private readonly bots: Repository<Bot>,
    config: AppConfig,
  ) {
    this.box = new SecretBox(config.secrets.encryptionKey);
  }

  async byId(botId: string): Promise<BotRuntime | null> {
    if (!isUuid(botId)) return null;
    const cached = this.byIdCache.get(botId);
    if (cached && cached.expiresAt > Date.now()) return cached.runtime;
    const bot = await this.bots.findOne({ where: { id: botId } });
    return bot ? this.remember(bot) : null;
  }

  async bySecret(secret: string): Promise<BotRuntime | null> {
    const hash = sha256(secret);
    const knownId = this.idBySecretHash.get(hash);
    if (knownId) return this.byId(knownId);
    const bot = await this.bots.findOne({ where: { webhookSecretHash: hash } });
    return bot ? this.remember(bot) : null;
  }

  /** Every live bot, for polling and the webhook watch. */
  async all(): Promise<BotRuntime[]> {
    const bots = await this.bots.find({ order: { createdAt: 'ASC' } });
    return bots.map((bot) => this.remember(bot));
  }

  /** Every live bot whose webhook Switchboard keeps set at Telegram, as stored. */
  withWebhook(): Promise<Bot[]> {
    return this.bots.find({ where: { webhookUrl: Not(IsNull()) } });
  }

  forget(botId: string): void {
    this.byIdCache.delete(botId);
    for (const [hash, id] of this.idBySecretHash) if (id === botId) this.idBySecretHash.delete(hash);
  }

  private remember(bot: Bot): BotRuntime {
    const runtime: BotRuntime = {
      id: bot.id,
      tenantId: bot.tenantId,
      telegramBotId: Number(bot.telegramBotId),
      username: bot.username,
      name: bot.name,
      token: this.box.open(bot.tokenSealed),
      webhookSecret: this.box.open(bot.webhookSecretSealed),
      sendRate: bot.sendRate,
      paidBroadcasts: bot.paidBroadcasts,
      dailyLimit: bot.dailyLimit,
      updatedAt: bot.updatedAt,
    };
    this.byIdCache.set(bot.id, { runtime, expiresAt: Date.now() + CACHE_TTL_MS });
    this.idBySecretHash.set(bot.webhookSecretHash, bot.id);
    return runtime;
  }
}
