import { ArgsType, Field, InputType, ObjectType } from '@nestjs/graphql';
import { IsIn, IsOptional } from 'class-validator';
import { IsOptionalButNotNull, PageArgs } from '@switchboard/common';
import { DeliveryStatus } from '../deliveries/event-delivery.entity';
import { EventEndpoint } from '../endpoints/event-endpoint.entity';
import { EventType } from '../event-type';
import { EndpointRules } from './endpoint-rules';

/** What an endpoint is made of, in the service's terms: both APIs adapt their input to it. */
export interface EndpointFields {
  url?: string;
  eventTypes?: EventType[];
  /** null clears it. */
  description?: string | null;
  enabled?: boolean;
}

@InputType()
export class CreateEventEndpointInput {
  @Field({ description: 'https, to a public address (plain http or private only with EVENTS_ALLOW_PRIVATE_ADDRESSES)' })
  @EndpointRules.url()
  url!: string;

  @Field(() => [EventType])
  @EndpointRules.eventTypes()
  eventTypes!: EventType[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @EndpointRules.description()
  description?: string | null;

  @Field({ nullable: true, defaultValue: true })
  @IsOptionalButNotNull()
  @EndpointRules.enabled()
  enabled?: boolean;
}

/** Changes to an endpoint; what is left out stays. Enabling it again clears why it was disabled. */
@InputType()
export class UpdateEventEndpointInput {
  @Field({ nullable: true })
  @IsOptionalButNotNull()
  @EndpointRules.url()
  url?: string;

  @Field(() => [EventType], { nullable: true })
  @IsOptionalButNotNull()
  @EndpointRules.eventTypes()
  eventTypes?: EventType[];

  @Field(() => String, { nullable: true, description: 'null clears it' })
  @IsOptional()
  @EndpointRules.description()
  description?: string | null;

  @Field({ nullable: true })
  @IsOptionalButNotNull()
  @EndpointRules.enabled()
  enabled?: boolean;
}

@ObjectType({ description: 'An endpoint and its signing secret, which is shown only in this answer' })
export class EventEndpointSecretPayload {
  @Field(() => EventEndpoint)
  endpoint!: EventEndpoint;

  @Field({ description: 'The Standard Webhooks secret (whsec_…) events are signed with, shown only this once' })
  secret!: string;
}

@ArgsType()
export class EventDeliveriesArgs extends PageArgs {
  @Field(() => DeliveryStatus, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(DeliveryStatus))
  status?: DeliveryStatus;
}
