import { Injectable } from '@nestjs/common';
import { AppConfig, Job, Metrics, SecretBox, TenantData, isPublicDestination, tenantWide } from '@switchboard/common';
import { DeliveryStatus, EventDelivery } from '../deliveries/event-delivery.entity';
import { signingSecretsOf } from '../endpoints/endpoint-secrets';
import { EventEndpoint } from '../endpoints/event-endpoint.entity';
import { EventBody } from '../event-payloads';
import { DeliveryJob, RecordedEvent } from './delivery-job';
import { DeliveryLog } from './delivery-log.service';
import { PostOutcome, postEvent } from './post-event';
import { signedPost } from './sign-event';

function newDelivery(job: DeliveryJob, event: RecordedEvent): EventDelivery {
  return Object.assign(new EventDelivery(), {
    id: job.deliveryId,
    tenantId: job.tenantId,
    endpointId: job.endpointId,
    eventId: event.id,
    eventType: event.type,
    payload: JSON.parse(event.body) as EventBody,
    orderKey: event.orderKey,
    status: DeliveryStatus.PENDING,
    attemptCount: 0,
    lastAttemptAt: null,
    lastStatusCode: null,
    lastError: null,
    deliveredAt: null,
    retryingSince: new Date(),
  });
}

/**
 * One attempt of one delivery: signed with the endpoint's secrets, sent only to a public address
 * (unless the operator allows private ones), logged and counted. Answers whether the job is done.
 */
@Injectable()
export class EventDeliverer {
  private readonly box: SecretBox;

  constructor(
    private readonly data: TenantData,
    private readonly log: DeliveryLog,
    private readonly config: AppConfig,
    private readonly metrics: Metrics,
  ) {
    this.box = new SecretBox(config.secrets.encryptionKey);
  }

  async attempt(job: Job<DeliveryJob>, retryLimit: number): Promise<boolean> {
    const session = this.data.for(tenantWide(job.data.tenantId));
    const endpoint = await session.repository(EventEndpoint).findOne({ id: job.data.endpointId });
    // A deleted endpoint took its deliveries with it.
    if (!endpoint) return true;
    const found = await session.repository(EventDelivery).findOne({ id: job.data.deliveryId });
    const delivery = found ?? (job.data.event ? newDelivery(job.data, job.data.event) : null);
    if (!delivery || delivery.status !== DeliveryStatus.PENDING) return true;
    if (!endpoint.enabled) {
      await this.log.giveUp(delivery, 'the endpoint is disabled');
      return true;
    }
    const outcome = await this.send(endpoint, delivery);
    this.metrics.eventDeliveries.inc({ outcome: outcome.result });
    const verdict = await this.log.record(endpoint, delivery, outcome, job.retryCount >= retryLimit);
    return verdict.done;
  }

  private async send(endpoint: EventEndpoint, delivery: EventDelivery): Promise<PostOutcome> {
    const publicOnly = !this.config.events.allowPrivateAddresses;
    if (publicOnly && !(await isPublicDestination(endpoint.url).catch(() => false))) {
      return { result: 'refused', statusCode: null, error: `refused: ${new URL(endpoint.url).hostname} is not a public address`, excerpt: null, durationMs: 0 };
    }
    const post = signedPost(endpoint.url, delivery.eventId, JSON.stringify(delivery.payload), signingSecretsOf(endpoint, this.box));
    return postEvent(post, { publicOnly });
  }
}
