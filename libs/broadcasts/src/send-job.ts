import { Injectable } from '@nestjs/common';
import { setTimeout as sleep } from 'node:timers/promises';
import { TenantScope } from '@switchboard/common';
import { jobNotification, JobsService } from '@switchboard/messaging';
import { BroadcastStats } from './broadcast-report.types';
import { BroadcastReport } from './broadcast-report.service';
import { BroadcastState, isFinished } from './broadcast-state';
import { Broadcast } from './broadcast.entity';
import { BroadcastsService } from './broadcasts.service';
import { SendNow } from './send-now';

/** How long the request waits for the broadcast to finish before answering with how to follow it. */
const SETTLE_WAIT_MS = 5_000;
const POLL_MS = 150;

/** OpenScouter's counts: everyone the job targets, those reachable on Telegram, and what became of the sends. */
export interface JobSent {
  jobId: string;
  eligibleTesters: number;
  connectedToTelegram: number;
  notificationsSent: number;
  failedDeliveries: number;
}

/** A broadcast still going when the request answers: follow it with GET /broadcast/{broadcastId}/. */
export interface JobBroadcastUnderway {
  broadcastId: string;
  status: BroadcastState;
  queued: number;
}

/**
 * OpenScouter's send-job: a job's notification, with a button to its link, broadcast on the
 * default bot to the job's targeting (or every contact), counted once it finishes or the wait ends.
 */
@Injectable()
export class SendJob {
  constructor(
    private readonly jobs: JobsService,
    private readonly sendNow: SendNow,
    private readonly broadcasts: BroadcastsService,
    private readonly report: BroadcastReport,
  ) {}

  async execute(scope: TenantScope, jobId: string, filterBySegment: boolean): Promise<{ sent: JobSent; underway: JobBroadcastUnderway | null }> {
    const job = await this.jobs.get(scope, jobId);
    const launched = await this.sendNow.execute(scope, {
      name: `${job.key}: ${job.title}`.slice(0, 200),
      ...jobNotification(job),
      audience: { jobId: job.key, filterBySegment },
    });
    const { broadcast, stats } = await this.settled(scope, launched.id);
    return {
      sent: {
        jobId: job.key,
        eligibleTesters: stats.audience,
        connectedToTelegram: stats.audience - stats.skipped,
        notificationsSent: stats.sent,
        failedDeliveries: stats.failed,
      },
      underway: isFinished(broadcast.state) ? null : { broadcastId: broadcast.id, status: broadcast.state, queued: stats.queued },
    };
  }

  private async settled(scope: TenantScope, id: string): Promise<{ broadcast: Broadcast; stats: BroadcastStats }> {
    const deadline = Date.now() + SETTLE_WAIT_MS;
    for (;;) {
      const broadcast = await this.broadcasts.get(scope, id);
      const stats = await this.report.stats(scope, broadcast);
      if (isFinished(broadcast.state) || Date.now() >= deadline) return { broadcast, stats };
      await sleep(POLL_MS);
    }
  }
}
