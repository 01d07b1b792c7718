import { Injectable } from '@nestjs/common';
import { BotsService } from '@switchboard/bots';
import { Page, PageArgs, TenantData, TenantScope, isUuid, paginate } from '@switchboard/common';
import { SegmentsService } from '@switchboard/contacts';
import { BroadcastMessages, JobsService } from '@switchboard/messaging';
import { BroadcastAudience, normalizedAudience } from './audience';
import { checkContent } from './broadcast-content';
import { BroadcastDelivery, RecipientState } from './broadcast-delivery.entity';
import { BroadcastRunner, WAKE_QUEUE } from './broadcast-runner.service';
import { BroadcastJob } from './broadcast-scope';
import { BroadcastState, FROM } from './broadcast-state';
import { changeBroadcast, lockedForChange } from './broadcast-transitions';
import { Broadcast } from './broadcast.entity';
import { BroadcastError, BroadcastErrorCode } from './broadcast.errors';
import { BroadcastFilterArgs, CreateBroadcastInput, UpdateBroadcastInput } from './dto/broadcast.input';

/** The launch itself queues only a first few: the rest follow within the next ticks. */
const FIRST_FEED = 100;
/** A launch a little in the past (a clock apart, a slow request) starts now rather than failing. */
const SCHEDULE_GRACE_MS = 60_000;

/** Broadcasts as their admins drive them: drafted, launched now or later, paused, resumed, cancelled. */
@Injectable()
export class BroadcastsService {
  constructor(
    private readonly data: TenantData,
    private readonly bots: BotsService,
    private readonly segments: SegmentsService,
    private readonly jobs: JobsService,
    private readonly runner: BroadcastRunner,
    private readonly messages: BroadcastMessages,
  ) {}

  async create(scope: TenantScope, input: CreateBroadcastInput): Promise<Broadcast> {
    const bot = await this.bots.get(scope, input.botId);
    const content = { text: input.text, parseMode: input.parseMode ?? null, photo: input.photo ?? null, replyMarkup: input.replyMarkup ?? null };
    checkContent(content);
    const { audience, duplicates } = await this.checkedAudience(scope, input.audience);
    const broadcasts = this.data.for(scope).repository(Broadcast);
    return broadcasts.save(
      broadcasts.create({ botId: bot.id, name: input.name.trim(), state: BroadcastState.DRAFT, ...content, audience, duplicates, scopedToBot: Boolean(scope.botId) }),
    );
  }

  async update(scope: TenantScope, id: string, input: UpdateBroadcastInput): Promise<Broadcast> {
    const broadcast = await this.get(scope, id);
    if (!FROM.edit.includes(broadcast.state)) throw new BroadcastError(BroadcastErrorCode.INVALID_STATE, `A ${broadcast.state} broadcast cannot be changed`);
    if (input.name) broadcast.name = input.name.trim();
    if (input.text) broadcast.text = input.text;
    if (input.parseMode !== undefined) broadcast.parseMode = input.parseMode;
    if (input.photo !== undefined) broadcast.photo = input.photo;
    if (input.replyMarkup !== undefined) broadcast.replyMarkup = input.replyMarkup;
    checkContent(broadcast);
    if (input.audience) Object.assign(broadcast, await this.checkedAudience(scope, input.audience));
    return this.data.transaction(scope, async (session) => {
      // Unchanged if it started meanwhile.
      await lockedForChange(session, id, FROM.edit, 'be changed');
      const { name, text, parseMode, photo, replyMarkup, audience, duplicates } = broadcast;
      await session.repository(Broadcast).update({ id }, { name, text, parseMode, photo, replyMarkup: replyMarkup as never, audience: audience as never, duplicates });
      return broadcast;
    });
  }

  list(scope: TenantScope, filter: BroadcastFilterArgs, page: PageArgs): Promise<Page<Broadcast>> {
    const query = this.data.for(scope).repository(Broadcast).select('broadcast');
    if (filter.state) query.andWhere('broadcast.state = :state', { state: filter.state });
    if (filter.botId) query.andWhere('broadcast.bot_id = :botId', { botId: filter.botId });
    return paginate(query, page);
  }

  find(scope: TenantScope, id: string): Promise<Broadcast | null> {
    if (!isUuid(id)) return Promise.resolve(null);
    return this.data.for(scope).repository(Broadcast).findOne({ id });
  }

  async get(scope: TenantScope, id: string): Promise<Broadcast> {
    const broadcast = await this.find(scope, id);
    if (!broadcast) throw BroadcastError.notFound(id);
    return broadcast;
  }

  /** Starts now (the first recipients are queued before it answers), or at `scheduledAt`. */
  async launch(scope: TenantScope, id: string, scheduledAt?: Date): Promise<Broadcast> {
    if (scheduledAt && scheduledAt.getTime() < Date.now() - SCHEDULE_GRACE_MS) {
      throw new BroadcastError(BroadcastErrorCode.SCHEDULE_IN_PAST, 'scheduledAt is in the past: omit it to start now');
    }
    const later = scheduledAt && scheduledAt.getTime() > Date.now() ? scheduledAt : null;
    const broadcast = await this.data.transaction(scope, async (session) => {
      const locked = await lockedForChange(session, id, FROM.launch, 'be launched');
      if (!later) return this.runner.begin(session, locked);
      await changeBroadcast(session, locked, { state: BroadcastState.SCHEDULED, scheduledAt: later });
      await session.enqueue(WAKE_QUEUE, [{ data: { tenantId: locked.tenantId, broadcastId: locked.id } satisfies BroadcastJob, startAfter: later }]);
      return locked;
    });
    if (!later) await this.runner.tick({ tenantId: broadcast.tenantId, broadcastId: broadcast.id }, FIRST_FEED);
    return this.get(scope, id);
  }

  pause(scope: TenantScope, id: string): Promise<Broadcast> {
    return this.data.transaction(scope, async (session) => {
      const broadcast = await lockedForChange(session, id, FROM.pause, 'be paused');
      await changeBroadcast(session, broadcast, { state: BroadcastState.PAUSED });
      await this.messages.hold(session, broadcast.id);
      return broadcast;
    });
  }

  resume(scope: TenantScope, id: string): Promise<Broadcast> {
    return this.data.transaction(scope, async (session) => {
      const broadcast = await lockedForChange(session, id, FROM.resume, 'be resumed');
      await this.runner.resume(session, broadcast);
      return broadcast;
    });
  }

  /** Nobody not yet sent to will be; what was sent stays recorded. */
  cancel(scope: TenantScope, id: string): Promise<Broadcast> {
    return this.data.transaction(scope, async (session) => {
      const broadcast = await lockedForChange(session, id, FROM.cancel, 'be cancelled');
      await changeBroadcast(session, broadcast, { state: BroadcastState.CANCELLED, finishedAt: new Date() });
      await session.repository(BroadcastDelivery).update({ broadcastId: id, state: RecipientState.PENDING }, { state: RecipientState.CANCELLED });
      await this.messages.cancel(session, broadcast.id);
      return broadcast;
    });
  }

  private async checkedAudience(scope: TenantScope, input: BroadcastAudience): Promise<{ audience: BroadcastAudience; duplicates: number }> {
    const normalized = normalizedAudience(input);
    if (normalized.audience.segmentId) await this.segments.get(scope, normalized.audience.segmentId);
    if (normalized.audience.jobId) await this.jobs.get(scope, normalized.audience.jobId);
    return normalized;
  }
}
