import { Module } from '@nestjs/common';
import { TelegramClients } from './telegram-clients.service';

/** Access to the Telegram Bot API for every tenant bot. */
@Module({
  providers: [TelegramClients],
  exports: [TelegramClients],
})
export class TelegramModule {}
