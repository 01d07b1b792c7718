import { Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Bot } from '@switchboard/bots';
import { CurrentTenant, TenantScope } from '@switchboard/common';
import { SendCounts } from './send-counts';
import { SendsToday } from './sends-today.service';

/** A bot's figures for today (UTC), on the Bot type the bots module defines. */
@Resolver(() => Bot)
export class BotSendsResolver {
  constructor(private readonly today: SendsToday) {}

  @ResolveField(() => SendCounts, { description: "This bot's outbound messages made since 00:00 UTC, every kind (API, interactive, jobs, broadcasts, replicas), by status" })
  async sendsToday(@CurrentTenant() scope: TenantScope, @Parent() bot: Bot, @Context('req') req: object): Promise<SendCounts> {
    return (await this.today.countsLoader(req, scope).load(bot.id))!;
  }

  @ResolveField(() => Int, {
    description: 'Sends counted against dailyLimit today (UTC), failed attempts included, as the delivery engine counts them; counted only while the bot has a daily limit',
  })
  async dailyLimitUsed(@Parent() bot: Bot, @Context('req') req: object): Promise<number> {
    return (await this.today.dailyLimitLoader(req).load(bot.id)) ?? 0;
  }
}
