import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { Update } from 'telegraf/types';
import { BotDirectory } from '@switchboard/bots';
import { Job, JobQueue } from '@switchboard/common';
import { PipelineState, TelegrafRuntime } from '@switchboard/telegram';
import { WebhookEvent, WebhookEventStatus } from './webhook-event.entity';
import { UPDATE_QUEUE, UPDATE_RETRY_LIMIT, UpdateJob } from './update-queue';

type Outcome = 'completed' | 'failed';

/**
 * Runs each queued update through the Telegraf handlers of its bot and records how it ended.
 * The queue holds a chat's later updates back while one is retried, so order is kept.
 */
@Injectable()
export class UpdateProcessor implements OnApplicationBootstrap {
  private readonly logger = new Logger(UpdateProcessor.name);

  constructor(
    @InjectRepository(WebhookEvent) private readonly events: Repository<WebhookEvent>,
    private readonly queue: JobQueue,
    private readonly directory: BotDirectory,
    private readonly runtime: TelegrafRuntime,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.declare(UPDATE_QUEUE, {
      policy: 'key_strict_fifo',
      retryLimit: UPDATE_RETRY_LIMIT,
      retryDelay: 1,
      retryBackoff: true,
      retryDelayMax: 300,
      // A worker that dies mid-update loses its claim after this long, and the update is retried.
      expireInSeconds: 60,
      deleteAfterSeconds: 3_600,
      notify: true,
    });
    await this.queue.work<UpdateJob>(
      UPDATE_QUEUE,
      // A chat's next update becomes fetchable when the one before it completes, which sends no
      // NOTIFY, and retries come due silently too: poll briskly even while NOTIFY is active.
      { batchSize: 50, localConcurrency: 2, pollingIntervalSeconds: 0.5, notifyPollingIntervalSeconds: 0.5 },
      async (jobs) => Promise.all(jobs.map(async (job) => ({ id: job.id, status: await this.process(job) }))),
    );
  }

  async process(job: Job<UpdateJob>): Promise<Outcome> {
    const event = await this.events.findOne({ where: { id: job.data.eventId } });
    if (!event || event.status === WebhookEventStatus.PROCESSED) return 'completed';
    try {
      const handled = await this.handle(event);
      await this.events.update(
        { id: event.id },
        { status: WebhookEventStatus.PROCESSED, attempts: () => 'attempts + 1', error: null, processedAt: new Date(), ...handled },
      );
      return 'completed';
    } catch (error) {
      return this.recordFailure(event, job, error);
    }
  }

  private async handle(event: WebhookEvent): Promise<Pick<Partial<WebhookEvent>, 'updateType' | 'chatId'>> {
    const bot = await this.directory.byId(event.botId);
    if (!bot) throw new Error('the bot was deleted before this update was processed');
    const pipeline: PipelineState = { tenantId: event.tenantId, botId: event.botId, eventId: event.id, handled: {} };
    await this.runtime.handle(bot, event.payload as unknown as Update, pipeline);
    const { updateType, chatId } = pipeline.handled;
    return {
      ...(updateType ? { updateType } : {}),
      ...(chatId !== undefined ? { chatId: chatId === null ? null : String(chatId) } : {}),
    };
  }

  /** Failed attempts are retried with backoff; the last one leaves the update FAILED and lets its chat move on. */
  private async recordFailure(event: WebhookEvent, job: Job<UpdateJob>, error: unknown): Promise<Outcome> {
    const message = error instanceof Error ? error.message : String(error);
    const final = job.retryCount >= UPDATE_RETRY_LIMIT;
    this.logger.warn({ err: error, eventId: event.id, attempt: job.retryCount + 1, final }, `update ${event.updateId} failed: ${message}`);
    await this.events.update({ id: event.id }, { status: WebhookEventStatus.FAILED, attempts: () => 'attempts + 1', error: message.slice(0, 2_000) });
    return final ? 'completed' : 'failed';
  }
}
