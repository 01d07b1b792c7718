import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsEnum, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { CurrentTenant, ListQuery, oas, TenantScope, toListResponse } from '@switchboard/common';
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

const { dateTime, integer, nullable, objectOf, rowId, text, uuid } = oas;

const WEBHOOK_EVENT_SCHEMA = objectOf(
  {
    id: rowId,
    bot_app_id: uuid,
    update_id: integer,
    update_type: text,
    chat_id: nullable(integer),
    status: { type: 'string', enum: Object.values(WebhookEventStatus) },
    attempts: integer,
    error: { ...nullable(text), description: 'Why processing failed, in our words' },
    received_at: dateTime,
    processed_at: nullable(dateTime),
    payload: { description: 'The update as Telegram sent it (any JSON: a malformed one is kept as it came)' },
  },
  {
    example: {
      id: '1024',
      bot_app_id: '0b5d7e2c-8a51-4c0e-9d7a-3f1e2b6c9a40',
      update_id: 987654321,
      update_type: 'message',
      chat_id: 123456789,
      status: 'PROCESSED',
      attempts: 1,
      error: null,
      received_at: '2026-03-16T09:00:00.000Z',
      processed_at: '2026-03-16T09:00:00.120Z',
      payload: { update_id: 987654321, message: { message_id: 1, chat: { id: 123456789, type: 'private' }, text: '/start' } },
    },
  },
);

@ApiTags('Bots')
@Controller('telegram/v1/webhook-events')
export class WebhookEventsController {
  constructor(private readonly events: WebhookEventsService) {}

  @Get()
  @ApiOperation({ summary: 'Received updates, newest first; filter by bot, status and update type' })
  @ApiOkResponse({ description: 'A page of received updates', schema: oas.listOf(WEBHOOK_EVENT_SCHEMA) })
  async list(@CurrentTenant() scope: TenantScope, @Query() query: WebhookEventsQuery) {
    const page = await this.events.list(
      scope,
      { botId: query.bot_app_id, status: query.status, updateType: query.update_type },
      query.toPageArgs(),
    );
    return toListResponse(page, present);
  }
}
