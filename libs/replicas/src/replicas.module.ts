import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { TenantsModule } from '@switchboard/tenants';
import { Answerers } from './answering/answerer';
import { ReplicaAnswerers } from './answering/replica-answerers';
import { Replica } from './replica.entity';
import { ReplicasController } from './replicas.controller';
import { ReplicaLlmResolver } from './replica-llm.resolver';
import { ReplicasResolver } from './replicas.resolver';
import { ReplicasService } from './replicas.service';

/** AI personas (Sensay's replicas) a tenant defines, to answer later on its Telegram bots. */
@Module({
  imports: [TypeOrmModule.forFeature([Replica]), TenantsModule],
  controllers: [ReplicasController],
  providers: [ReplicasService, ReplicasResolver, ReplicaLlmResolver, { provide: Answerers, useClass: ReplicaAnswerers }],
  exports: [ReplicasService, Answerers],
})
export class ReplicasModule {}
