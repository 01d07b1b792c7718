import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, CurrentTenant, Page, PageArgs, Paginated, TenantScope } from '@switchboard/common';
import { EventDeliveriesService } from './deliveries/event-deliveries.service';
import { EventDelivery } from './deliveries/event-delivery.entity';
import { CreateEventEndpointInput, EventDeliveriesArgs, EventEndpointSecretPayload, UpdateEventEndpointInput } from './dto/event-endpoint.input';
import { EventEndpointsService } from './endpoints/event-endpoints.service';
import { EventEndpoint } from './endpoints/event-endpoint.entity';

const EventEndpointConnection = Paginated(EventEndpoint);
const EventDeliveryConnection = Paginated(EventDelivery);

/** Event endpoints over GraphQL: the same rules as REST (reads tenant-wide, changes by a tenant admin). */
@Allow('tenant-wide')
@Resolver(() => EventEndpoint)
export class EventEndpointsResolver {
  constructor(
    private readonly endpoints: EventEndpointsService,
    private readonly deliveryLog: EventDeliveriesService,
  ) {}

  @Query(() => EventEndpointConnection, { description: 'Newest first' })
  eventEndpoints(@CurrentTenant() scope: TenantScope, @Args() page: PageArgs): Promise<Page<EventEndpoint>> {
    return this.endpoints.list(scope, page);
  }

  @Query(() => EventEndpoint, { nullable: true })
  eventEndpoint(@CurrentTenant() scope: TenantScope, @Args('id', { type: () => ID }) id: string): Promise<EventEndpoint | null> {
    return this.endpoints.find(scope, id);
  }

  @Allow('tenant-admin')
  @Mutation(() => EventEndpointSecretPayload, { description: 'The signing secret is shown only in this answer' })
  createEventEndpoint(@CurrentTenant() scope: TenantScope, @Args('input') input: CreateEventEndpointInput): Promise<EventEndpointSecretPayload> {
    return this.endpoints.create(scope, input);
  }

  @Allow('tenant-admin')
  @Mutation(() => EventEndpoint, { description: 'What is left out stays; enabling it again clears why it was disabled' })
  updateEventEndpoint(@CurrentTenant() scope: TenantScope, @Args('id', { type: () => ID }) id: string, @Args('input') input: UpdateEventEndpointInput): Promise<EventEndpoint> {
    return this.endpoints.update(scope, id, input);
  }

  @Allow('tenant-admin')
  @Mutation(() => ID, { description: 'Deletes the endpoint with its deliveries; answers its id' })
  async deleteEventEndpoint(@CurrentTenant() scope: TenantScope, @Args('id', { type: () => ID }) id: string): Promise<string> {
    await this.endpoints.delete(scope, id);
    return id;
  }

  @Allow('tenant-admin')
  @Mutation(() => EventEndpointSecretPayload, { description: 'A new signing secret, shown only in this answer; the old one also signs for 24 hours' })
  rotateEventEndpointSecret(@CurrentTenant() scope: TenantScope, @Args('id', { type: () => ID }) id: string): Promise<EventEndpointSecretPayload> {
    return this.endpoints.rotateSecret(scope, id);
  }

  @ResolveField(() => EventDeliveryConnection, { description: 'Newest first; a delivery appears at its first attempt' })
  deliveries(@CurrentTenant() scope: TenantScope, @Parent() endpoint: EventEndpoint, @Args() args: EventDeliveriesArgs): Promise<Page<EventDelivery>> {
    return this.deliveryLog.list(scope, endpoint.id, args, args.status);
  }
}
