import { Global, Module } from '@nestjs/common';
import { ClusterEvents } from './cluster-events.service';

@Global()
@Module({ providers: [ClusterEvents], exports: [ClusterEvents] })
export class EventsModule {}
