import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { Page, TenantData, TenantScope, paginate, requestLoader, scopedLoaderKey } from '@switchboard/common';
import { SendPacer } from '../delivery/send-pacer.service';
import { RecentFailuresArgs } from '../dto/recent-failures.args';
import { DeliveryStatus, OutboundMessage } from '../outbound-message.entity';
import { SendCounts, sendCountsOf, StatusCount } from './send-counts';

/** 00:00 UTC today by the database's clock, the one the daily limit's day is read by too. */
const START_OF_UTC_DAY = `(date_trunc('day', now() AT TIME ZONE 'UTC') AT TIME ZONE 'UTC')`;

/**
 * What each bot has sent today (UTC): its messages made since midnight by status, the sends
 * counted against its daily limit, and the latest failures. Each reads an index of its own
 * (by bot and time; failures by tenant and time), so the figures stay cheap on a large table.
 */
@Injectable()
export class SendsToday {
  constructor(
    private readonly data: TenantData,
    private readonly pacer: SendPacer,
  ) {}

  /** Every bot of a page counted in one statement. */
  countsLoader(req: object, scope: TenantScope): DataLoader<string, SendCounts | null> {
    return requestLoader(req, scopedLoaderKey('sends-today', scope), async (botIds) => {
      const rows: Array<StatusCount & { botId: string }> = await this.data
        .for(scope)
        .repository(OutboundMessage)
        .select('message')
        .select('message.bot_id', 'botId')
        .addSelect('message.status', 'status')
        .addSelect('count(*)::int', 'count')
        .where('message.bot_id IN (:...botIds)', { botIds })
        .andWhere(`message.created_at >= ${START_OF_UTC_DAY}`)
        .groupBy('message.bot_id')
        .addGroupBy('message.status')
        .getRawMany();
      return new Map(botIds.map((botId) => [botId, sendCountsOf(rows.filter((row) => row.botId === botId))]));
    });
  }

  /**
   * The delivery engine's own count of today's sends against the daily limit (it is kept only
   * while the bot has a limit). The ids come from bots the caller has already read.
   */
  dailyLimitLoader(req: object): DataLoader<string, number | null> {
    return requestLoader(req, 'daily-limit-used', (botIds) => this.pacer.sentTodayByBot(botIds));
  }

  /** Today's failed messages, newest first. */
  recentFailures(scope: TenantScope, args: RecentFailuresArgs): Promise<Page<OutboundMessage>> {
    const query = this.data
      .for(scope)
      .repository(OutboundMessage)
      .select('message')
      // Written out, not a parameter, so the planner matches the partial index of failures.
      .where(`message.status = '${DeliveryStatus.FAILED}'`)
      .andWhere(`message.created_at >= ${START_OF_UTC_DAY}`);
    if (args.botId) query.andWhere('message.bot_id = :botId', { botId: args.botId });
    return paginate(query, args);
  }
}
