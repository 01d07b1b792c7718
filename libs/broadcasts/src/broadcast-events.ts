import { EventType, isoTime, orderKeys, OutEvent } from '@switchboard/events-out';
import { BroadcastStats } from './broadcast-report.types';
import { Broadcast } from './broadcast.entity';

export function broadcastCompletedEvent(broadcast: Broadcast, stats: BroadcastStats): OutEvent {
  return {
    tenantId: broadcast.tenantId,
    type: EventType.BROADCAST_COMPLETED,
    orderKey: orderKeys.broadcast(broadcast.id),
    occurredAt: broadcast.finishedAt ?? undefined,
    data: {
      id: broadcast.id,
      bot_id: broadcast.botId,
      name: broadcast.name,
      started_at: isoTime(broadcast.startedAt),
      finished_at: isoTime(broadcast.finishedAt ?? new Date())!,
      stats: { audience: stats.audience, skipped: stats.skipped, sent: stats.sent, failed: stats.failed, clicked: stats.clicked },
    },
  };
}
