import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Bot, BotsService, BotTelegram } from '@switchboard/bots';
import { AppConfig, Job, JobQueue, ScopedSession, SecretBox, TenantData, TenantScope, tenantWide } from '@switchboard/common';
import { ReplicaError, ReplicaErrorCode } from '../replica.errors';
import { ActiveIntegrationCache } from './active-integrations.cache';
import { IntegrationState, ReplicaTelegramIntegration } from './replica-telegram-integration.entity';
import { StartFailure, startFailureOf } from './start-failure';

export const START_QUEUE = 'replica-telegram-start';

export interface StartJob {
  tenantId: string;
  integrationId: string;
}

/** A start's outcome: the integration is ACTIVE, still STARTING (retried later), FAILING, or no longer there to start. */
export type StartOutcome = { kind: 'active' } | { kind: 'gone' } | StartFailure;

/**
 * Starting a replica's Telegram bot: check the token with getMe, take the tenant's bot with that
 * Telegram id or register it (the bots module sets its webhook), then mark the integration ACTIVE.
 * The first start runs in the request; a job enqueued with the integration retries it with
 * backoff while Telegram cannot be reached, until it works, fails for good, or the integration
 * is deleted. Each start holds the integration's row, so the request's start, the job's and a
 * delete never overlap.
 */
@Injectable()
export class TelegramIntegrationStarter implements OnApplicationBootstrap {
  private readonly logger = new Logger(TelegramIntegrationStarter.name);
  private readonly box: SecretBox;

  constructor(
    private readonly data: TenantData,
    private readonly queue: JobQueue,
    private readonly bots: BotsService,
    private readonly telegram: BotTelegram,
    private readonly cache: ActiveIntegrationCache,
    config: AppConfig,
  ) {
    this.box = new SecretBox(config.secrets.encryptionKey);
  }

  async onApplicationBootstrap(): Promise<void> {
    // Backoff from 2 s doubling to 5 min: about a month of retries before the job gives up.
    await this.queue.declare(START_QUEUE, { retryLimit: 10_000, retryDelay: 2, retryBackoff: true, retryDelayMax: 300, expireInSeconds: 300, deleteAfterSeconds: 3_600 });
    await this.queue.work<StartJob>(START_QUEUE, { batchSize: 5, pollingIntervalSeconds: 1 }, (jobs) => Promise.all(jobs.map((job) => this.runJob(job))));
  }

  seal(token: string): string {
    return this.box.seal(token);
  }

  tokenOf(integration: ReplicaTelegramIntegration): string {
    return this.box.open(integration.tokenSealed);
  }

  /** The retry job, enqueued in the transaction that creates (or restarts) the integration; it finds nothing to do once the request's start succeeds. */
  async scheduleRetry(session: ScopedSession, integration: ReplicaTelegramIntegration): Promise<void> {
    const job: StartJob = { tenantId: integration.tenantId, integrationId: integration.id };
    await session.enqueue(START_QUEUE, [{ data: job, startAfter: 2 }]);
  }

  /** One start of a STARTING integration, under its row lock. */
  start(tenantId: string, integrationId: string): Promise<StartOutcome> {
    return this.data.transaction(tenantWide(tenantId), async (session) => {
      const integrations = session.repository(ReplicaTelegramIntegration);
      const integration = await integrations.select('integration').where('integration.id = :integrationId', { integrationId }).setLock('pessimistic_write').getOne();
      if (!integration) return { kind: 'gone' };
      if (integration.state !== IntegrationState.STARTING) return integration.state === IntegrationState.ACTIVE ? { kind: 'active' } : { kind: 'gone' };
      const outcome = await this.tryStart(session, integration);
      integration.attempts += 1;
      integration.lastError = outcome.kind === 'retry' ? outcome.reason : outcome.kind === 'failed' ? outcome.error.message : null;
      if (outcome.kind === 'failed') integration.state = IntegrationState.FAILING;
      await integrations.save(integration);
      this.cache.forget(integration.botId);
      return outcome;
    });
  }

  private async tryStart(session: ScopedSession, integration: ReplicaTelegramIntegration): Promise<StartOutcome> {
    try {
      const { bot, registered } = await this.botFor(session, integration);
      Object.assign(integration, { botId: bot.id, ownsBot: registered, state: IntegrationState.ACTIVE });
      return { kind: 'active' };
    } catch (error) {
      const failure = startFailureOf(error);
      if (!failure) throw error;
      return failure;
    }
  }

  /** The tenant's bot for the token, registered (webhook and all) when the tenant has none yet. */
  private async botFor(session: ScopedSession, integration: ReplicaTelegramIntegration): Promise<{ bot: Bot; registered: boolean }> {
    const scope: TenantScope = session.scope;
    const token = this.tokenOf(integration);
    const me = await this.telegram.identify(token);
    const existing = await this.bots.findByTelegramId(scope, String(me.id));
    if (!existing) return { bot: await this.bots.register(scope, { name: me.first_name || me.username, botToken: token }), registered: true };
    if (this.bots.tokenOf(existing) !== token) {
      throw new ReplicaError(ReplicaErrorCode.TELEGRAM_TOKEN_OUTDATED, 'This bot is registered with another token: update the bot’s token first');
    }
    const taken = await session.repository(ReplicaTelegramIntegration).exists({ botId: existing.id });
    if (taken) throw new ReplicaError(ReplicaErrorCode.TELEGRAM_BOT_TAKEN, 'This bot already answers for another replica');
    return { bot: existing, registered: false };
  }

  private async runJob(job: Job<StartJob>): Promise<{ id: string; status: 'completed' | 'failed' }> {
    try {
      const outcome = await this.start(job.data.tenantId, job.data.integrationId);
      // A failed job is retried by the queue, after its backoff.
      return { id: job.id, status: outcome.kind === 'retry' ? 'failed' : 'completed' };
    } catch (error) {
      this.logger.error({ err: error, integrationId: job.data.integrationId }, 'starting a replica’s Telegram bot failed; retrying');
      return { id: job.id, status: 'failed' };
    }
  }
}
