import { Module } from '@nestjs/common';
import { TelegrafModule } from 'nestjs-telegraf';
import { TelegrafRuntime } from './telegraf-runtime.service';

/**
 * The Telegraf side of the update pipeline. nestjs-telegraf collects every `@Update()` class of
 * the application onto one template bot; TelegrafRuntime runs tenant bots through it.
 */
@Module({
  imports: [
    TelegrafModule.forRoot({
      // Never launched and never calls Telegram: each tenant bot brings its own token and client.
      token: '0:template',
      launchOptions: false,
    }),
  ],
  providers: [TelegrafRuntime],
  exports: [TelegrafRuntime],
})
export class TelegramPipelineModule {}
