import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BotsModule } from '@switchboard/bots';
import { TenantsModule } from '@switchboard/tenants';
import { ActiveIntegrationCache } from './integrations/active-integrations.cache';
import { ReplicaIntegrationsController } from './integrations/replica-integrations.controller';
import { ReplicaIntegrationsResolver } from './integrations/replica-integrations.resolver';
import { ReplicaIntegrationsService } from './integrations/replica-integrations.service';
import { ReplicaTelegramIntegration } from './integrations/replica-telegram-integration.entity';
import { TelegramIntegrationStarter } from './integrations/telegram-integration-starter.service';
import { Replica } from './replica.entity';
import { ReplicasController } from './replicas.controller';
import { ReplicasResolver } from './replicas.resolver';
import { ReplicasService } from './replicas.service';

/** AI personas (Sensay's replicas) a tenant defines, and their Telegram integrations: which bot each answers on. */
@Module({
  imports: [TypeOrmModule.forFeature([Replica, ReplicaTelegramIntegration]), TenantsModule, BotsModule],
  controllers: [ReplicasController, ReplicaIntegrationsController],
  providers: [ReplicasService, ReplicasResolver, ReplicaIntegrationsService, ReplicaIntegrationsResolver, TelegramIntegrationStarter, ActiveIntegrationCache],
  exports: [ReplicasService, ReplicaIntegrationsService],
})
export class ReplicasModule {}
