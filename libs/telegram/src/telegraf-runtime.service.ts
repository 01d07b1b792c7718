import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectBot } from 'nestjs-telegraf';
import { Context, Telegraf } from 'telegraf';
import type { Update } from 'telegraf/types';
import { AppConfig } from '@switchboard/common';
import { PipelineState } from './pipeline-state';

/** The identity a tenant bot's Telegraf instance is built from. */
export interface BotIdentity {
  id: string;
  token: string;
  telegramBotId: number;
  username: string;
  name: string;
  updatedAt: Date;
}

interface CachedBot {
  telegraf: Telegraf;
  token: string;
  updatedAt: number;
}

/**
 * Handlers are declared once, with nestjs-telegraf decorators, on a template bot that never
 * launches. Each tenant bot gets its own Telegraf instance (its token, its botInfo), cached
 * and rebuilt when the bot changes, whose middleware is the template's chain.
 */
@Injectable()
export class TelegrafRuntime implements OnModuleInit {
  private readonly bots = new Map<string, CachedBot>();

  constructor(
    @InjectBot() private readonly template: Telegraf,
    private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    // The template is never launched, and Telegraf's stop() throws for a bot that is not running,
    // which would abort the rest of the application's shutdown.
    this.template.stop = () => undefined;
  }

  /** Runs one update through the handlers; a handler's error rejects, for the pipeline to retry. */
  async handle(bot: BotIdentity, update: Update, pipeline: PipelineState): Promise<void> {
    const telegraf = this.telegrafFor(bot);
    const ctx = new Context(update, telegraf.telegram, telegraf.botInfo!);
    Object.assign(ctx.state, { pipeline });
    await telegraf.middleware()(ctx, () => Promise.resolve());
  }

  private telegrafFor(bot: BotIdentity): Telegraf {
    const cached = this.bots.get(bot.id);
    if (cached && cached.token === bot.token && cached.updatedAt === bot.updatedAt.getTime()) return cached.telegraf;
    // webhookReply would answer a call inside the webhook response, which has long been sent.
    const telegraf = new Telegraf(bot.token, { telegram: { apiRoot: this.config.telegram.apiRoot, webhookReply: false } });
    telegraf.botInfo = {
      id: bot.telegramBotId,
      is_bot: true,
      first_name: bot.name,
      username: bot.username,
      can_join_groups: true,
      can_read_all_group_messages: false,
      supports_inline_queries: false,
    };
    telegraf.use((ctx, next) => this.template.middleware()(ctx, next));
    this.bots.set(bot.id, { telegraf, token: bot.token, updatedAt: bot.updatedAt.getTime() });
    return telegraf;
  }
}
