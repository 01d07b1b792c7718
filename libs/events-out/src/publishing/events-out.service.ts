import { Injectable } from '@nestjs/common';
import { JobInsert, ScopedSession } from '@switchboard/common';
import { EVENT_DELIVERY_QUEUE, deliveryJobOf } from '../delivery/delivery-job';
import { EventType } from '../event-type';
import { orderedId } from './ordered-id';
import { OutEvent } from './out-event';
import { SubscribedEndpoints } from './subscribed-endpoints';

/**
 * Where modules record the events a tenant's backend is told about. An event is recorded as one
 * delivery job per endpoint that takes its type, in the transaction of the change it reports:
 * it exists if and only if that change committed, and from then on it is delivered at least
 * once. A tenant with no endpoint for the type costs a lookup in memory and nothing else.
 */
@Injectable()
export class EventsOut {
  /** The queue the jobs of jobsFor() belong in, for writers that insert them in a transaction of their own. */
  readonly queue = EVENT_DELIVERY_QUEUE;

  constructor(private readonly subscribed: SubscribedEndpoints) {}

  /** Whether any enabled endpoint of the tenant takes this type: when none does, skip building the event. */
  async wants(tenantId: string, type: EventType): Promise<boolean> {
    return (await this.subscribed.of(tenantId, type)).length > 0;
  }

  /** Records events in the caller's transaction. */
  async recordWithin(session: ScopedSession, events: OutEvent[]): Promise<void> {
    const jobs = await this.jobsFor(events, session);
    if (jobs.length > 0) await session.enqueue(EVENT_DELIVERY_QUEUE, jobs);
  }

  /** The delivery jobs of these events, in their order; none for events nobody takes. */
  async jobsFor(events: OutEvent[], within?: ScopedSession): Promise<JobInsert[]> {
    const endpointsOf = await Promise.all(events.map((event) => this.subscribed.of(event.tenantId, event.type, within)));
    return events.flatMap((event, index) => {
      if (endpointsOf[index].length === 0) return [];
      const body = JSON.stringify({ type: event.type, timestamp: (event.occurredAt ?? new Date()).toISOString(), data: event.data });
      const recorded = { id: orderedId(), type: event.type, orderKey: event.orderKey, body };
      return endpointsOf[index].map((endpointId) =>
        deliveryJobOf({ tenantId: event.tenantId, endpointId, deliveryId: orderedId(), event: recorded }, event.orderKey),
      );
    });
  }
}
