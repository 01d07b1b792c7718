import { Injectable } from '@nestjs/common';
import { Page, PageArgs, TenantData, TenantScope, paginate } from '@switchboard/common';
import { WebhookEvent, WebhookEventStatus } from './webhook-event.entity';

export interface WebhookEventFilter {
  botId?: string;
  status?: WebhookEventStatus;
  updateType?: string;
}

/** The log of received updates, newest first, for admins and backends. */
@Injectable()
export class WebhookEventsService {
  constructor(private readonly data: TenantData) {}

  /** Newest first; a bot-scoped key sees its bot's events only, whatever it asks for. */
  list(scope: TenantScope, filter: WebhookEventFilter, page: PageArgs): Promise<Page<WebhookEvent>> {
    const query = this.data.for(scope).repository(WebhookEvent).select('event');
    if (filter.botId) query.andWhere('event.bot_id = :botId', { botId: filter.botId });
    if (filter.status) query.andWhere('event.status = :status', { status: filter.status });
    if (filter.updateType) query.andWhere('event.update_type = :updateType', { updateType: filter.updateType });
    return paginate(query, page);
  }
}
