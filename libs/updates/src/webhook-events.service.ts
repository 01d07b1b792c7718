import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Page, PageArgs, TenantScope, TenantScopedRepository, paginate } from '@switchboard/common';
import { WebhookEvent, WebhookEventStatus } from './webhook-event.entity';

export interface WebhookEventFilter {
  botId?: string;
  status?: WebhookEventStatus;
  updateType?: string;
}

/** The log of received updates, newest first, for admins and backends. */
@Injectable()
export class WebhookEventsService {
  private readonly events: TenantScopedRepository<WebhookEvent>;

  constructor(@InjectRepository(WebhookEvent) repository: Repository<WebhookEvent>) {
    this.events = new TenantScopedRepository(repository);
  }

  list(scope: TenantScope, filter: WebhookEventFilter, page: PageArgs): Promise<Page<WebhookEvent>> {
    const query = this.events.query(scope, 'event');
    // A bot-scoped key sees its bot's events only, whatever it asks for.
    const botId = scope.botId ?? filter.botId;
    if (botId) query.andWhere('event.bot_id = :botId', { botId });
    if (scope.botId && filter.botId && filter.botId !== scope.botId) query.andWhere('false');
    if (filter.status) query.andWhere('event.status = :status', { status: filter.status });
    if (filter.updateType) query.andWhere('event.update_type = :updateType', { updateType: filter.updateType });
    return paginate(query, page);
  }
}
