import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { ScopedSession, TenantData, TenantScope } from '@switchboard/common';
import { DeliveryStatus, OutboundMessage } from '../outbound-message.entity';
import { SendPacer } from './send-pacer.service';
import { BROADCAST_SEND_QUEUE, sendJobOf } from './send-queue';

/** How recent a send must be to count towards a broadcast's current rate. */
export const RECENT_SENDS_SECONDS = 10;

export interface BroadcastMessageCounts {
  byStatus: Partial<Record<DeliveryStatus, number>>;
  inFlightAtCrash: number;
  sentRecently: number;
}

/**
 * The delivery engine's side of broadcasts: their messages are queued like any other, and are
 * held, released and cancelled together when their broadcast pauses, resumes or ends. A held
 * message keeps its place; its worker passes it by.
 */
@Injectable()
export class BroadcastMessages {
  constructor(
    private readonly data: TenantData,
    private readonly pacer: SendPacer,
  ) {}

  /** Messages queued now: what the broadcast has in the engine. */
  queued(session: ScopedSession, broadcastId: string): Promise<number> {
    return session.repository(OutboundMessage).count({ broadcastId, status: DeliveryStatus.QUEUED });
  }

  /** Messages not settled yet: queued or held. */
  unsettled(session: ScopedSession, broadcastId: string): Promise<number> {
    return session.repository(OutboundMessage).count({ broadcastId, status: In([DeliveryStatus.QUEUED, DeliveryStatus.HELD]) });
  }

  hold(session: ScopedSession, broadcastId: string): Promise<number> {
    return session.repository(OutboundMessage).update({ broadcastId, status: DeliveryStatus.QUEUED }, { status: DeliveryStatus.HELD });
  }

  /** Queues held messages again, each with a new send job (its old one found it held and ended). */
  async release(session: ScopedSession, broadcastId: string): Promise<number> {
    const released = await session
      .repository(OutboundMessage)
      .updateReturning<{ id: string; bot_id: string; chat_id: string }>({ broadcastId, status: DeliveryStatus.HELD }, { status: DeliveryStatus.QUEUED }, ['id', 'botId', 'chatId']);
    await session.enqueue(BROADCAST_SEND_QUEUE, released.map((row) => sendJobOf({ id: String(row.id), broadcastId })));
    return released.length;
  }

  /** Messages not sent yet will not be: a send already under way still records its outcome. */
  cancel(session: ScopedSession, broadcastId: string): Promise<number> {
    return session.repository(OutboundMessage).update({ broadcastId, status: In([DeliveryStatus.QUEUED, DeliveryStatus.HELD]) }, { status: DeliveryStatus.CANCELLED });
  }

  async counts(scope: TenantScope, broadcastId: string): Promise<BroadcastMessageCounts> {
    const rows: Array<{ status: DeliveryStatus; count: number; in_flight: number; recent: number }> = await this.data
      .for(scope)
      .repository(OutboundMessage)
      .select('message')
      .select('message.status', 'status')
      .addSelect('count(*)::int', 'count')
      .addSelect('(count(*) FILTER (WHERE message.in_flight_at_crash))::int', 'in_flight')
      .addSelect(`(count(*) FILTER (WHERE message.sent_at > now() - interval '${RECENT_SENDS_SECONDS} seconds'))::int`, 'recent')
      .where('message.broadcast_id = :broadcastId', { broadcastId })
      .groupBy('message.status')
      .getRawMany();
    return {
      byStatus: Object.fromEntries(rows.map((row) => [row.status, row.count])),
      inFlightAtCrash: rows.reduce((sum, row) => sum + row.in_flight, 0),
      sentRecently: rows.reduce((sum, row) => sum + row.recent, 0),
    };
  }

  /** The broadcast's messages to these contacts. */
  ofContacts(scope: TenantScope, broadcastId: string, contactIds: string[]): Promise<OutboundMessage[]> {
    if (contactIds.length === 0) return Promise.resolve([]);
    return this.data.for(scope).repository(OutboundMessage).find({ broadcastId, contactId: In(contactIds) });
  }

  /** Sends the bot may still make today (UTC), or null without a daily limit. */
  async sendsLeftToday(botId: string, dailyLimit: number | null): Promise<number | null> {
    if (dailyLimit === null) return null;
    return Math.max(0, dailyLimit - (await this.pacer.sentToday(botId)));
  }
}
