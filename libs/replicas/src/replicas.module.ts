import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BotsModule } from '@switchboard/bots';
import { ContactsModule } from '@switchboard/contacts';
import { EventsOutModule } from '@switchboard/events-out';
import { MessagingModule } from '@switchboard/messaging';
import { TelegramModule } from '@switchboard/telegram';
import { TenantsModule } from '@switchboard/tenants';
import { Answerers } from './answering/answerer';
import { ReplicaAnswerers } from './answering/replica-answerers';
import { ReplicaAnswerUpdate } from './answering/replica-answer.update';
import { ReplicaAnswerWorker } from './answering/replica-answer.worker';
import { ReplicaChat } from './answering/replica-chat';
import { ActiveIntegrationCache } from './integrations/active-integrations.cache';
import { ReplicaIntegrationsController } from './integrations/replica-integrations.controller';
import { ReplicaIntegrationsResolver } from './integrations/replica-integrations.resolver';
import { ReplicaIntegrationsService } from './integrations/replica-integrations.service';
import { ReplicaTelegramIntegration } from './integrations/replica-telegram-integration.entity';
import { TelegramIntegrationStarter } from './integrations/telegram-integration-starter.service';
import { Replica } from './replica.entity';
import { ReplicasController } from './replicas.controller';
import { ReplicaChatResolver } from './replica-chat.resolver';
import { ReplicaLlmResolver } from './replica-llm.resolver';
import { ReplicasResolver } from './replicas.resolver';
import { ReplicasService } from './replicas.service';

/** AI personas (Sensay's replicas) a tenant defines, their Telegram integrations (which bot each answers on), and their answers. */
@Module({
  imports: [TypeOrmModule.forFeature([Replica, ReplicaTelegramIntegration]), TenantsModule, BotsModule, ContactsModule, MessagingModule, TelegramModule, EventsOutModule],
  controllers: [ReplicasController, ReplicaIntegrationsController],
  providers: [
    ReplicasService,
    ReplicasResolver,
    ReplicaLlmResolver,
    { provide: Answerers, useClass: ReplicaAnswerers },
    ReplicaIntegrationsService,
    ReplicaIntegrationsResolver,
    TelegramIntegrationStarter,
    ActiveIntegrationCache,
    ReplicaAnswerUpdate,
    ReplicaAnswerWorker,
    ReplicaChat,
    ReplicaChatResolver,
  ],
  exports: [ReplicasService, ReplicaIntegrationsService, Answerers],
})
export class ReplicasModule {}
