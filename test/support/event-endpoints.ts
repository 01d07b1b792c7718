import { restClient } from './rest-client';
import { EventReceiverFake } from './event-receiver-fake';
import { TestApp } from './test-app';

export const ENDPOINTS = '/api/v1/event-endpoints';

export const EVENT_TYPES = [
  'message.received',
  'message.status_changed',
  'contact.created',
  'contact.blocked',
  'contact.unblocked',
  'broadcast.completed',
  'replica.answered',
  'bot.webhook_failing',
];

export interface EndpointView {
  id: string;
  url: string;
  event_types: string[];
  enabled: boolean;
  disabled_reason: string | null;
  failing_since: string | null;
  previous_secret_expires_at: string | null;
}

export interface DeliveryView {
  id: string;
  event_id: string;
  event_type: string;
  payload: { type: string; timestamp: string; data: Record<string, unknown> };
  status: 'PENDING' | 'DELIVERED' | 'FAILED';
  attempt_count: number;
  last_status_code: number | null;
  last_error: string | null;
}

export interface AttemptView {
  succeeded: boolean;
  status_code: number | null;
  error: string | null;
  response_excerpt: string | null;
  duration_ms: number;
  attempted_at: string;
}

/** A tenant backend's view of its event endpoints, over REST with its API key. */
export function eventEndpointsOf(app: TestApp, apiKey: string) {
  const rest = restClient(app, apiKey);
  return {
    rest,
    /** Creates an endpoint posting to the receiver, which from then on verifies with its secret. */
    async create(receiver: EventReceiverFake, eventTypes: string[], extra: object = {}): Promise<EndpointView & { secret: string }> {
      const response = await rest.post(ENDPOINTS, { url: receiver.url, event_types: eventTypes, ...extra });
      if (response.status !== 201) throw new Error(`creating an event endpoint failed: ${response.status} ${JSON.stringify(response.body)}`);
      receiver.verifyWith(response.body.secret);
      return response.body;
    },
    async get(id: string): Promise<EndpointView> {
      return (await rest.get(`${ENDPOINTS}/${id}`)).body;
    },
    async deliveries(id: string, query = ''): Promise<DeliveryView[]> {
      const response = await rest.get(`${ENDPOINTS}/${id}/deliveries?limit=100${query}`);
      if (response.status !== 200) throw new Error(`deliveries failed: ${response.status} ${JSON.stringify(response.body)}`);
      return response.body.items;
    },
    async attempts(id: string, deliveryId: string): Promise<AttemptView[]> {
      const response = await rest.get(`${ENDPOINTS}/${id}/deliveries/${deliveryId}/attempts?limit=100`);
      if (response.status !== 200) throw new Error(`attempts failed: ${response.status} ${JSON.stringify(response.body)}`);
      return response.body.items;
    },
  };
}
