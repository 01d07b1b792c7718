import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BotsModule } from '@switchboard/bots';
import { TelegramModule, TelegramPipelineModule } from '@switchboard/telegram';
import { UpdateDispatcher } from './update-dispatcher.service';
import { UpdateIntake } from './update-intake.service';
import { UpdatePoller } from './update-poller.service';
import { UpdateProcessor } from './update-processor.service';
import { UpdateRecorder } from './update-recorder.update';
import { WebhookEndpoint } from './webhook-endpoint';
import { WebhookEvent } from './webhook-event.entity';
import { WebhookEventsController } from './webhook-events.controller';
import { WebhookEventsResolver } from './webhook-events.resolver';
import { WebhookEventsService } from './webhook-events.service';
import { WebhookReceiver } from './webhook-receiver.service';

/**
 * Every Telegram update: taken in by webhook (or polling), stored once, queued per chat, run
 * through the Telegraf handlers of all modules, and kept as the webhook-event log.
 */
@Module({
  imports: [TypeOrmModule.forFeature([WebhookEvent]), BotsModule, TelegramModule, TelegramPipelineModule],
  providers: [
    UpdateIntake,
    UpdateDispatcher,
    UpdateProcessor,
    UpdatePoller,
    UpdateRecorder,
    WebhookEventsService,
    WebhookEventsResolver,
    WebhookReceiver,
    WebhookEndpoint,
  ],
  exports: [WebhookEndpoint],
  controllers: [WebhookEventsController],
})
export class UpdatesModule {}
