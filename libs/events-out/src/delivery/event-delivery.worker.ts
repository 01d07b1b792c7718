import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig, Job, JobQueue } from '@switchboard/common';
import { DeliveryJob, EVENT_DELIVERY_QUEUE, retrySettingsOf } from './delivery-job';
import { EventDeliverer } from './event-deliverer.service';

/** Independent loops, so a batch waiting on one slow endpoint (up to 10 s) never holds up the rest. */
const LOOPS = 8;
const BATCH = 20;

/**
 * Delivers recorded events: each endpoint's events of one contact (or chat, broadcast, bot) one
 * at a time and in order, everything else in parallel. A failed attempt is retried by the
 * queue with exponential backoff, holding that key's later events back, until the window ends.
 */
@Injectable()
export class EventDeliveryWorker implements OnApplicationBootstrap {
  private readonly logger = new Logger(EventDeliveryWorker.name);
  private readonly retryLimit: number;

  constructor(
    private readonly queue: JobQueue,
    private readonly deliverer: EventDeliverer,
    private readonly config: AppConfig,
  ) {
    this.retryLimit = retrySettingsOf(config.events.retryWindowMs).retryLimit;
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.declare(EVENT_DELIVERY_QUEUE, {
      policy: 'key_strict_fifo',
      ...retrySettingsOf(this.config.events.retryWindowMs),
      retryBackoff: true,
      // An attempt takes at most 10 s; a dead worker is noticed by its heartbeat far sooner.
      expireInSeconds: 60,
      deleteAfterSeconds: 86_400,
      // No NOTIFY per job: events are recorded in the transactions of sends and messages, which it would serialize.
      notify: false,
    });
    for (let loop = 0; loop < LOOPS; loop++) {
      await this.queue.work<DeliveryJob>(EVENT_DELIVERY_QUEUE, { batchSize: BATCH, pollingIntervalSeconds: 0.5 }, (jobs) => Promise.all(jobs.map((job) => this.run(job))));
    }
  }

  private async run(job: Job<DeliveryJob>): Promise<{ id: string; status: 'completed' | 'failed' }> {
    try {
      const done = await this.deliverer.attempt(job, this.retryLimit);
      return { id: job.id, status: done ? 'completed' : 'failed' };
    } catch (error) {
      // Ours, not the endpoint's (the database was unreachable): the queue tries again.
      this.logger.error({ err: error, deliveryId: job.data.deliveryId }, 'could not attempt an event delivery; retrying');
      return { id: job.id, status: 'failed' };
    }
  }
}
