import { applyDecorators } from '@nestjs/common';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsBoolean, IsEnum, IsString, MaxLength } from 'class-validator';
import { IsHttpUrl } from '@switchboard/common';
import { ENDPOINT_LIMITS } from '../endpoints/event-endpoint.entity';
import { EVENT_TYPES, EventType } from '../event-type';

/**
 * The rules of an endpoint's fields, shared by the REST body (snake_case) and the GraphQL input
 * (camelCase). Whether the URL may be plain http or private is the operator's setting, checked
 * by the service.
 */
export const EndpointRules = {
  url: () => applyDecorators(IsString(), IsHttpUrl(), MaxLength(ENDPOINT_LIMITS.url)),
  eventTypes: () =>
    applyDecorators(
      IsArray(),
      ArrayMinSize(1),
      ArrayMaxSize(EVENT_TYPES.length),
      ArrayUnique(),
      IsEnum(EventType, { each: true, message: `each of $property must be one of ${EVENT_TYPES.join(', ')}` }),
    ),
  description: () => applyDecorators(IsString(), MaxLength(ENDPOINT_LIMITS.description)),
  enabled: () => IsBoolean(),
};
