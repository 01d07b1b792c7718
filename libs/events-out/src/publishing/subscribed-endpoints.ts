import { Injectable } from '@nestjs/common';
import { ScopedSession, TenantData, tenantWide } from '@switchboard/common';
import { EventEndpoint } from '../endpoints/event-endpoint.entity';
import { EventType } from '../event-type';

/**
 * Every message, send and click asks whether its tenant takes events of that kind, so each
 * tenant's enabled endpoints are kept for a moment. A change made through this instance is seen
 * at once; one made through another instance within TTL_MS.
 */
const TTL_MS = 2_000;

interface Subscriber {
  id: string;
  eventTypes: EventType[];
}

@Injectable()
export class SubscribedEndpoints {
  private readonly byTenant = new Map<string, { endpoints: Promise<Subscriber[]>; expiresAt: number }>();

  constructor(private readonly data: TenantData) {}

  /**
   * The ids of the tenant's enabled endpoints that take this type. Asked inside a transaction,
   * give its session: the endpoints are then read on the transaction's own connection. Read on
   * another, the transactions holding every pooled connection would all wait for one of them.
   */
  async of(tenantId: string, type: EventType, within?: ScopedSession): Promise<string[]> {
    const endpoints = await this.enabledOf(tenantId, within);
    return endpoints.filter((endpoint) => endpoint.eventTypes.includes(type)).map((endpoint) => endpoint.id);
  }

  forget(tenantId: string): void {
    this.byTenant.delete(tenantId);
  }

  private enabledOf(tenantId: string, within?: ScopedSession): Promise<Subscriber[]> {
    const cached = this.byTenant.get(tenantId);
    if (cached && cached.expiresAt > Date.now()) return cached.endpoints;
    // Lookups of one tenant arriving together share one query.
    const endpoints = this.load(within?.scope.tenantId === tenantId ? within : this.data.for(tenantWide(tenantId)));
    this.byTenant.set(tenantId, { endpoints, expiresAt: Date.now() + TTL_MS });
    endpoints.catch(() => this.byTenant.delete(tenantId));
    return endpoints;
  }

  private async load(session: Pick<ScopedSession, 'repository'>): Promise<Subscriber[]> {
    const rows = await session.repository(EventEndpoint).select('endpoint').select(['endpoint.id', 'endpoint.eventTypes']).where('endpoint.enabled').getMany();
    return rows.map(({ id, eventTypes }) => ({ id, eventTypes }));
  }
}
