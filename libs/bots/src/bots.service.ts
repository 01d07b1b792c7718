import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import {
  AppConfig,
  Page,
  PageArgs,
  SecretBox,
  TenantData,
  TenantScope,
  isUniqueViolation,
  throughBot,
  paginate,
  parseSendRate,
  randomToken,
  sha256,
} from '@switchboard/common';
import { ApiKey, ApiKeysService } from '@switchboard/tenants';
import { DEFAULT_ALLOWED_UPDATES } from './allowed-updates';
import { Bot } from './bot.entity';
import { BotError, BotErrorCode } from './bot.errors';
import { BotDirectory } from './bot-directory.service';
import { BotTelegram } from './bot-telegram.service';
import { isBotTokenShaped, tokenHint } from './bot-token';

export interface RegisterBotCommand {
  name: string;
  botToken: string;
  dailyLimit?: number | null;
  sendRate?: string | null;
  paidBroadcasts?: boolean;
}

export type UpdateBotCommand = Partial<RegisterBotCommand>;

/** The most a bot may be configured to send: Telegram's paid-broadcast ceiling. */
const MAX_SEND_RATE_PER_SECOND = 1_000;

function checkSendRate(rate: string | null | undefined): void {
  if (rate === null || rate === undefined) return;
  const parsed = parseSendRate(rate);
  if (!parsed || (parsed.count * 1_000) / parsed.perMs > MAX_SEND_RATE_PER_SECOND) {
    throw new BotError(BotErrorCode.INVALID_SEND_RATE, `send_rate must look like 30/s or 20/min, at most ${MAX_SEND_RATE_PER_SECOND}/s`);
  }
}

function checkTokenShape(token: string): void {
  if (!isBotTokenShaped(token)) {
    throw new BotError(BotErrorCode.TOKEN_MALFORMED, 'bot_token is not a Telegram bot token (expected <bot id>:<secret> from @BotFather)');
  }
}

/** Registering, configuring and removing a tenant's bots, keeping Telegram's webhook in step. */
@Injectable()
export class BotsService {
  private readonly box: SecretBox;

  constructor(
    private readonly data: TenantData,
    private readonly telegram: BotTelegram,
    private readonly directory: BotDirectory,
    private readonly apiKeys: ApiKeysService,
    private readonly config: AppConfig,
  ) {
    this.box = new SecretBox(config.secrets.encryptionKey);
  }

  get webhookMode(): boolean {
    return this.config.telegram.updates === 'webhook';
  }

  webhookUrlOf(botId: string): string {
    return `${this.config.publicUrl}/telegram/v1/webhooks/${botId}/`;
  }

  /** Checks the token with getMe, stores the bot and sets its webhook; all of it or none. */
  async register(scope: TenantScope, command: RegisterBotCommand): Promise<Bot> {
    checkTokenShape(command.botToken);
    checkSendRate(command.sendRate);
    const me = await this.telegram.identify(command.botToken);
    const secret = randomToken(36);
    const id = randomUUID();
    const values = {
      id,
      name: command.name.trim(),
      username: me.username,
      telegramBotId: String(me.id),
      tokenSealed: this.box.seal(command.botToken),
      tokenHint: tokenHint(command.botToken),
      webhookSecretSealed: this.box.seal(secret),
      webhookSecretHash: sha256(secret),
      dailyLimit: command.dailyLimit ?? null,
      sendRate: command.sendRate ?? null,
      paidBroadcasts: command.paidBroadcasts ?? false,
      webhookUrl: this.webhookMode ? this.webhookUrlOf(id) : null,
      webhookSetAt: this.webhookMode ? new Date() : null,
      allowedUpdates: DEFAULT_ALLOWED_UPDATES,
    };
    return this.data.transaction(scope, async (session) => {
      const bots = session.repository(Bot);
      const bot = bots.create(values);
      await bots.save(bot).catch((error: unknown) => {
        if (isUniqueViolation(error, 'bots_telegram_bot_id_live')) {
          throw new BotError(BotErrorCode.BOT_ALREADY_REGISTERED, `Bot @${me.username} is already registered`);
        }
        throw error;
      });
      if (bot.webhookUrl) await this.telegram.setWebhook(command.botToken, { url: bot.webhookUrl, secret, allowedUpdates: bot.allowedUpdates });
      return (await bots.findOne({ id }))!;
    });
  }

  list(scope: TenantScope, page: PageArgs): Promise<Page<Bot>> {
    return paginate(this.data.for(scope).repository(Bot).select('bot'), page);
  }

  /** A bot of this tenant (and of a bot-scoped key's bot only), or null: another tenant's looks missing. */
  find(scope: TenantScope, id: string): Promise<Bot | null> {
    return this.data.for(scope).repository(Bot).findOne({ id });
  }

  /** The tenant's live bot with this Telegram id (the number a token starts with), or null. */
  findByTelegramId(scope: TenantScope, telegramBotId: string): Promise<Bot | null> {
    return this.data.for(scope).repository(Bot).findOne({ telegramBotId });
  }

  async get(scope: TenantScope, id: string): Promise<Bot> {
    const bot = await this.find(scope, id);
    if (!bot) throw BotError.notFound(id);
    return bot;
  }

  /** The bot a request means: the one it names, else the tenant's first. */
  async defaultBot(scope: TenantScope, botId?: string): Promise<Bot> {
    const id = botId ?? scope.botId;
    if (id) return this.get(scope, id);
    const first = await this.data.for(scope).repository(Bot).findOne({}, { createdAt: 'ASC', id: 'ASC' });
    if (!first) throw new BotError(BotErrorCode.NO_BOT, 'This tenant has no bot yet: register one first');
    return first;
  }

  async update(scope: TenantScope, id: string, command: UpdateBotCommand): Promise<Bot> {
    const bot = await this.get(scope, id);
    checkSendRate(command.sendRate);
    if (command.botToken !== undefined) await this.rotateToken(bot, command.botToken);
    if (command.name !== undefined) bot.name = command.name.trim();
    if (command.dailyLimit !== undefined) bot.dailyLimit = command.dailyLimit;
    if (command.sendRate !== undefined) bot.sendRate = command.sendRate;
    if (command.paidBroadcasts !== undefined) bot.paidBroadcasts = command.paidBroadcasts;
    const saved = await this.data.for(scope).repository(Bot).save(bot);
    this.directory.forget(bot.id);
    return saved;
  }

  /** Removes the webhook at Telegram and retires the bot; its updates and messages stay readable. */
  async remove(scope: TenantScope, id: string): Promise<void> {
    const bot = await this.get(scope, id);
    await this.telegram.deleteWebhook(this.tokenOf(bot)).catch((error: unknown) => {
      // A token revoked at @BotFather cannot delete anything, and needs nothing deleted.
      if (!(error instanceof BotError && error.code === BotErrorCode.TOKEN_REJECTED)) throw error;
    });
    bot.deletedAt = new Date();
    bot.webhookUrl = null;
    await this.data.for(scope).repository(Bot).save(bot);
    await this.apiKeys.revokeBotKeys(throughBot(scope.tenantId, bot.id));
    this.directory.forget(bot.id);
  }

  /** A "channel API key": it acts only through this bot. */
  async issueApiKey(scope: TenantScope, botId: string, name: string): Promise<{ apiKey: ApiKey; key: string }> {
    const bot = await this.get(scope, botId);
    return this.apiKeys.issue({ tenantId: scope.tenantId, botId: bot.id }, name);
  }

  tokenOf(bot: Bot): string {
    return this.box.open(bot.tokenSealed);
  }

  secretOf(bot: Bot): string {
    return this.box.open(bot.webhookSecretSealed);
  }

  /** Records what was set at Telegram, so the webhook watch keeps it rather than "repairing" it. */
  async recordWebhook(scope: TenantScope, bot: Bot, url: string | null, allowedUpdates: string[]): Promise<Bot> {
    bot.webhookUrl = url;
    bot.allowedUpdates = allowedUpdates;
    bot.webhookSetAt = url ? new Date() : null;
    const saved = await this.data.for(scope).repository(Bot).save(bot);
    this.directory.forget(bot.id);
    return saved;
  }

  private async rotateToken(bot: Bot, token: string): Promise<void> {
    checkTokenShape(token);
    const me = await this.telegram.identify(token);
    if (String(me.id) !== bot.telegramBotId) {
      throw new BotError(BotErrorCode.TOKEN_OF_ANOTHER_BOT, `That token belongs to @${me.username}, not to this bot (@${bot.username})`);
    }
    if (bot.webhookUrl) await this.telegram.setWebhook(token, { url: bot.webhookUrl, secret: this.secretOf(bot), allowedUpdates: bot.allowedUpdates });
    bot.tokenSealed = this.box.seal(token);
    bot.tokenHint = tokenHint(token);
    bot.username = me.username;
  }
}
