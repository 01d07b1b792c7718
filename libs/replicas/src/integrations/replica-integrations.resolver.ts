import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, CurrentTenant, TenantScope } from '@switchboard/common';
import { TelegramIntegrationInput } from './dto/telegram-integration.input';
import { ReplicaTelegramIntegration } from './replica-telegram-integration.entity';
import { ReplicaIntegrationsService } from './replica-integrations.service';

@Resolver(() => ReplicaTelegramIntegration)
export class ReplicaIntegrationsResolver {
  constructor(private readonly integrations: ReplicaIntegrationsService) {}

  @Query(() => ReplicaTelegramIntegration, { nullable: true, description: "The replica's Telegram integration, or null" })
  replicaTelegramIntegration(@CurrentTenant() scope: TenantScope, @Args('replicaId', { type: () => ID }) replicaId: string): Promise<ReplicaTelegramIntegration | null> {
    return this.integrations.find(scope, replicaId);
  }

  @Allow('tenant-wide')
  @Mutation(() => ReplicaTelegramIntegration, { description: 'ACTIVE once started; STARTING while Telegram cannot be reached (retried in the background)' })
  async integrateReplicaWithTelegram(
    @CurrentTenant() scope: TenantScope,
    @Args('replicaId', { type: () => ID }) replicaId: string,
    @Args('input') input: TelegramIntegrationInput,
  ): Promise<ReplicaTelegramIntegration> {
    return (await this.integrations.integrate(scope, replicaId, input)).integration;
  }

  @Allow('tenant-wide')
  @Mutation(() => ID, { description: 'Answers the id of the replica whose integration was removed' })
  async removeReplicaTelegramIntegration(@CurrentTenant() scope: TenantScope, @Args('replicaId', { type: () => ID }) replicaId: string): Promise<string> {
    await this.integrations.remove(scope, replicaId);
    return replicaId;
  }
}
