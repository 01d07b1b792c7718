import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EventsOutModule } from '@switchboard/events-out';
import { TelegramModule } from '@switchboard/telegram';
import { TenantsModule } from '@switchboard/tenants';
import { Bot } from './bot.entity';
import { BotDirectory } from './bot-directory.service';
import { BotTelegram } from './bot-telegram.service';
import { BotsController } from './bots.controller';
import { BotsResolver } from './bots.resolver';
import { BotsService } from './bots.service';
import { TelegramSetupController } from './telegram-setup.controller';
import { WebhookWatch } from './webhook-watch.service';

/** Tenants' Telegram bots: registration by token, settings, webhook at Telegram, connection checks. */
@Module({
  imports: [TypeOrmModule.forFeature([Bot]), TelegramModule, TenantsModule, EventsOutModule],
  providers: [BotsService, BotDirectory, BotTelegram, BotsResolver, WebhookWatch],
  controllers: [BotsController, TelegramSetupController],
  exports: [BotsService, BotDirectory, BotTelegram],
})
export class BotsModule {}
