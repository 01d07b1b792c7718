import { Injectable } from '@nestjs/common';
import { IsNull, LessThanOrEqual, Not } from 'typeorm';
import { AppConfig, ScopedSession, TenantData, tenantWide } from '@switchboard/common';
import { EventDeliveryAttempt } from '../deliveries/event-delivery-attempt.entity';
import { DeliveryStatus, EventDelivery } from '../deliveries/event-delivery.entity';
import { EventEndpoint } from '../endpoints/event-endpoint.entity';
import { SubscribedEndpoints } from '../publishing/subscribed-endpoints';
import { AttemptVerdict, EndpointChange, verdictOf } from './attempt-verdict';
import { PostOutcome } from './post-event';

/** How long the window is, in words, for the reason an endpoint was disabled. */
function durationOf(ms: number): string {
  return ms % 3_600_000 === 0 ? `${ms / 3_600_000} hours` : `${Math.round(ms / 1_000)} seconds`;
}

/**
 * Writes how each attempt went: the attempt itself, its delivery's state, and its endpoint's
 * (failing since when, or disabled), in one transaction.
 */
@Injectable()
export class DeliveryLog {
  constructor(
    private readonly data: TenantData,
    private readonly config: AppConfig,
    private readonly subscribed: SubscribedEndpoints,
  ) {}

  async record(endpoint: EventEndpoint, delivery: EventDelivery, outcome: PostOutcome, lastRetry: boolean): Promise<AttemptVerdict> {
    const now = new Date();
    const windowMs = this.config.events.retryWindowMs;
    const verdict = verdictOf({ delivered: outcome.result === 'delivered', now, retryingSince: delivery.retryingSince, endpointFailingSince: endpoint.failingSince, windowMs, lastRetry });
    Object.assign(delivery, {
      status: verdict.status,
      attemptCount: delivery.attemptCount + 1,
      lastAttemptAt: now,
      lastStatusCode: outcome.statusCode,
      lastError: outcome.error,
      deliveredAt: verdict.status === DeliveryStatus.DELIVERED ? now : delivery.deliveredAt,
    });
    const disabled = await this.data.transaction(tenantWide(endpoint.tenantId), async (session) => {
      await session.repository(EventDelivery).save(delivery);
      const attempts = session.repository(EventDeliveryAttempt);
      await attempts.save(
        attempts.create({
          deliveryId: delivery.id,
          endpointId: endpoint.id,
          succeeded: outcome.result === 'delivered',
          statusCode: outcome.statusCode,
          error: outcome.error,
          responseExcerpt: outcome.excerpt,
          durationMs: outcome.durationMs,
        }),
      );
      return this.changeEndpoint(session, endpoint, verdict.endpoint, now, outcome);
    });
    if (disabled) this.subscribed.forget(endpoint.tenantId);
    return verdict;
  }

  /** A delivery that ends without an attempt: its endpoint was disabled meanwhile. */
  async giveUp(delivery: EventDelivery, reason: string): Promise<void> {
    Object.assign(delivery, { status: DeliveryStatus.FAILED, lastError: reason });
    await this.data.for(tenantWide(delivery.tenantId)).repository(EventDelivery).save(delivery);
  }

  /**
   * Conditional writes, as many deliveries to one endpoint finish at once: the first failure
   * sets failingSince, the first success clears it, and the endpoint is disabled once. Answers
   * whether this attempt disabled it.
   */
  private async changeEndpoint(session: ScopedSession, endpoint: EventEndpoint, change: EndpointChange, now: Date, outcome: PostOutcome): Promise<boolean> {
    const endpoints = session.repository(EventEndpoint);
    switch (change) {
      case 'none':
        return false;
      case 'recovered':
        await endpoints.update({ id: endpoint.id, failingSince: Not(IsNull()) }, { failingSince: null });
        return false;
      case 'started-failing':
        await endpoints.update({ id: endpoint.id, failingSince: IsNull() }, { failingSince: now });
        return false;
      case 'disable': {
        const windowMs = this.config.events.retryWindowMs;
        const reason = `Every delivery failed for ${durationOf(windowMs)} (since ${endpoint.failingSince!.toISOString()}); the last one: ${outcome.error ?? 'failed'}`;
        const since = new Date(now.getTime() - windowMs);
        return (await endpoints.update({ id: endpoint.id, enabled: true, failingSince: LessThanOrEqual(since) }, { enabled: false, disabledReason: reason.slice(0, 1_000), disabledAt: now })) > 0;
      }
    }
  }
}
