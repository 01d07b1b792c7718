import { Args, ArgsType, Field, ID, Query, Resolver } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { CurrentTenant, PageArgs, Paginated, TenantScope } from '@switchboard/common';
import { WebhookEvent, WebhookEventStatus } from './webhook-event.entity';
import { WebhookEventsService } from './webhook-events.service';

const WebhookEventPage = Paginated(WebhookEvent);

@ArgsType()
class WebhookEventsArgs extends PageArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  botId?: string;

  @Field(() => WebhookEventStatus, { nullable: true })
  @IsOptional()
  @IsEnum(WebhookEventStatus)
  status?: WebhookEventStatus;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  updateType?: string;
}

@Resolver(() => WebhookEvent)
export class WebhookEventsResolver {
  constructor(private readonly events: WebhookEventsService) {}

  @Query(() => WebhookEventPage, { description: 'Received updates, newest first' })
  webhookEvents(@CurrentTenant() scope: TenantScope, @Args() args: WebhookEventsArgs) {
    return this.events.list(scope, args, args);
  }
}
