import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, CurrentTenant, Page, PageArgs, Paginated, TenantScope } from '@switchboard/common';
import { ReplicaInput } from './dto/replica.input';
import { endpointViewOf, ReplicaEndpointView } from './replica-endpoint.view';
import { Replica } from './replica.entity';
import { ReplicaIntegrationsService } from './integrations/replica-integrations.service';
import { ReplicasService } from './replicas.service';

const ReplicaConnection = Paginated(Replica);

@Resolver(() => Replica)
export class ReplicasResolver {
  constructor(
    private readonly service: ReplicasService,
    private readonly integrations: ReplicaIntegrationsService,
  ) {}

  @Allow('tenant-wide')
  @Mutation(() => Replica, { description: 'Its slug must be unique within the tenant' })
  createReplica(@CurrentTenant() scope: TenantScope, @Args('input') input: ReplicaInput): Promise<Replica> {
    return this.service.create(scope, input);
  }

  @Mutation(() => Replica, { description: 'Replaces every field; fields left out take their defaults' })
  updateReplica(@CurrentTenant() scope: TenantScope, @Args('id', { type: () => ID }) id: string, @Args('input') input: ReplicaInput): Promise<Replica> {
    return this.service.update(scope, id, input);
  }

  @Mutation(() => ID, { description: 'Answers the id of the replica deleted' })
  async deleteReplica(@CurrentTenant() scope: TenantScope, @Args('id', { type: () => ID }) id: string): Promise<string> {
    await this.integrations.deleteReplica(scope, id);
    return id;
  }

  @Query(() => ReplicaConnection, { description: 'Newest first' })
  replicas(@CurrentTenant() scope: TenantScope, @Args() page: PageArgs): Promise<Page<Replica>> {
    return this.service.list(scope, page);
  }

  @Query(() => Replica, { nullable: true })
  replica(@CurrentTenant() scope: TenantScope, @Args('id', { type: () => ID }) id: string): Promise<Replica | null> {
    return this.service.find(scope, id);
  }

  @ResolveField(() => ReplicaEndpointView, { nullable: true, description: 'Where answers come from when set, rather than a model' })
  endpoint(@Parent() replica: Replica): ReplicaEndpointView | null {
    return endpointViewOf(replica);
  }
}
