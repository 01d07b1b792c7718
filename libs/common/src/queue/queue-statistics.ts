import { Logger } from '@nestjs/common';

/** A backlog under this is cheap to fetch from whatever the statistics say. */
const MIN_BACKLOG = 1_000;
/** How often the backlog is looked at: pg-boss' supervisor refreshes the counts every second. */
const CHECK_INTERVAL_MS = 1_000;

/**
 * Keeps PostgreSQL's statistics of the job table in step with the backlog. pg-boss' fetch and
 * completion are planned on them; planned on statistics from when few jobs waited, a fetch reads
 * and sorts every waiting job of its queue to take one batch, so each fetch costs more the deeper
 * the queue (measured, 16,000 messages queued at once: 9 ms a fetch and 17 ms a completion of 100
 * jobs, against 7 and 5 ms once analyzed, and the engine's drain up by a tenth on a busy machine).
 * Autovacuum analyzes a table a minute or more after such a burst, or never where it is turned
 * off. So the table is analyzed when the jobs waiting have more than doubled since it last was;
 * an instance that runs workers looks every second.
 */
export class QueueStatistics {
  private readonly logger = new Logger(QueueStatistics.name);
  private analyzedBacklog = 0;
  private timer: NodeJS.Timeout | undefined;
  private checking = false;

  constructor(
    private readonly backlog: () => Promise<number>,
    private readonly analyze: () => Promise<void>,
  ) {}

  start(): void {
    this.timer ??= setInterval(() => void this.check(), CHECK_INTERVAL_MS).unref();
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  /** Analyzes the job table if the backlog grew past what its statistics describe; answers whether it did. */
  async check(): Promise<boolean> {
    if (this.checking) return false;
    this.checking = true;
    try {
      const backlog = await this.backlog();
      // A backlog that shrank is still planned for well (as a deeper one); the next growth is measured from it.
      if (backlog < this.analyzedBacklog / 2) this.analyzedBacklog = backlog;
      if (backlog < MIN_BACKLOG || backlog <= this.analyzedBacklog * 2) return false;
      await this.analyze();
      this.analyzedBacklog = backlog;
      return true;
    } catch (error) {
      this.logger.warn({ err: error }, 'could not bring the job table statistics up to date; fetches may cost more until it can');
      return false;
    } finally {
      this.checking = false;
    }
  }
}
