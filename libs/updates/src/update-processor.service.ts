import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import type { Update } from 'telegraf/types';
import { BotDirectory } from '@switchboard/bots';
import { DomainError, Job, JobQueue, Metrics } from '@switchboard/common';
import { PipelineState, TelegrafRuntime } from '@switchboard/telegram';
import { WebhookEvent, WebhookEventStatus } from './webhook-event.entity';
import { eventIdsOf, QueuedUpdateJob, UPDATE_QUEUE, UPDATE_RETRY_LIMIT } from './update-queue';
import { UpdateError, UpdateErrorCode } from './update.errors';

type Outcome = 'completed' | 'failed';

/** What the event log says of a failure that is not one of ours: the tenant sees it, the database's wording is for the log. */
const INTERNAL_FAILURE = 'internal error while processing this update';

function failureReasonOf(error: unknown): string {
  return error instanceof DomainError ? error.message : INTERNAL_FAILURE;
}

interface Handled {
  eventId: string;
  receivedAt: Date;
  updateType: string | null;
  chatId: string | null;
}

/**
 * Runs each queued update through the Telegraf handlers of its bot and records how it ended.
 * The queue holds a chat's later updates back while one is retried, so order is kept. Events
 * are read and marked PROCESSED a batch at a time: this runs beside the webhook under load.
 */
@Injectable()
export class UpdateProcessor implements OnApplicationBootstrap {
  private readonly logger = new Logger(UpdateProcessor.name);

  constructor(
    @InjectRepository(WebhookEvent) private readonly events: Repository<WebhookEvent>,
    private readonly queue: JobQueue,
    private readonly directory: BotDirectory,
    private readonly runtime: TelegrafRuntime,
    private readonly metrics: Metrics,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.declare(UPDATE_QUEUE, {
      policy: 'key_strict_fifo',
      retryLimit: UPDATE_RETRY_LIMIT,
      retryDelay: 1,
      retryBackoff: true,
      retryDelayMax: 300,
      // A worker that dies mid-update stops beating and the update is retried within seconds
      // (JobQueue's heartbeat); this only bounds an update whose handler hangs.
      expireInSeconds: 60,
      deleteAfterSeconds: 3_600,
      notify: true,
    });
    await this.queue.work<QueuedUpdateJob>(
      UPDATE_QUEUE,
      // Retries come due without a NOTIFY: poll briskly even while NOTIFY is active.
      { batchSize: 100, pollingIntervalSeconds: 0.5, notifyPollingIntervalSeconds: 0.5 },
      (jobs) => this.processBatch(jobs),
    );
  }

  async processBatch(jobs: Job<QueuedUpdateJob>[]): Promise<Array<{ id: string; status: Outcome }>> {
    const events = await this.events.find({ where: { id: In(jobs.flatMap((job) => eventIdsOf(job.data))) } });
    const byId = new Map(events.map((event) => [event.id, event]));
    const handled: Handled[] = [];
    const outcomes = await Promise.all(
      jobs.map(async (job) => ({ id: job.id, status: await this.processJob(job, byId, handled) })),
    );
    await this.markProcessed(handled);
    return outcomes;
  }

  /**
   * A chat's updates one after another. One that fails holds the rest back until the job's
   * retry; after the last retry it stays FAILED and the others go on. Updates already
   * processed by an earlier attempt are skipped.
   */
  private async processJob(job: Job<QueuedUpdateJob>, byId: Map<string, WebhookEvent>, handled: Handled[]): Promise<Outcome> {
    for (const eventId of eventIdsOf(job.data)) {
      const event = byId.get(eventId);
      if (!event || event.status === WebhookEventStatus.PROCESSED) continue;
      try {
        handled.push(await this.handle(event));
      } catch (error) {
        if ((await this.recordFailure(event, job, error)) === 'failed') return 'failed';
      }
    }
    return 'completed';
  }

  private async handle(event: WebhookEvent): Promise<Handled> {
    const bot = await this.directory.byId(event.botId);
    if (!bot) throw new UpdateError(UpdateErrorCode.BOT_RETIRED, 'the bot was deleted before this update was processed');
    const pipeline: PipelineState = { tenantId: event.tenantId, botId: event.botId, eventId: event.id, handled: {} };
    await this.runtime.handle(bot, event.payload as unknown as Update, pipeline);
    const { updateType, chatId } = pipeline.handled;
    return {
      eventId: event.id,
      receivedAt: event.createdAt,
      updateType: updateType ?? event.updateType,
      chatId: chatId === undefined ? event.chatId : chatId === null ? null : String(chatId),
    };
  }

  private async markProcessed(handled: Handled[]): Promise<void> {
    if (handled.length === 0) return;
    await this.events.query(
      `UPDATE webhook_events AS event
       SET status = 'PROCESSED', attempts = event.attempts + 1, error = NULL, processed_at = now(),
           update_type = handled.update_type, chat_id = handled.chat_id
       FROM unnest($1::bigint[], $2::varchar[], $3::bigint[]) AS handled(id, update_type, chat_id)
       WHERE event.id = handled.id`,
      [handled.map((item) => item.eventId), handled.map((item) => item.updateType), handled.map((item) => item.chatId)],
    );
    // Both ends are read from clocks of their own (the database's at storing, ours now): on one host, or NTP-synced ones, they agree.
    const now = Date.now();
    for (const item of handled) this.metrics.updateProcessingLagSeconds.observe(Math.max(0, now - item.receivedAt.getTime()) / 1_000);
  }

  /** Failed attempts are retried with backoff; the last one leaves the update FAILED and lets its chat move on. */
  private async recordFailure(event: WebhookEvent, job: Job<QueuedUpdateJob>, error: unknown): Promise<Outcome> {
    const reason = failureReasonOf(error);
    const final = job.retryCount >= UPDATE_RETRY_LIMIT;
    this.logger.warn({ err: error, eventId: event.id, attempt: job.retryCount + 1, final }, `update ${event.updateId} failed: ${reason}`);
    await this.events.update({ id: event.id }, { status: WebhookEventStatus.FAILED, attempts: () => 'attempts + 1', error: reason.slice(0, 2_000) });
    return final ? 'completed' : 'failed';
  }
}
