import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, ApiResponse } from '@nestjs/swagger';
import { DeliveryStatus } from '../deliveries/event-delivery.entity';
import { EVENT_TYPES, EventType } from '../event-type';

/** The shapes the event endpoint routes answer, for the OpenAPI document. */
export class EventEndpointView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'https://crm.example.com/switchboard/events' }) url!: string;
  @ApiProperty({ nullable: true, type: String, example: 'CRM inbox sync' }) description!: string | null;
  @ApiProperty({ enum: EVENT_TYPES, isArray: true, example: [EventType.MESSAGE_RECEIVED] }) event_types!: EventType[];
  @ApiProperty() enabled!: boolean;
  @ApiProperty({ nullable: true, type: String, description: 'Why the platform disabled it (every delivery failed for the retry window)' }) disabled_reason!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) disabled_at!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time', description: 'Since when every attempt has failed; null after a success' }) failing_since!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time', description: 'Until when the secret before the last rotation also signs' }) previous_secret_expires_at!: string | null;
  @ApiProperty({ format: 'date-time' }) created_at!: string;
  @ApiProperty({ format: 'date-time' }) updated_at!: string;
}

export class EventEndpointWithSecretView extends EventEndpointView {
  @ApiProperty({ example: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSwdRbvS3iBa2A=', description: 'The Standard Webhooks signing secret, shown only in this answer' })
  secret!: string;
}

export class EventEndpointListView {
  @ApiProperty({ type: [EventEndpointView] }) items!: EventEndpointView[];
  @ApiProperty({ nullable: true, type: String, description: 'The cursor of the next page; null on the last' }) next_cursor!: string | null;
}

export class EventDeliveryView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) endpoint_id!: string;
  @ApiProperty({ format: 'uuid', description: 'Sent as webhook-id: the same for every attempt and replay' }) event_id!: string;
  @ApiProperty({ enum: EVENT_TYPES }) event_type!: EventType;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The body sent: { type, timestamp, data }', example: { type: 'contact.created', timestamp: '2026-11-26T10:00:00.000Z', data: { id: '42' } } })
  payload!: Record<string, unknown>;
  @ApiProperty({ enum: DeliveryStatus }) status!: DeliveryStatus;
  @ApiProperty() attempt_count!: number;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) last_attempt_at!: string | null;
  @ApiProperty({ nullable: true, type: Number }) last_status_code!: number | null;
  @ApiProperty({ nullable: true, type: String }) last_error!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) delivered_at!: string | null;
  @ApiProperty({ format: 'date-time' }) created_at!: string;
}

export class EventDeliveryListView {
  @ApiProperty({ type: [EventDeliveryView] }) items!: EventDeliveryView[];
  @ApiProperty({ nullable: true, type: String }) next_cursor!: string | null;
}

export class EventDeliveryAttemptView {
  @ApiProperty() id!: string;
  @ApiProperty({ format: 'uuid' }) delivery_id!: string;
  @ApiProperty({ format: 'date-time' }) attempted_at!: string;
  @ApiProperty({ description: 'A 2xx within 10 seconds' }) succeeded!: boolean;
  @ApiProperty({ nullable: true, type: Number, description: 'null when no answer came (refused, unreachable, timed out)' }) status_code!: number | null;
  @ApiProperty({ nullable: true, type: String }) error!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'The answer’s first 1,000 characters' }) response_excerpt!: string | null;
  @ApiProperty() duration_ms!: number;
}

export class EventDeliveryAttemptListView {
  @ApiProperty({ type: [EventDeliveryAttemptView] }) items!: EventDeliveryAttemptView[];
  @ApiProperty({ nullable: true, type: String }) next_cursor!: string | null;
}

/** The error body of these routes (Switchboard's own REST family). */
export class RestErrorView {
  @ApiProperty({ example: 'Event endpoint 00000000-0000-4000-8000-000000000000 not found' }) detail!: string;
  @ApiProperty({ example: 'ENDPOINT_NOT_FOUND' }) code!: string;
  @ApiProperty({ example: '5f0c1b2e-8d7a-4c3b-9e1f-2a4b6c8d0e1f' }) request_id!: string;
  @ApiPropertyOptional({ type: [String], description: 'Each validation failure, when there are several' }) errors?: string[];
}

const ERROR_MEANINGS: Record<number, string> = {
  400: 'Invalid input: a field is missing, malformed or out of bounds, or the URL is refused (not https, not public)',
  401: 'Missing, wrong or revoked credentials',
  403: 'Not allowed: bot-scoped keys do not reach event endpoints; changes need a tenant admin',
  404: 'No such endpoint or delivery (another tenant’s answers the same)',
  409: 'The state does not allow it',
  415: 'The body is not JSON',
  429: 'Too many calls; see Retry-After',
};

/** The 4xx answers a route may give, in the family's error envelope. */
export function ApiErrorAnswers(...statuses: number[]) {
  return applyDecorators(...[401, 429, ...statuses].map((status) => ApiResponse({ status, description: ERROR_MEANINGS[status], type: RestErrorView })));
}
