import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors, CurrentTenant, ListQuery, oas, TenantScope, toListResponse } from '@switchboard/common';
import { BroadcastReport } from './broadcast-report.service';
import { Broadcast } from './broadcast.entity';
import { BroadcastsService } from './broadcasts.service';
import { BROADCAST_SCHEMA, BROADCAST_WITH_PROGRESS_SCHEMA } from './broadcasts.openapi';
import { BroadcastFilterArgs } from './dto/broadcast.input';
import { checkPlatform, SendNowBody } from './dto/send-now.body';
import { presentBroadcast, presentProgress } from './present-broadcast';
import { SendNow } from './send-now';

/** Jina Connect's broadcast routes (trailing slashes as documented; Express accepts both forms). */
@ApiTags('Broadcasts')
@Controller('broadcast')
export class BroadcastsController {
  constructor(
    private readonly sendNow: SendNow,
    private readonly broadcasts: BroadcastsService,
    private readonly report: BroadcastReport,
  ) {}

  @Post()
  @ApiOperation({ summary: 'Send a message to contacts now; ids naming no contact reachable on the bot are counted as skipped' })
  @ApiCreatedResponse({ description: 'The broadcast, launched: its first recipients are queued', schema: BROADCAST_SCHEMA })
  @ApiErrors({ 400: 'Invalid input: a platform other than TELEGRAM, an unknown merge field, no recipients', 404: "bot_app_id names no bot of the tenant, or the tenant has no bot yet (NO_BOT)" })
  async send(@CurrentTenant() scope: TenantScope, @Body() body: SendNowBody) {
    checkPlatform(body.platform);
    const broadcast = await this.sendNow.execute(scope, { botId: body.bot_app_id, name: body.name, text: body.message_text, audience: { contactIds: body.recipients } });
    return this.presented(scope, broadcast);
  }

  @Get()
  @ApiOperation({ summary: "The tenant's broadcasts, newest first, with their counts" })
  @ApiOkResponse({ description: 'A page of broadcasts', schema: oas.listOf(BROADCAST_SCHEMA) })
  async list(@CurrentTenant() scope: TenantScope, @Query() query: ListQuery) {
    const page = await this.broadcasts.list(scope, new BroadcastFilterArgs(), query.toPageArgs());
    const items = await Promise.all(page.nodes.map((broadcast) => this.presented(scope, broadcast)));
    return toListResponse({ ...page, nodes: items }, (item) => item);
  }

  @Get(':id')
  @ApiOperation({ summary: 'A broadcast with its counts and progress (percent settled, current pace, expected end)' })
  @ApiOkResponse({ description: 'The broadcast', schema: BROADCAST_WITH_PROGRESS_SCHEMA })
  @ApiErrors({ 404: "No broadcast with this id, or another tenant's" })
  async get(@CurrentTenant() scope: TenantScope, @Param('id') id: string) {
    const broadcast = await this.broadcasts.get(scope, id);
    const [presented, progress] = await Promise.all([this.presented(scope, broadcast), this.report.progress(scope, broadcast)]);
    return { ...presented, progress: presentProgress(progress) };
  }

  private async presented(scope: TenantScope, broadcast: Broadcast) {
    return presentBroadcast(broadcast, await this.report.stats(scope, broadcast));
  }
}
