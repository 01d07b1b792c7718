import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsEnum, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { CurrentTenant, ListQuery, TenantScope, toListResponse } from '@switchboard/common';
import { WebhookEvent, WebhookEventStatus } from './webhook-event.entity';
import { WebhookEventsService } from './webhook-events.service';

class WebhookEventsQuery extends ListQuery {
  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  bot_app_id?: string;

  @ApiPropertyOptional({ enum: WebhookEventStatus })
  @IsOptional()
  @IsEnum(WebhookEventStatus)
  status?: WebhookEventStatus;

  @ApiPropertyOptional({ example: 'message' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  update_type?: string;
}

function present(event: WebhookEvent) {
  return {
    id: event.id,
    bot_app_id: event.botId,
    update_id: Number(event.updateId),
    update_type: event.updateType,
    chat_id: event.chatId === null ? null : Number(event.chatId),
    status: event.status,
    attempts: event.attempts,
    error: event.error,
    received_at: event.createdAt,
    processed_at: event.processedAt,
    payload: event.payload,
  };
}

@ApiTags('Bots')
@ApiBearerAuth()
@Controller('telegram/v1/webhook-events')
export class WebhookEventsController {
  constructor(private readonly events: WebhookEventsService) {}

  @Get()
  @ApiOperation({ summary: 'Received updates, newest first; filter by bot, status and update type' })
  async list(@CurrentTenant() scope: TenantScope, @Query() query: WebhookEventsQuery) {
    const page = await this.events.list(
      scope,
      { botId: query.bot_app_id, status: query.status, updateType: query.update_type },
      query.toPageArgs(),
    );
    return toListResponse(page, present);
  }
}
