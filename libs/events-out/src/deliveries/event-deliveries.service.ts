import { Injectable } from '@nestjs/common';
import { Not } from 'typeorm';
import { Page, PageArgs, ScopedSession, TenantData, TenantScope, isUuid, paginate } from '@switchboard/common';
import { EVENT_DELIVERY_QUEUE, deliveryJobOf } from '../delivery/delivery-job';
import { EventEndpoint } from '../endpoints/event-endpoint.entity';
import { EventsOutError, EventsOutErrorCode } from '../events-out.errors';
import { orderedId } from '../publishing/ordered-id';
import { EventDeliveryAttempt } from './event-delivery-attempt.entity';
import { DeliveryStatus, EventDelivery } from './event-delivery.entity';

/** What an endpoint was sent and how each attempt went; a delivery sent again on request. */
@Injectable()
export class EventDeliveriesService {
  constructor(private readonly data: TenantData) {}

  /** Newest first. */
  list(scope: TenantScope, endpointId: string, page: PageArgs, status?: DeliveryStatus): Promise<Page<EventDelivery>> {
    const query = this.data.for(scope).repository(EventDelivery).select('delivery').where('delivery.endpoint_id = :endpointId', { endpointId });
    if (status) query.andWhere('delivery.status = :status', { status });
    return paginate(query, page);
  }

  /** Newest first. */
  attempts(scope: TenantScope, deliveryId: string, page: PageArgs): Promise<Page<EventDeliveryAttempt>> {
    const query = this.data.for(scope).repository(EventDeliveryAttempt).select('attempt').where('attempt.delivery_id = :deliveryId', { deliveryId });
    return paginate(query, page);
  }

  /** A delivery of the scope's tenant, of this endpoint when one is named. */
  async get(scope: TenantScope, id: string, endpointId?: string, session: ScopedSession = this.data.for(scope)): Promise<EventDelivery> {
    const named = isUuid(id) && (endpointId === undefined || isUuid(endpointId));
    const delivery = named ? await session.repository(EventDelivery).findOne({ id, ...(endpointId ? { endpointId } : {}) }) : null;
    if (!delivery) throw EventsOutError.deliveryNotFound(id);
    return delivery;
  }

  /**
   * Sends a delivered or failed delivery again, the same body under the same webhook-id, with a
   * fresh retry window; in order with the endpoint's other events of its contact.
   */
  replay(scope: TenantScope, id: string, endpointId?: string): Promise<EventDelivery> {
    return this.data.transaction(scope, async (session) => {
      const delivery = await this.get(scope, id, endpointId, session);
      const endpoint = await session.repository(EventEndpoint).findOne({ id: delivery.endpointId });
      if (!endpoint?.enabled) throw new EventsOutError(EventsOutErrorCode.ENDPOINT_DISABLED, 'The endpoint is disabled: enable it before replaying its deliveries');
      const change = { status: DeliveryStatus.PENDING, retryingSince: new Date() };
      if ((await session.repository(EventDelivery).update({ id: delivery.id, status: Not(DeliveryStatus.PENDING) }, change)) === 0) {
        throw new EventsOutError(EventsOutErrorCode.DELIVERY_PENDING, 'The delivery is still being attempted');
      }
      const job = { tenantId: delivery.tenantId, endpointId: delivery.endpointId, deliveryId: delivery.id };
      await session.enqueue(EVENT_DELIVERY_QUEUE, [deliveryJobOf(job, delivery.orderKey, orderedId())]);
      return Object.assign(delivery, change);
    });
  }
}
