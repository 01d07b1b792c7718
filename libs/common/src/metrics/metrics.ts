import { Injectable } from '@nestjs/common';
import { Counter, Histogram, Registry } from 'prom-client';
import { processMetrics } from './process-metrics';
import { ScrapedGauge } from './scraped-gauge';

const SECONDS_FAST = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];
const SECONDS_LAG = [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 900];
const SECONDS_RETRY_AFTER = [1, 2, 5, 10, 30, 60, 300, 900, 3_600];
const SECONDS_ANSWER = [0.25, 0.5, 1, 2, 5, 10, 20, 30, 45, 60];

/**
 * Every series Switchboard exposes at /metrics, on a registry of its own rather than
 * prom-client's global one, so apps built in one process (the tests) keep theirs apart. Modules
 * increment these directly: an increment is a map lookup, cheap enough for the webhook's hot
 * path, and never waits on anything. Labels stay bounded: a bot id at most (bots are
 * registered), never a tenant's contact or chat.
 */
@Injectable()
export class Metrics {
  readonly registry = new Registry();

  // Updates in (libs/updates).
  readonly updatesReceived = new Counter({
    name: 'switchboard_updates_received_total',
    help: 'Telegram updates taken in (by webhook, or getUpdates in polling mode) and stored for processing, malformed ones included',
    labelNames: ['bot_id'] as const,
    registers: [this.registry],
  });
  readonly updatesDuplicated = new Counter({
    name: 'switchboard_updates_duplicated_total',
    help: 'Telegram updates received again (an update_id already stored for the bot): acknowledged, not processed again',
    labelNames: ['bot_id'] as const,
    registers: [this.registry],
  });
  readonly webhookRejected = new Counter({
    name: 'switchboard_webhook_rejected_total',
    help: "Webhook requests refused, by the error code answered (WRONG_WEBHOOK_SECRET, UNKNOWN_WEBHOOK, NOT_AN_UPDATE, DATABASE_UNAVAILABLE, …)",
    labelNames: ['reason'] as const,
    registers: [this.registry],
  });
  readonly webhookIntakeSeconds = new Histogram({
    name: 'switchboard_webhook_intake_seconds',
    help: 'From a webhook request reaching the app to its update being stored and acknowledged',
    buckets: SECONDS_FAST,
    registers: [this.registry],
  });
  readonly updateProcessingLagSeconds = new Histogram({
    name: 'switchboard_update_processing_lag_seconds',
    help: 'From an update being stored (and acknowledged) to its processing being recorded',
    buckets: SECONDS_LAG,
    registers: [this.registry],
  });

  // Sends (libs/messaging).
  readonly sends = new Counter({
    name: 'switchboard_sends_total',
    help: 'Outbound messages settled by the delivery engine, by outcome (sent, failed, held at the daily limit) and bot',
    labelNames: ['bot_id', 'status'] as const,
    registers: [this.registry],
  });
  readonly telegramRateLimited = new Counter({
    name: 'switchboard_telegram_rate_limited_total',
    help: 'Sends Telegram answered 429 Too Many Requests, by bot (the bot pauses for retry_after)',
    labelNames: ['bot_id'] as const,
    registers: [this.registry],
  });
  readonly missedSlots = new Counter({
    name: 'switchboard_send_slots_missed_total',
    help: 'Sends that could not leave within 15 ms of their slot (a busy event loop) and took a new one, so no window of a bot or chat holds more than its limit',
    registers: [this.registry],
  });
  readonly telegramRetryAfterSeconds = new Histogram({
    name: 'switchboard_telegram_retry_after_seconds',
    help: "retry_after of Telegram's 429 answers to sends: how long the bot was paused",
    buckets: SECONDS_RETRY_AFTER,
    registers: [this.registry],
  });

  // Broadcasts (libs/broadcasts).
  readonly broadcastDeliveries = new Counter({
    name: 'switchboard_broadcast_deliveries_total',
    help: "Broadcast messages settled by the delivery engine, by outcome (sent, failed, held at the daily limit)",
    labelNames: ['outcome'] as const,
    registers: [this.registry],
  });
  readonly broadcastsRunning = new ScrapedGauge(this.registry, {
    name: 'switchboard_broadcasts_running',
    help: 'Broadcasts RUNNING now, across every instance',
  });

  // Replicas (libs/replicas).
  readonly replicaAnswerSeconds = new Histogram({
    name: 'switchboard_replica_answer_seconds',
    help: "How long a replica's answerer took to answer a Telegram chat, by outcome (answered, or fallback when it failed or timed out)",
    labelNames: ['outcome'] as const,
    buckets: SECONDS_ANSWER,
    registers: [this.registry],
  });
  readonly replicaFallbacks = new Counter({
    name: 'switchboard_replica_fallbacks_total',
    help: 'Telegram chats given the fallback message instead of an answer, by reason (timeout, http-error, unreachable, empty, malformed, error)',
    labelNames: ['reason'] as const,
    registers: [this.registry],
  });

  // Events out to tenants' endpoints.
  readonly eventDeliveries = new Counter({
    name: 'switchboard_event_deliveries_total',
    help: "Attempts to deliver a signed event to a tenant's endpoint, by outcome: delivered (a 2xx in time), failed (any other answer, or none; retried), refused (an address the platform does not post to)",
    labelNames: ['outcome'] as const,
    registers: [this.registry],
  });

  // The job queue (libs/common/src/queue).
  readonly queueJobs = new ScrapedGauge(this.registry, {
    name: 'switchboard_queue_jobs',
    help: "Jobs of each queue by state: ready (runnable now), deferred (waiting for their time or a retry's delay), active (held by a worker), as pg-boss last counted them",
    labelNames: ['queue', 'state'] as const,
  });

  /** A 429 answered to a send: the bot pauses for `retryAfterMs`. */
  rateLimited(botId: string, retryAfterMs: number): void {
    this.telegramRateLimited.inc({ bot_id: botId });
    this.telegramRetryAfterSeconds.observe(retryAfterMs / 1_000);
  }

  /** The page Prometheus reads: these series and the process's own (CPU, memory, event loop, GC). */
  render(): Promise<string> {
    return Registry.merge([processMetrics(), this.registry]).metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }
}
