import type { SchemaObject } from '@nestjs/swagger';
import { oas } from '@switchboard/common';
import { DeliveryStatus } from './deliveries/event-delivery.entity';
import { EVENT_EXAMPLES } from './event-payloads.examples';
import { EVENT_SCHEMA_NAME } from './event-payloads.openapi';
import { EVENT_TYPES, EventType } from './event-type';

/** What the event endpoint routes answer (present-events-out.ts), for the OpenAPI document. */

const { dateTime, flag, integer, nullable, objectOf, rowId, text, uuid } = oas;

const eventType: SchemaObject = { type: 'string', enum: [...EVENT_TYPES] };
const AT = '2026-11-26T10:00:00.000Z';
const ENDPOINT_ID = '6d0f3b2a-1c4e-4f5a-9b8c-7d6e5f4a3b2c';
const DELIVERY_ID = '0194a1c2-7d3e-7a10-9b2c-5d6e7f809a1c';

const endpointProperties = {
  id: uuid,
  url: text,
  description: nullable(text),
  event_types: { type: 'array', items: eventType },
  enabled: flag,
  disabled_reason: { ...nullable(text), description: 'Why the platform disabled it (every delivery failed for the retry window); null when disabled by hand' },
  disabled_at: nullable(dateTime),
  failing_since: { ...nullable(dateTime), description: 'Since when every attempt has failed; null after a success' },
  previous_secret_expires_at: { ...nullable(dateTime), description: 'Until when the secret before the last rotation also signs' },
  created_at: dateTime,
  updated_at: dateTime,
} satisfies Record<string, SchemaObject>;

const endpointExample = {
  id: ENDPOINT_ID,
  url: 'https://crm.example.com/switchboard/events',
  description: 'CRM inbox sync',
  event_types: [EventType.MESSAGE_RECEIVED, EventType.CONTACT_CREATED],
  enabled: true,
  disabled_reason: null,
  disabled_at: null,
  failing_since: null,
  previous_secret_expires_at: null,
  created_at: AT,
  updated_at: AT,
};

/** An endpoint, without its secret. */
export const EVENT_ENDPOINT_SCHEMA = objectOf(endpointProperties, { example: endpointExample });

/** An endpoint just made or given a new secret: the only answers showing it. */
export const EVENT_ENDPOINT_WITH_SECRET_SCHEMA = objectOf(
  { ...endpointProperties, secret: { ...text, description: 'The Standard Webhooks signing secret (whsec_…), shown only in this answer' } },
  { example: { ...endpointExample, secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSwdRbvS3iBa2A=' } },
);

/** What an endpoint was sent; `payload` is the event, exactly as posted. */
export const EVENT_DELIVERY_SCHEMA = objectOf(
  {
    id: uuid,
    endpoint_id: uuid,
    event_id: { ...uuid, description: 'Sent as webhook-id: the same for every attempt and replay' },
    event_type: eventType,
    payload: { $ref: `#/components/schemas/${EVENT_SCHEMA_NAME}` },
    status: { type: 'string', enum: Object.values(DeliveryStatus), description: 'PENDING while attempts go on' },
    attempt_count: integer,
    last_attempt_at: nullable(dateTime),
    last_status_code: { ...nullable(integer), description: 'null when no answer came (refused, unreachable, timed out)' },
    last_error: nullable(text),
    delivered_at: nullable(dateTime),
    created_at: dateTime,
  },
  {
    example: {
      id: DELIVERY_ID,
      endpoint_id: ENDPOINT_ID,
      event_id: '0194a1c2-7d3e-7a10-9b2c-5d6e7f809a1b',
      event_type: EventType.CONTACT_CREATED,
      payload: EVENT_EXAMPLES[EventType.CONTACT_CREATED],
      status: DeliveryStatus.DELIVERED,
      attempt_count: 1,
      last_attempt_at: AT,
      last_status_code: 200,
      last_error: null,
      delivered_at: AT,
      created_at: AT,
    },
  },
);

/** One POST of a delivery. */
export const EVENT_DELIVERY_ATTEMPT_SCHEMA = objectOf(
  {
    id: rowId,
    delivery_id: uuid,
    attempted_at: dateTime,
    succeeded: { ...flag, description: 'A 2xx within 10 seconds' },
    status_code: { ...nullable(integer), description: 'null when no answer came (refused, unreachable, timed out)' },
    error: nullable(text),
    response_excerpt: { ...nullable(text), description: 'The answer’s first 1,000 characters' },
    duration_ms: integer,
  },
  {
    example: {
      id: '311',
      delivery_id: DELIVERY_ID,
      attempted_at: AT,
      succeeded: false,
      status_code: 500,
      error: 'answered 500',
      response_excerpt: '{"error":"database unavailable"}',
      duration_ms: 84,
    },
  },
);
