import { BroadcastProgress, BroadcastStats } from './broadcast-report.types';
import { Broadcast } from './broadcast.entity';

/** A broadcast's counts as Jina Connect names them. */
export function presentStats(stats: BroadcastStats) {
  return {
    total_recipients: stats.audience,
    queued_count: stats.queued,
    sent_count: stats.sent,
    failed_count: stats.failed,
    skipped_count: stats.skipped,
    clicked_count: stats.clicked,
    cancelled_count: stats.cancelled,
    in_flight_at_crash: stats.inFlightAtCrash,
  };
}

/** A broadcast as Jina Connect's REST API shows it: snake_case, its bot as `bot_app_id`, its counts beside it. */
export function presentBroadcast(broadcast: Broadcast, stats: BroadcastStats) {
  return {
    id: broadcast.id,
    name: broadcast.name,
    platform: 'TELEGRAM',
    status: broadcast.state,
    bot_app_id: broadcast.botId,
    message_text: broadcast.text,
    created_at: broadcast.createdAt,
    started_at: broadcast.startedAt,
    finished_at: broadcast.finishedAt,
    ...presentStats(stats),
  };
}

export function presentProgress(progress: BroadcastProgress) {
  return { percent: progress.percent, sent_per_second: progress.sentPerSecond, eta: progress.eta };
}
