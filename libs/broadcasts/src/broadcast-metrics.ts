import { Injectable, OnModuleInit } from '@nestjs/common';
import { JobQueue, Metrics } from '@switchboard/common';
import { RUN_QUEUE } from './broadcast-runner.service';

/**
 * Counts running broadcasts for /metrics without reading any tenant's table: a RUNNING broadcast
 * always has one slice job unfinished (queued, active or due for a retry) in RUN_QUEUE, keyed by
 * its id, from the transaction that starts it to the tick that sees it stop.
 */
@Injectable()
export class BroadcastMetrics implements OnModuleInit {
  constructor(
    private readonly metrics: Metrics,
    private readonly queue: JobQueue,
  ) {}

  onModuleInit(): void {
    this.metrics.broadcastsRunning.readFrom(async () => [{ value: await this.queue.keysInFlight(RUN_QUEUE) }]);
  }
}
