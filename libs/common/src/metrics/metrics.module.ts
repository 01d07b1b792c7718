import { Global, Module, OnModuleInit } from '@nestjs/common';
import { JobQueue } from '../queue/job-queue.service';
import { Metrics } from './metrics';
import { MetricsController } from './metrics.controller';

/** The one Metrics of the app, for every module to count with, and the /metrics page that shows it. */
@Global()
@Module({ providers: [Metrics], exports: [Metrics], controllers: [MetricsController] })
export class MetricsModule implements OnModuleInit {
  constructor(
    private readonly metrics: Metrics,
    private readonly queue: JobQueue,
  ) {}

  onModuleInit(): void {
    this.metrics.queueJobs.readFrom(async () =>
      (await this.queue.depths()).flatMap((depth) => [
        { labels: { queue: depth.name, state: 'ready' }, value: depth.ready },
        { labels: { queue: depth.name, state: 'deferred' }, value: depth.deferred },
        { labels: { queue: depth.name, state: 'active' }, value: depth.active },
      ]),
    );
  }
}
