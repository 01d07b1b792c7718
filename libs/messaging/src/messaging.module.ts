import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BotsModule } from '@switchboard/bots';
import { ContactsModule } from '@switchboard/contacts';
import { EventsOutModule } from '@switchboard/events-out';
import { TelegramModule } from '@switchboard/telegram';
import { TenantsModule } from '@switchboard/tenants';
import { ClickTrackingUpdate } from './clicks/click-tracking.update';
import { ClicksService } from './clicks/clicks.service';
import { RedirectController } from './clicks/redirect.controller';
import { TrackedButton } from './clicks/tracked-button.entity';
import { BroadcastMessages } from './delivery/broadcast-messages.service';
import { DeliveryWorker } from './delivery/delivery-worker.service';
import { DeliveryService } from './delivery/delivery.service';
import { SendPacer } from './delivery/send-pacer.service';
import { BotDailySends, BotSendPacing, ChatSendPacing } from './delivery/send-pacing.entity';
import { InteractiveController } from './interactive/interactive.controller';
import { Job } from './jobs/job.entity';
import { JobNotifyController } from './jobs/job-notify.controller';
import { JobsController } from './jobs/jobs.controller';
import { JobsResolver } from './jobs/jobs.resolver';
import { JobsService } from './jobs/jobs.service';
import { NotifyTester } from './jobs/notify-tester';
import { MessagesResolver } from './messages.resolver';
import { OutboundMessage } from './outbound-message.entity';
import { BotSendsResolver } from './today/bot-sends.resolver';
import { SendsToday } from './today/sends-today.service';
import { ConversationThread } from './thread/conversation-thread.service';
import { ThreadResolver } from './thread/thread.resolver';

/**
 * Everything Switchboard sends goes through one delivery engine: stored QUEUED, paced and
 * limited per bot and chat across instances, retried by Telegram's rules, tracked to SENT,
 * FAILED and CLICKED. Interactive messages (Octopods) and job notifications (OpenScouter) too.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([OutboundMessage, TrackedButton, BotSendPacing, ChatSendPacing, BotDailySends, Job]),
    BotsModule,
    ContactsModule,
    EventsOutModule,
    TelegramModule,
    TenantsModule,
  ],
  providers: [
    DeliveryService,
    BroadcastMessages,
    DeliveryWorker,
    SendPacer,
    ClicksService,
    ClickTrackingUpdate,
    JobsService,
    NotifyTester,
    MessagesResolver,
    JobsResolver,
    SendsToday,
    BotSendsResolver,
    ConversationThread,
    ThreadResolver,
  ],
  controllers: [InteractiveController, RedirectController, JobsController, JobNotifyController],
  exports: [DeliveryService, BroadcastMessages, JobsService],
})
export class MessagingModule {}
