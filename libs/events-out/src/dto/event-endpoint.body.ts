import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { IsOptionalButNotNull, ListQuery } from '@switchboard/common';
import { DeliveryStatus } from '../deliveries/event-delivery.entity';
import { ENDPOINT_LIMITS } from '../endpoints/event-endpoint.entity';
import { EVENT_TYPES, EventType } from '../event-type';
import { EndpointRules } from './endpoint-rules';
import { EndpointFields } from './event-endpoint.input';

const URL_DOC = { example: 'https://crm.example.com/switchboard/events', maxLength: ENDPOINT_LIMITS.url, description: 'https, to a public address (plain http or private only with EVENTS_ALLOW_PRIVATE_ADDRESSES)' };
const TYPES_DOC = { enum: EVENT_TYPES, isArray: true, minItems: 1, maxItems: EVENT_TYPES.length, example: [EventType.MESSAGE_RECEIVED, EventType.MESSAGE_STATUS_CHANGED] };

export class CreateEventEndpointBody {
  @ApiProperty(URL_DOC)
  @EndpointRules.url()
  url!: string;

  @ApiProperty(TYPES_DOC)
  @EndpointRules.eventTypes()
  event_types!: EventType[];

  @ApiPropertyOptional({ type: String, example: 'CRM inbox sync', maxLength: ENDPOINT_LIMITS.description, nullable: true })
  @IsOptional()
  @EndpointRules.description()
  description?: string | null;

  // Said, not declared as a default: generated clients make a field with a default required.
  @ApiPropertyOptional({ description: 'Whether events are sent to it; true when left out' })
  @IsOptionalButNotNull()
  @EndpointRules.enabled()
  enabled?: boolean;

  toFields(): EndpointFields {
    return { url: this.url, eventTypes: this.event_types, description: this.description, enabled: this.enabled };
  }
}

/** What is left out stays; `enabled: true` on a disabled endpoint clears why it was disabled. */
export class UpdateEventEndpointBody {
  @ApiPropertyOptional(URL_DOC)
  @IsOptionalButNotNull()
  @EndpointRules.url()
  url?: string;

  @ApiPropertyOptional(TYPES_DOC)
  @IsOptionalButNotNull()
  @EndpointRules.eventTypes()
  event_types?: EventType[];

  @ApiPropertyOptional({ type: String, example: 'CRM inbox sync', maxLength: ENDPOINT_LIMITS.description, nullable: true, description: 'null clears it' })
  @IsOptional()
  @EndpointRules.description()
  description?: string | null;

  @ApiPropertyOptional()
  @IsOptionalButNotNull()
  @EndpointRules.enabled()
  enabled?: boolean;

  toFields(): EndpointFields {
    return { url: this.url, eventTypes: this.event_types, description: this.description, enabled: this.enabled };
  }
}

/** `?limit=&cursor=&status=` on an endpoint's deliveries. */
export class EventDeliveriesQuery extends ListQuery {
  @ApiPropertyOptional({ enum: DeliveryStatus })
  @IsOptional()
  @IsIn(Object.values(DeliveryStatus))
  status?: DeliveryStatus;
}
