import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { setTimeout as sleep } from 'node:timers/promises';
import { BotDirectory, BotRuntime } from '@switchboard/bots';
import { AppConfig, Job, JobQueue, ScopedSession, TenantData, tenantWide } from '@switchboard/common';
import { EventsOut, EventType } from '@switchboard/events-out';
import { BroadcastMessages, rateOf } from '@switchboard/messaging';
import { AudienceCriteria } from './audience-criteria';
import { broadcastCompletedEvent } from './broadcast-events';
import { BroadcastReport } from './broadcast-report.service';
import { BroadcastJob } from './broadcast-scope';
import { BroadcastDelivery, RecipientState } from './broadcast-delivery.entity';
import { BroadcastState } from './broadcast-state';
import { changeBroadcast, lockedBroadcast } from './broadcast-transitions';
import { Broadcast } from './broadcast.entity';
import { DeliveryFeeder } from './feed-deliveries';
import { AudienceWalker } from './walk-audience';

/** Runs a broadcast while it is RUNNING: one slice at a time per broadcast (the queue's stately policy), across instances. */
export const RUN_QUEUE = 'broadcast-run';
/** Timed starts: a scheduled launch, and the next UTC day after the daily limit. */
export const WAKE_QUEUE = 'broadcast-wake';
const RUN_LOOPS = 4;
const SLICE_MS = 5_000;
const TICK_MS = 200;
/** The engine is kept this many seconds of sending ahead, and no further: a pause holds little. */
const WINDOW_SECONDS = 3;
const MIN_WINDOW = 50;
const MAX_FEED = 500;

/** What a tick leaves: a broadcast no longer running, an engine holding its window, or one still short after a full feed. */
export enum TickOutcome {
  STOPPED = 'STOPPED',
  WAITING = 'WAITING',
  BEHIND = 'BEHIND',
}

function nextUtcDay(now = new Date()): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1, 0, 0, 1));
}

export const runJobOf = (broadcast: Broadcast) => ({ data: { tenantId: broadcast.tenantId, broadcastId: broadcast.id } satisfies BroadcastJob, singletonKey: broadcast.id });

/**
 * A running broadcast advances in ticks: walk a page of its audience, top up the delivery engine
 * to a few seconds of sending, and end it when every recipient is settled; at the bot's daily
 * limit it pauses until the next UTC day. Every tick is one transaction holding the broadcast's
 * row, so it always sees the state the API last committed.
 */
@Injectable()
export class BroadcastRunner implements OnApplicationBootstrap {
  private readonly logger = new Logger(BroadcastRunner.name);

  constructor(
    private readonly data: TenantData,
    private readonly queue: JobQueue,
    private readonly directory: BotDirectory,
    private readonly messages: BroadcastMessages,
    private readonly walker: AudienceWalker,
    private readonly feeder: DeliveryFeeder,
    private readonly config: AppConfig,
    private readonly audiences: AudienceCriteria,
    private readonly report: BroadcastReport,
    private readonly eventsOut: EventsOut,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    // A slice's worker that dies stops beating; the slice is retried (on any instance) and goes on from the committed cursor.
    await this.queue.declare(RUN_QUEUE, { policy: 'stately', retryLimit: 1_000, retryDelay: 1, expireInSeconds: 120, deleteAfterSeconds: 600 });
    await this.queue.declare(WAKE_QUEUE, { retryLimit: 10, retryDelay: 5, expireInSeconds: 120, deleteAfterSeconds: 86_400 });
    for (let loop = 0; loop < RUN_LOOPS; loop++) {
      await this.queue.work<BroadcastJob>(RUN_QUEUE, { batchSize: 1, pollingIntervalSeconds: 0.5 }, (jobs) => this.handle(jobs, (job) => this.slice(job)));
    }
    await this.queue.work<BroadcastJob>(WAKE_QUEUE, { batchSize: 10, pollingIntervalSeconds: 1 }, (jobs) => this.handle(jobs, (job) => this.wake(job)));
  }

  private async handle(jobs: Job<BroadcastJob>[], run: (job: BroadcastJob) => Promise<void>) {
    return Promise.all(
      jobs.map(async (job) => {
        try {
          await run(job.data);
          return { id: job.id, status: 'completed' as const };
        } catch (error) {
          this.logger.error({ err: error, broadcastId: job.data.broadcastId }, 'broadcast step failed; retrying');
          return { id: job.id, status: 'failed' as const };
        }
      }),
    );
  }

  private async slice(job: BroadcastJob): Promise<void> {
    const until = Date.now() + SLICE_MS;
    while (Date.now() < until) {
      const step = await this.tick(job);
      if (step === TickOutcome.STOPPED) return;
      // A tick that fed all it may while the engine is still short goes on at once: at a paid
      // broadcast's 1,000 sends a second, a pause after each 500 would leave the bot's slots idle.
      if (step === TickOutcome.WAITING) await sleep(TICK_MS);
    }
    await this.queue.insert(RUN_QUEUE, [{ data: job, singletonKey: job.broadcastId }]);
  }

  /** One step of a running broadcast: whether it is still running, and whether the engine wants more at once. */
  tick(job: BroadcastJob, maxFeed = MAX_FEED): Promise<TickOutcome> {
    return this.data.transaction(tenantWide(job.tenantId), async (session) => {
      const broadcast = await lockedBroadcast(session, job.broadcastId);
      if (broadcast?.state !== BroadcastState.RUNNING) return TickOutcome.STOPPED;
      const bot = await this.directory.byId(broadcast.botId);
      if (!bot) return TickOutcome.STOPPED;
      const left = await this.messages.sendsLeftToday(bot.id, bot.dailyLimit);
      if (left === 0) {
        await this.pauseForTheDay(session, broadcast);
        return TickOutcome.STOPPED;
      }
      if (!broadcast.walkDone) await this.walker.step(session, broadcast);
      const queued = await this.messages.queued(session, broadcast.id);
      const wanted = Math.min(this.windowOf(bot, broadcast) - queued, (left ?? Infinity) - queued, maxFeed);
      const fed = wanted > 0 ? await this.feeder.step(session, broadcast, wanted) : 0;
      if (broadcast.walkDone && fed === 0 && (await this.drained(session, broadcast))) {
        await this.complete(session, broadcast);
        return TickOutcome.STOPPED;
      }
      return fed === maxFeed ? TickOutcome.BEHIND : TickOutcome.WAITING;
    });
  }

  /** COMPLETED, with broadcast.completed for the tenant's endpoints that take it, in the tick's transaction. */
  private async complete(session: ScopedSession, broadcast: Broadcast): Promise<void> {
    await changeBroadcast(session, broadcast, { state: BroadcastState.COMPLETED, finishedAt: new Date() });
    if (!(await this.eventsOut.wants(broadcast.tenantId, EventType.BROADCAST_COMPLETED))) return;
    const stats = await this.report.stats(session.scope, broadcast);
    await this.eventsOut.recordWithin(session, [broadcastCompletedEvent(broadcast, stats)]);
  }

  private windowOf(bot: BotRuntime, broadcast: Broadcast): number {
    const rate = rateOf({ paidBroadcast: broadcast.paid }, bot.sendRate, this.config.telegram.rateLimit);
    return Math.max(MIN_WINDOW, Math.ceil(((rate.count * 1_000) / rate.perMs) * WINDOW_SECONDS));
  }

  private async drained(session: ScopedSession, broadcast: Broadcast): Promise<boolean> {
    const pending = await session.repository(BroadcastDelivery).exists({ broadcastId: broadcast.id, state: RecipientState.PENDING });
    return !pending && (await this.messages.unsettled(session, broadcast.id)) === 0;
  }

  /**
   * Its messages are not held here: those still queued were counted against today's limit (so
   * they may go), or will be refused a count by their worker, which holds them itself.
   */
  private async pauseForTheDay(session: ScopedSession, broadcast: Broadcast): Promise<void> {
    await changeBroadcast(session, broadcast, { state: BroadcastState.PAUSED_DAILY_LIMIT });
    await session.enqueue(WAKE_QUEUE, [{ data: { tenantId: broadcast.tenantId, broadcastId: broadcast.id } satisfies BroadcastJob, startAfter: nextUtcDay() }]);
  }

  /** A scheduled launch that is due, or a broadcast paused for the day on a new day: it runs. */
  private async wake(job: BroadcastJob): Promise<void> {
    const started = await this.data.transaction(tenantWide(job.tenantId), async (session) => {
      const broadcast = await lockedBroadcast(session, job.broadcastId);
      if (!broadcast) return false;
      if (broadcast.state === BroadcastState.SCHEDULED && broadcast.scheduledAt && broadcast.scheduledAt.getTime() <= Date.now() + 1_000) {
        await this.begin(session, broadcast);
        return true;
      }
      if (broadcast.state !== BroadcastState.PAUSED_DAILY_LIMIT) return false;
      const bot = await this.directory.byId(broadcast.botId);
      if (bot && (await this.messages.sendsLeftToday(bot.id, bot.dailyLimit)) === 0) {
        await session.enqueue(WAKE_QUEUE, [{ data: job, startAfter: nextUtcDay() }]);
        return false;
      }
      await this.resume(session, broadcast);
      return true;
    });
    if (started) await this.tick(job);
  }

  /**
   * RUNNING from now, its audience resolved as it stands now and the bot's paid setting taken;
   * its run job commits with the state.
   */
  async begin(session: ScopedSession, broadcast: Broadcast): Promise<Broadcast> {
    const { criteria, audienceSize, gone } = await this.audiences.resolve(broadcast);
    const bot = await this.directory.byId(broadcast.botId);
    await changeBroadcast(session, broadcast, { state: BroadcastState.RUNNING, startedAt: new Date(), criteria, audienceSize, paid: Boolean(bot?.paidBroadcasts) });
    // A segment or job deleted before the start leaves nobody: the first tick completes it.
    if (gone) await session.repository(Broadcast).update({ id: broadcast.id }, { walkDone: true });
    await session.enqueue(RUN_QUEUE, [runJobOf(broadcast)]);
    return broadcast;
  }

  async resume(session: ScopedSession, broadcast: Broadcast): Promise<void> {
    await changeBroadcast(session, broadcast, { state: BroadcastState.RUNNING });
    await this.messages.release(session, broadcast.id);
    await session.enqueue(RUN_QUEUE, [runJobOf(broadcast)]);
  }
}
