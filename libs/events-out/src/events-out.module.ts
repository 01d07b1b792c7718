import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EventDeliveriesService } from './deliveries/event-deliveries.service';
import { EventDeliveryAttempt } from './deliveries/event-delivery-attempt.entity';
import { EventDelivery } from './deliveries/event-delivery.entity';
import { DeliveryLog } from './delivery/delivery-log.service';
import { EventDeliverer } from './delivery/event-deliverer.service';
import { EventDeliveryWorker } from './delivery/event-delivery.worker';
import { EventEndpointsService } from './endpoints/event-endpoints.service';
import { EventEndpoint } from './endpoints/event-endpoint.entity';
import { EventDeliveriesResolver } from './event-deliveries.resolver';
import { EventEndpointsController } from './event-endpoints.controller';
import { EventEndpointsResolver } from './event-endpoints.resolver';
import { EventsOut } from './publishing/events-out.service';
import { SubscribedEndpoints } from './publishing/subscribed-endpoints';

/**
 * Signed events out to tenants' backends (Standard Webhooks): endpoints, the events modules
 * record (EventsOut), their delivery through the job queue, and the delivery log. It builds on
 * nothing but the common library, so every module that has something to tell can import it.
 */
@Module({
  imports: [TypeOrmModule.forFeature([EventEndpoint, EventDelivery, EventDeliveryAttempt])],
  controllers: [EventEndpointsController],
  providers: [
    SubscribedEndpoints,
    EventsOut,
    EventEndpointsService,
    EventDeliveriesService,
    EventEndpointsResolver,
    EventDeliveriesResolver,
    DeliveryLog,
    EventDeliverer,
    EventDeliveryWorker,
  ],
  exports: [EventsOut],
})
export class EventsOutModule {}
