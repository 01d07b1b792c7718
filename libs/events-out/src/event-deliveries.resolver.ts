import { Args, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, CurrentTenant, Page, PageArgs, Paginated, TenantScope } from '@switchboard/common';
import { EventDeliveriesService } from './deliveries/event-deliveries.service';
import { EventDeliveryAttempt } from './deliveries/event-delivery-attempt.entity';
import { EventDelivery } from './deliveries/event-delivery.entity';

const EventDeliveryAttemptConnection = Paginated(EventDeliveryAttempt);

@Allow('tenant-wide')
@Resolver(() => EventDelivery)
export class EventDeliveriesResolver {
  constructor(private readonly deliveries: EventDeliveriesService) {}

  @Allow('tenant-admin')
  @Mutation(() => EventDelivery, { description: 'Sends a delivered or failed delivery again: the same body and webhook-id, retried afresh' })
  replayEventDelivery(@CurrentTenant() scope: TenantScope, @Args('id', { type: () => ID }) id: string): Promise<EventDelivery> {
    return this.deliveries.replay(scope, id);
  }

  @ResolveField(() => EventDeliveryAttemptConnection, { description: 'Newest first' })
  attempts(@CurrentTenant() scope: TenantScope, @Parent() delivery: EventDelivery, @Args() page: PageArgs): Promise<Page<EventDeliveryAttempt>> {
    return this.deliveries.attempts(scope, delivery.id, page);
  }
}
