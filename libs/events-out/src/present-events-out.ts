import { EventDeliveryAttempt } from './deliveries/event-delivery-attempt.entity';
import { EventDelivery } from './deliveries/event-delivery.entity';
import { EndpointWithSecret } from './endpoints/event-endpoints.service';
import { EventEndpoint } from './endpoints/event-endpoint.entity';

/** The REST shapes (snake_case, like the other /api/v1 routes). Secrets appear only with a secret. */
export function presentEndpoint(endpoint: EventEndpoint) {
  return {
    id: endpoint.id,
    url: endpoint.url,
    description: endpoint.description,
    event_types: endpoint.eventTypes,
    enabled: endpoint.enabled,
    disabled_reason: endpoint.disabledReason,
    disabled_at: endpoint.disabledAt,
    failing_since: endpoint.failingSince,
    previous_secret_expires_at: endpoint.previousSecretExpiresAt,
    created_at: endpoint.createdAt,
    updated_at: endpoint.updatedAt,
  };
}

export function presentEndpointWithSecret({ endpoint, secret }: EndpointWithSecret) {
  return { ...presentEndpoint(endpoint), secret };
}

export function presentDelivery(delivery: EventDelivery) {
  return {
    id: delivery.id,
    endpoint_id: delivery.endpointId,
    event_id: delivery.eventId,
    event_type: delivery.eventType,
    payload: delivery.payload,
    status: delivery.status,
    attempt_count: delivery.attemptCount,
    last_attempt_at: delivery.lastAttemptAt,
    last_status_code: delivery.lastStatusCode,
    last_error: delivery.lastError,
    delivered_at: delivery.deliveredAt,
    created_at: delivery.createdAt,
  };
}

export function presentAttempt(attempt: EventDeliveryAttempt) {
  return {
    id: attempt.id,
    delivery_id: attempt.deliveryId,
    attempted_at: attempt.createdAt,
    succeeded: attempt.succeeded,
    status_code: attempt.statusCode,
    error: attempt.error,
    response_excerpt: attempt.responseExcerpt,
    duration_ms: attempt.durationMs,
  };
}
