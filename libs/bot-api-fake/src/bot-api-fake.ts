import { BLOCKED_BY_USER } from './bot-api-error';
import { CallLog } from './call-log';
import { ChatState } from './chat-state';
import { Dispatcher } from './dispatcher';
import { FakeBot } from './fake-bot';
import { FaultRules } from './fault-rules';
import { FakeHttpServer } from './http-server';
import { isJsonObject } from './json';
import { randomDigits, randomTokenSecret } from './random';
import { RateLimiter } from './rate-limiter';
import {
  BotApiFakeOptions,
  ChatSpec,
  DeliveryResult,
  FakeBotInfo,
  FaultRule,
  RecordedCall,
  TelegramLimits,
  WebhookView,
} from './types';
import { admitUpdate } from './update-intake';
import { isAllowedUpdate, updateTypeOf } from './update-types';
import { WebhookDeliverer } from './webhook-deliverer';

/**
 * An in-process Telegram Bot API server for tests and benchmarks. Bots reach it through `apiRoot`; the
 * test drives the Telegram side (chats, updates, faults, limits) through this object.
 */
export class BotApiFake {
  private readonly bots = new Map<string, FakeBot>();
  private readonly faults = new FaultRules();
  private readonly log = new CallLog();
  private readonly limiter = new RateLimiter();
  private readonly deliverer: WebhookDeliverer;
  private readonly dispatcher: Dispatcher;
  private readonly server: FakeHttpServer;
  private port: number | undefined;
  private stopped = false;

  constructor(options: BotApiFakeOptions = {}) {
    this.deliverer = new WebhookDeliverer(
      {
        attempts: options.webhookRetry?.attempts ?? 5,
        baseDelayMs: options.webhookRetry?.baseDelayMs ?? 100,
        timeoutMs: options.webhookTimeoutMs ?? 60_000,
      },
      (token, method, params) => this.dispatcher.dispatch(token, method, params, new AbortController().signal),
    );
    this.dispatcher = new Dispatcher(this.bots, this.faults, this.log, {
      limiter: this.limiter,
      deliverer: this.deliverer,
      setWebhookCooldownMs: options.setWebhookCooldownMs ?? 1000,
    });
    this.server = new FakeHttpServer((token, method, params, signal) =>
      this.dispatcher.dispatch(token, method, params, signal),
    );
  }

  /** Listens on 127.0.0.1 (port 0 picks a free one) and returns apiRoot. */
  async start(port = 0): Promise<string> {
    if (this.stopped) throw new Error('BotApiFake: a stopped fake cannot be restarted; create a new one');
    if (this.port !== undefined) throw new Error('BotApiFake: already started');
    this.port = await this.server.listen(port);
    return this.apiRoot;
  }

  get apiRoot(): string {
    if (this.port === undefined) throw new Error('BotApiFake: call start() before reading apiRoot');
    return `http://127.0.0.1:${this.port}`;
  }

  addBot(opts: { token?: string; id?: number; username?: string; firstName?: string } = {}): FakeBotInfo {
    const idInToken = opts.token?.match(/^(\d+):/)?.[1];
    const id = opts.id ?? (idInToken ? Number(idInToken) : randomDigits(10));
    const token = opts.token ?? `${id}:${randomTokenSecret()}`;
    if (this.bots.has(token)) throw new Error('BotApiFake: a bot with this token already exists');
    const info: FakeBotInfo = {
      token,
      id,
      username: opts.username ?? `test_${id}_bot`,
      firstName: opts.firstName ?? 'Test Bot',
    };
    this.bots.set(token, new FakeBot(info));
    return { ...info };
  }

  /** Like revoking the token: later calls with it get 401, its deliveries and long poll stop. */
  removeBot(token: string): void {
    const bot = this.bots.get(token);
    if (!bot) return;
    this.bots.delete(token);
    bot.closeWebhook();
    bot.longPoll.end();
  }

  /** A chat the bot may send to (a private chat counts as started). */
  addChat(token: string, chat: ChatSpec): void {
    this.bot(token).chats.add(chat);
  }

  blockChat(token: string, chatId: number): void {
    this.chat(token, chatId).blocked = BLOCKED_BY_USER;
  }

  unblockChat(token: string, chatId: number): void {
    this.chat(token, chatId).blocked = undefined;
  }

  migrateChat(token: string, oldChatId: number, newChatId: number): void {
    this.chat(token, oldChatId);
    this.bot(token).chats.migrate(oldChatId, newChatId);
  }

  inject(rule: FaultRule): { remove(): void } {
    return this.faults.add(rule);
  }

  enforceTelegramLimits(limits: TelegramLimits | false): void {
    this.limiter.configure(limits);
  }

  get calls(): ReadonlyArray<RecordedCall> {
    return this.log.all();
  }

  callsTo(method: string, token?: string): RecordedCall[] {
    return this.log.to(method, token);
  }

  clearCalls(): void {
    this.log.clear();
  }

  webhookOf(token: string): WebhookView | undefined {
    const bot = this.bot(token);
    const webhook = bot.webhook;
    if (!webhook) return undefined;
    return {
      url: webhook.url,
      maxConnections: webhook.maxConnections,
      ...(webhook.secretToken !== undefined ? { secretToken: webhook.secretToken } : {}),
      ...(bot.allowedUpdates ? { allowedUpdates: [...bot.allowedUpdates] } : {}),
      ...(webhook.dropPendingUpdates ? { dropPendingUpdates: true } : {}),
    };
  }

  /**
   * Makes Telegram produce an update for the bot: numbered, learned from, then POSTed to the webhook (with
   * retries) or queued for getUpdates. Resolves once delivered or given up on.
   */
  async deliverUpdate(token: string, update: object): Promise<DeliveryResult> {
    const bot = this.bot(token);
    if (!isJsonObject(update)) throw new Error('BotApiFake: an update is a plain object');
    const entry = admitUpdate(bot, update);
    const notSent: DeliveryResult = { delivered: false, attempts: 0, statuses: [], updateId: entry.id };
    if (!isAllowedUpdate(updateTypeOf(entry.update), bot.allowedUpdates)) return notSent;
    bot.updates.push(entry);
    const webhook = bot.webhook;
    if (!webhook) {
      bot.longPoll.wake();
      return notSent;
    }
    return this.deliverer.deliver(bot, webhook, entry);
  }

  pendingUpdates(token: string): number {
    return this.bot(token).updates.size;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    for (const bot of this.bots.values()) bot.longPoll.end();
    // Let the ended long polls write their empty answers before connections are cut.
    await new Promise<void>((resolve) => setImmediate(resolve));
    await this.deliverer.stop();
    await this.server.close();
    this.port = undefined;
  }

  private bot(token: string): FakeBot {
    const bot = this.bots.get(token);
    if (!bot) throw new Error('BotApiFake: unknown bot token; addBot() it first');
    return bot;
  }

  /** blockChat/migrateChat name chats the user already had with the bot, so an unknown one is added. */
  private chat(token: string, chatId: number): ChatState {
    const chats = this.bot(token).chats;
    return chats.get(chatId) ?? chats.add({ id: chatId });
  }
}
