import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { BotDirectory, BotRuntime } from '@switchboard/bots';
import { AppConfig, backgroundWait, BotScope, ClusterEvents, Coalescer, Job, JobQueue, Metrics, SendRate, throughBot } from '@switchboard/common';
import { ConversationLog, IdentitiesService } from '@switchboard/contacts';
import { EventsOut, EventType, OutEvent } from '@switchboard/events-out';
import { classifyTelegramFailure, TelegramClients } from '@switchboard/telegram';
import { statusChangedEvent } from '../message-events';
import { DeliveryStatus, OutboundMessage } from '../outbound-message.entity';
import { MAX_LATENESS_MS, SendPacer, SendSlot } from './send-pacer.service';
import { putOffBehindOlder } from './chat-order';
import { SendWindows } from './send-windows';
import { BROADCAST_SEND_QUEUE, PREVIOUS_SEND_QUEUE, SEND_QUEUE, SendJob, sendJobOf } from './send-queue';
import { partsOf, rateOf, sendRequestOf } from './send-request';

export const MESSAGE_STATUS_CHANGED = 'messageStatusChanged';
const RETRY_BASE_MS = 500;
/**
 * Single messages: a message's way from fetch to its recorded outcome is a handful of batched
 * round trips (a few hundred ms on a busy machine), so the engine's rate is about the messages
 * held in flight over that: 8 × 100 keeps 2,000/s and more in aggregate.
 */
const SEND_LOOPS = 8;
const SEND_BATCH = 100;
const BROADCAST_SEND_LOOPS = 4;
/** Jobs an earlier version queued; the queue is empty once drained, and polled by one loop. */
const PREVIOUS_SEND_BATCH = 50;
/**
 * A paid broadcast goes at 1,000 sends/s: its loops hold enough sends in flight that the bot's
 * slots stay taken while a batch is fetched, counted, reserved and recorded (half a second of
 * database round trips on a busy machine).
 */
const BROADCAST_SEND_BATCH = 100;
/**
 * Sends are paced at this share of the configured rate. The slack is what lets a send leave up to
 * MAX_LATENESS_MS after its slot, and arrive a little later still, with no window of the bot's
 * holding more than its limit (SendPacer).
 */
const PACING_SHARE = 0.97;
/**
 * Fast rates (slots under 10 ms apart: a paid broadcast's 1,000/s) are paced closer to the rate: a
 * millisecond's jitter is a small share of their window, and this instance's window stops a burst.
 */
const FAST_PACING_SHARE = 0.975;
const FAST_RATE_INTERVAL_MS = 10;
/**
 * Outcomes (and what follows them: the conversation's record) wait this long for others to be
 * written with: a paid broadcast's sends finish a millisecond apart, and written one by one they
 * were most of the database's statements.
 */
const OUTCOME_LINGER_MS = 20;
/**
 * A broadcast's message is checked this long before its slot for a pause or cancel meanwhile: the
 * checks of sends due close together are read by one query, answered well before the slot even
 * on a busy database (an answer after it would make the send late, and cost it the slot).
 */
const WITHDRAWAL_CHECK_LEAD_MS = 250;
const WITHDRAWAL_CHECK_LINGER_MS = 20;

/** The spacing of a bot's send slots at `rate`: a share of its exact interval, closer for fast rates. */
function pacedIntervalMs(rate: SendRate): number {
  const exactMs = rate.perMs / rate.count;
  return exactMs / (exactMs / PACING_SHARE < FAST_RATE_INTERVAL_MS ? FAST_PACING_SHARE : PACING_SHARE);
}

/**
 * How late after its slot a send at this spacing may leave (SendPacer's MAX_LATENESS_MS). Fast
 * rates (a paid broadcast) are not held to it: at a slot a millisecond, an event loop busy for
 * tens of milliseconds now and then (measured: 1 send in 10 at 1,000/s on 2 cores) would cost a
 * tenth of the rate. They are paced by their shared slots and held by this instance's window.
 */
function maxLatenessOf(intervalMs: number): number {
  return intervalMs < FAST_RATE_INTERVAL_MS ? Infinity : MAX_LATENESS_MS;
}

/** A message's own bot and tenant: what its send may change. */
function botScopeOf(message: OutboundMessage): BotScope {
  return throughBot(message.tenantId, message.botId);
}

/** One Telegram call of a message: a text split beyond 4,096 characters has several. */
interface Part {
  text: string;
  last: boolean;
  first: boolean;
}

interface Failure {
  code: number | null;
  description: string;
}

class SendFailed extends Error {
  constructor(readonly failure: Failure) {
    super(failure.description);
  }
}

/** A broadcast's message held or cancelled while its send waited for a slot: it is not sent, and its status stays. */
class SendWithdrawn extends Error {}

/**
 * Sends queued messages: paced to the bot's rate and the chat's limit (shared through
 * PostgreSQL by every instance), within the daily limit, pausing the bot on 429, retrying 5xx,
 * network errors and timeouts with backoff, following a group's migration, and recording the
 * outcome (Telegram's message ids, or its error) on the message.
 */
@Injectable()
export class DeliveryWorker implements OnApplicationBootstrap {
  private readonly logger = new Logger(DeliveryWorker.name);
  private readonly windows = new SendWindows();
  private readonly outcomes = new Coalescer<OutboundMessage, void>((messages) => this.writeOutcomes(messages), { lingerMs: OUTCOME_LINGER_MS });
  private readonly stillQueued = new Coalescer<string, boolean>((ids) => this.queuedOf(ids), { lingerMs: WITHDRAWAL_CHECK_LINGER_MS });

  constructor(
    @InjectRepository(OutboundMessage) private readonly messages: Repository<OutboundMessage>,
    private readonly queue: JobQueue,
    private readonly directory: BotDirectory,
    private readonly clients: TelegramClients,
    private readonly pacer: SendPacer,
    private readonly identities: IdentitiesService,
    private readonly conversations: ConversationLog,
    private readonly events: ClusterEvents,
    private readonly eventsOut: EventsOut,
    private readonly config: AppConfig,
    private readonly metrics: Metrics,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const recovery = {
      // Retries happen inside a job, where the pacing is known; the queue only recovers jobs whose
      // worker died (its heartbeat stopped) or shut down mid-send (handed back), a few times over.
      retryLimit: 5,
      // Bounds a send whose handler hangs; a dead worker is noticed by its heartbeat far sooner.
      expireInSeconds: 900,
      deleteAfterSeconds: 3_600,
      // No NOTIFY per message: PostgreSQL serializes notifying commits. Workers poll every half second.
      notify: false,
    };
    await this.queue.declare(SEND_QUEUE, { policy: 'stately', ...recovery });
    await this.queue.declare(PREVIOUS_SEND_QUEUE, { policy: 'key_strict_fifo', ...recovery });
    // A broadcast's jobs are added a few hundred per transaction, so one NOTIFY each wakes the
    // workers at once: a launch's first sends go without waiting for the next poll.
    await this.queue.declare(BROADCAST_SEND_QUEUE, { policy: 'stately', ...recovery, notify: true });
    // Several independent loops per queue, so a batch still waiting for its slowest send never leaves the bot's slots unused.
    const loops: Array<[string, number, number]> = [
      [SEND_QUEUE, SEND_LOOPS, SEND_BATCH],
      [BROADCAST_SEND_QUEUE, BROADCAST_SEND_LOOPS, BROADCAST_SEND_BATCH],
      [PREVIOUS_SEND_QUEUE, 1, PREVIOUS_SEND_BATCH],
    ];
    for (const [queue, count, batchSize] of loops) {
      for (let loop = 0; loop < count; loop++) {
        // Polling goes on as often with NOTIFY: jobs retried after a crash announce themselves to nobody.
        const polling = { pollingIntervalSeconds: 0.5, notifyPollingIntervalSeconds: 0.5 };
        await this.queue.workAll<SendJob>(queue, { batchSize, ...polling }, (jobs) => this.processBatch(jobs));
      }
    }
  }

  /** Sends a batch's messages; every job is done once its message is settled (or found not to be QUEUED). */
  async processBatch(jobs: Job<SendJob>[]): Promise<void> {
    const messages = await this.messages.find({ where: { id: In(jobs.map((job) => job.data.messageId)) } });
    const byId = new Map(messages.map((message) => [message.id, message]));
    const putOff = await putOffBehindOlder(this.messages, messages.filter((message) => message.status === DeliveryStatus.QUEUED));
    // Its new job exists before this one completes: a crash in between leaves the message a job.
    await this.queue.insert(SEND_QUEUE, [...putOff].map(([id, startAfter]) => sendJobOf({ id }, startAfter)));
    await Promise.all(
      jobs.map(async (job) => {
        const message = byId.get(job.data.messageId);
        if (message?.status !== DeliveryStatus.QUEUED || putOff.has(message.id)) return;
        // Every job is completed here, so a retried one was claimed by a worker that stopped before
        // recording the outcome: its send may already have gone out, and goes again. A broadcast's
        // message counts its attempt when it passes the withdrawal check, just before its slot: one
        // that never got that far cannot have been sent.
        if (job.retryCount > 0 && (!message.broadcastId || message.attempts > 0)) message.inFlightAtCrash = true;
        await this.process(message);
      }),
    );
  }

  private async process(message: OutboundMessage): Promise<void> {
    try {
      const bot = await this.directory.byId(message.botId);
      if (!bot) throw new SendFailed({ code: null, description: 'the bot was deleted before this message was sent' });
      const intervalMs = pacedIntervalMs(rateOf(message, bot.sendRate, this.config.telegram.rateLimit));
      // The day's count and the first slot are asked for together, a round trip each: a slot that a
      // message past the limit leaves unused is a gap of one interval.
      const [allowed, firstSlot] = await Promise.all([
        this.pacer.countToday(bot.id, bot.dailyLimit),
        this.pacer.reserve(bot.id, intervalMs, message.chatId),
      ]);
      if (!allowed) {
        // A broadcast waits for the next day instead (its runner pauses it); a single message fails.
        if (message.broadcastId) return await this.settle(message, { status: DeliveryStatus.HELD });
        throw new SendFailed({ code: null, description: `daily limit of ${bot.dailyLimit} messages reached for today (UTC)` });
      }
      const ids: string[] = [];
      const parts = partsOf(message);
      for (const [index, part] of parts.entries()) {
        ids.push(await this.sendPart(bot, message, { text: part, last: index === parts.length - 1, first: index === 0 }, index === 0 ? firstSlot : null));
      }
      // The outcome and the conversation's record are written by different batches: neither waits for the other.
      const sent = { status: DeliveryStatus.SENT, telegramMessageIds: ids, sentAt: new Date(), errorCode: null, errorDescription: null };
      const chat = { ...botScopeOf(message), chatId: message.chatId };
      await Promise.all([this.settle(message, sent), this.conversations.recordOutbound(chat, message.text, ids.at(-1) ?? null)]);
    } catch (error) {
      if (error instanceof SendWithdrawn) return;
      if (!(error instanceof SendFailed)) this.logger.error({ err: error, messageId: message.id }, 'sending failed unexpectedly');
      const failure = error instanceof SendFailed ? error.failure : { code: null, description: 'internal error while sending' };
      await this.settle(message, { status: DeliveryStatus.FAILED, errorCode: failure.code, errorDescription: failure.description });
    }
  }

  /**
   * One send (a message, or a photo), as many tries as the rules allow; answers Telegram's
   * message_id. `reserved` is the slot of its first try when already taken.
   */
  private async sendPart(bot: BotRuntime, message: OutboundMessage, { text, last, first }: Part, reserved: SendSlot | null): Promise<string> {
    const rate = rateOf(message, bot.sendRate, this.config.telegram.rateLimit);
    const intervalMs = pacedIntervalMs(rate);
    // A slot may be seconds away at a slow rate: a pause or cancel of the broadcast meanwhile
    // must stop this send (a resume queues the message anew). A message is never cut short.
    const beforeSlot = first && message.broadcastId ? (at: Date) => this.checkNotWithdrawn(message, at) : async () => undefined;
    let transientFailures = 0;
    for (let slot = reserved; ; slot = null) {
      slot ??= await this.pacer.reserve(bot.id, intervalMs, message.chatId);
      const answered = await this.departAt(bot.id, { rate, intervalMs }, message.chatId, slot, beforeSlot);
      message.attempts += 1;
      try {
        const sent = await this.clients.send(bot.token, sendRequestOf(message, text, last)).finally(answered);
        return String(sent.message_id);
      } catch (error) {
        const failure = classifyTelegramFailure(error);
        const code = (error as { code?: unknown }).code;
        const telegramCode = typeof code === 'number' ? code : null;
        switch (failure.kind) {
          case 'rate-limited':
            this.metrics.rateLimited(bot.id, failure.retryAfterMs);
            await this.pacer.pause(bot.id, failure.retryAfterMs);
            continue;
          case 'chat-migrated':
            await this.identities.migrate(botScopeOf(message), Number(message.chatId), failure.newChatId);
            message.chatId = String(failure.newChatId);
            await this.messages.update({ id: message.id }, { chatId: message.chatId });
            continue;
          case 'transient':
            if (++transientFailures > this.config.telegram.maxRetries) throw new SendFailed({ code: telegramCode, description: failure.description });
            await backgroundWait(RETRY_BASE_MS * 2 ** (transientFailures - 1));
            continue;
          case 'blocked':
            await this.identities.blockedBySend(botScopeOf(message), message.chatId);
            throw new SendFailed({ code: telegramCode, description: failure.description });
          case 'chat-not-found':
          case 'unauthorized':
          case 'rejected':
            throw new SendFailed({ code: telegramCode, description: failure.description });
        }
      }
    }
  }

  /**
   * Waits for `slot` and leaves within MAX_LATENESS_MS of it, which keeps every window of the
   * bot's and the chat's within their limits whichever instances sent (see SendPacer). A send held
   * up past that (a busy event loop, this instance's own window) takes a new slot instead, and a
   * send whose slot was only its chat's asks for a bot slot when it comes. Answers the callback
   * to call when Telegram has answered.
   */
  private async departAt(
    botId: string,
    pace: { rate: SendRate; intervalMs: number },
    chatId: string,
    slot: SendSlot,
    beforeSlot: (at: Date) => Promise<void>,
  ): Promise<() => void> {
    for (;;) {
      await beforeSlot(slot.at);
      await backgroundWait(Math.max(0, slot.at.getTime() - Date.now()));
      if (slot.botSlot) {
        const answered = await this.windows.depart(botId, pace.rate, chatId, slot.at.getTime() + maxLatenessOf(pace.intervalMs));
        if (answered) return answered;
        this.metrics.missedSlots.inc();
      }
      slot = await this.pacer.reserve(botId, pace.intervalMs, chatId, true);
    }
  }

  /** A broadcast's message, just before its slot: stops the send when the broadcast was paused or cancelled meanwhile. */
  private async checkNotWithdrawn(message: OutboundMessage, slot: Date): Promise<void> {
    await backgroundWait(Math.max(0, slot.getTime() - WITHDRAWAL_CHECK_LEAD_MS - Date.now()));
    if (!(await this.stillQueued.submit(message.id))) throw new SendWithdrawn();
  }

  private async settle(message: OutboundMessage, change: Partial<OutboundMessage>): Promise<void> {
    Object.assign(message, change);
    await this.outcomes.submit(message);
    this.countOutcome(message);
    const { text: _text, replyMarkup: _markup, telegramMarkup: _sent, ...status } = message;
    this.events.publish(MESSAGE_STATUS_CHANGED, status);
  }

  private countOutcome(message: OutboundMessage): void {
    const outcome = message.status.toLowerCase();
    this.metrics.sends.inc({ bot_id: message.botId, status: outcome });
    if (message.broadcastId) this.metrics.broadcastDeliveries.inc({ outcome });
  }

  /**
   * Whether each message is still QUEUED, read together for sends due together; those that are
   * count the attempt about to be made, so a crash from here on leaves them marked as maybe sent.
   */
  private async queuedOf(ids: string[]): Promise<boolean[]> {
    const [queued]: [Array<{ id: string }>, number] = await this.messages.query(
      `UPDATE outbound_messages SET attempts = attempts + 1 WHERE id = ANY($1::bigint[]) AND status = $2 RETURNING id::text AS id`,
      [ids, DeliveryStatus.QUEUED],
    );
    const stillQueued = new Set(queued.map((message) => message.id));
    return ids.map((id) => stillQueued.has(id));
  }

  /**
   * Outcomes settled together are written by one UPDATE; for tenants whose endpoints take
   * message.status_changed, in one transaction with the events' delivery jobs.
   */
  private async writeOutcomes(messages: OutboundMessage[]): Promise<void[]> {
    const events = await this.statusEventsOf(messages);
    if (events.length === 0) await this.messages.query(WRITE_OUTCOMES, outcomeParams(messages));
    else {
      const jobs = await this.eventsOut.jobsFor(events);
      await this.messages.manager.transaction(async (manager) => {
        await manager.query(WRITE_OUTCOMES, outcomeParams(messages));
        await this.queue.insertWithin(manager.queryRunner!, this.eventsOut.queue, jobs);
      });
    }
    return messages.map(() => undefined);
  }

  private async statusEventsOf(messages: OutboundMessage[]): Promise<OutEvent[]> {
    const tenants = [...new Set(messages.map((message) => message.tenantId))];
    const wanted = await Promise.all(tenants.map((tenantId) => this.eventsOut.wants(tenantId, EventType.MESSAGE_STATUS_CHANGED)));
    const taking = new Set(tenants.filter((_, index) => wanted[index]));
    return messages
      .filter((message) => taking.has(message.tenantId))
      .map(statusChangedEvent)
      .filter((event): event is OutEvent => event !== null);
  }
}

const WRITE_OUTCOMES = `
  UPDATE outbound_messages AS message
  SET status = outcome.status, telegram_message_ids = string_to_array(outcome.telegram_message_ids, ',')::bigint[],
      sent_at = outcome.sent_at, error_code = outcome.error_code, error_description = outcome.error_description, attempts = outcome.attempts,
      in_flight_at_crash = outcome.in_flight_at_crash
  FROM unnest($1::bigint[], $2::varchar[], $3::text[], $4::timestamptz[], $5::int[], $6::text[], $7::int[], $8::boolean[])
    AS outcome(id, status, telegram_message_ids, sent_at, error_code, error_description, attempts, in_flight_at_crash)
  WHERE message.id = outcome.id`;

function outcomeParams(messages: OutboundMessage[]): unknown[] {
  return [
    messages.map((message) => message.id),
    messages.map((message) => message.status),
    messages.map((message) => message.telegramMessageIds.join(',')),
    messages.map((message) => message.sentAt),
    messages.map((message) => message.errorCode),
    messages.map((message) => message.errorDescription),
    messages.map((message) => message.attempts),
    messages.map((message) => message.inFlightAtCrash),
  ];
}
