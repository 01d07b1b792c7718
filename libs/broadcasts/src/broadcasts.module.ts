import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BotsModule } from '@switchboard/bots';
import { ContactsModule } from '@switchboard/contacts';
import { EventsOutModule } from '@switchboard/events-out';
import { MessagingModule } from '@switchboard/messaging';
import { TenantsModule } from '@switchboard/tenants';
import { AudienceCriteria } from './audience-criteria';
import { BroadcastDelivery } from './broadcast-delivery.entity';
import { BroadcastMetrics } from './broadcast-metrics';
import { BroadcastReport } from './broadcast-report.service';
import { BroadcastRunner } from './broadcast-runner.service';
import { Broadcast } from './broadcast.entity';
import { BroadcastsController } from './broadcasts.controller';
import { BroadcastsResolver } from './broadcasts.resolver';
import { BroadcastsService } from './broadcasts.service';
import { DeliveryFeeder } from './feed-deliveries';
import { BroadcastPreviewer } from './preview-broadcast';
import { SendJob } from './send-job';
import { SendJobController } from './send-job.controller';
import { SendNow } from './send-now';
import { AudienceWalker } from './walk-audience';

/**
 * Messages to many contacts of a bot: an audience walked into one delivery row per contact, fed
 * to the delivery engine at the bot's rate, durable across restarts and shared by instances.
 */
@Module({
  imports: [TypeOrmModule.forFeature([Broadcast, BroadcastDelivery]), BotsModule, ContactsModule, MessagingModule, TenantsModule, EventsOutModule],
  controllers: [BroadcastsController, SendJobController],
  providers: [BroadcastsService, BroadcastRunner, BroadcastMetrics, BroadcastReport, AudienceCriteria, AudienceWalker, DeliveryFeeder, BroadcastsResolver, BroadcastPreviewer, SendNow, SendJob],
  exports: [BroadcastsService, BroadcastReport],
})
export class BroadcastsModule {}
