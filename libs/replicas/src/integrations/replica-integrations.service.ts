import { Injectable } from '@nestjs/common';
import { BotDirectory, BotError, BotErrorCode, BotsService } from '@switchboard/bots';
import { TenantData, TenantScope, isUniqueViolation, throughBot } from '@switchboard/common';
import { ReplicaError, ReplicaErrorCode } from '../replica.errors';
import { ReplicasService } from '../replicas.service';
import { ActiveIntegration, ActiveIntegrationCache } from './active-integrations.cache';
import { IntegrationState, ReplicaTelegramIntegration } from './replica-telegram-integration.entity';
import { TelegramIntegrationStarter } from './telegram-integration-starter.service';

export interface IntegrateWithTelegramCommand {
  telegramToken: string;
  mention: string;
}

/** An integration as a request leaves it: ACTIVE (started), or STARTING (Telegram out of reach; retried in the background). */
export interface IntegrationResult {
  integration: ReplicaTelegramIntegration;
  started: boolean;
}

/**
 * A replica's Telegram integration: creating it starts the bot (see TelegramIntegrationStarter),
 * deleting it stops the replica answering there and retires the bot if the integration
 * registered it. The answering side asks `activeOn` which replica answers on a bot.
 */
@Injectable()
export class ReplicaIntegrationsService {
  constructor(
    private readonly data: TenantData,
    private readonly replicas: ReplicasService,
    private readonly bots: BotsService,
    private readonly directory: BotDirectory,
    private readonly starter: TelegramIntegrationStarter,
    private readonly cache: ActiveIntegrationCache,
  ) {}

  /** The replica's integration; null also for a replica the scope cannot see. */
  async find(scope: TenantScope, replicaId: string): Promise<ReplicaTelegramIntegration | null> {
    const replica = await this.replicas.find(scope, replicaId);
    return replica && this.data.for(scope).repository(ReplicaTelegramIntegration).findOne({ replicaId: replica.id });
  }

  /** The replica's integration; a replica the scope cannot see answers as a missing one. */
  async get(scope: TenantScope, replicaId: string): Promise<ReplicaTelegramIntegration> {
    const replica = await this.replicas.get(scope, replicaId);
    const integration = await this.data.for(scope).repository(ReplicaTelegramIntegration).findOne({ replicaId: replica.id });
    if (!integration) throw ReplicaError.integrationNotFound(replicaId);
    return integration;
  }

  /**
   * Creates the integration and starts its bot. The same token again answers the integration
   * there is (a FAILING one is started anew); another token, 409. A start Telegram refuses
   * leaves no integration behind.
   */
  async integrate(scope: TenantScope, replicaId: string, command: IntegrateWithTelegramCommand): Promise<IntegrationResult> {
    const replica = await this.replicas.get(scope, replicaId);
    const existing = await this.find(scope, replica.id);
    if (existing && this.starter.tokenOf(existing) !== command.telegramToken) {
      throw new ReplicaError(ReplicaErrorCode.INTEGRATION_EXISTS, 'This replica already has a Telegram integration with another token: delete it first');
    }
    if (existing?.state === IntegrationState.ACTIVE) return { integration: existing, started: true };
    const integration = await this.prepared(scope, replicaId, command, existing);
    const outcome = await this.starter.start(scope.tenantId, integration.id);
    if (outcome.kind === 'failed') {
      await this.data.for(scope).repository(ReplicaTelegramIntegration).delete({ id: integration.id });
      throw outcome.error;
    }
    return { integration: await this.get(scope, replicaId), started: outcome.kind === 'active' };
  }

  /** Removes the integration (the replica stops answering) and retires the bot when the integration registered it. */
  async remove(scope: TenantScope, replicaId: string): Promise<void> {
    const removed = await this.data.transaction(scope, async (session) => {
      const integrations = session.repository(ReplicaTelegramIntegration);
      const replica = await this.replicas.get(scope, replicaId);
      // Waits for a start in progress, so a bot it registers is seen here and retired.
      const integration = await integrations.select('integration').where('integration.replica_id = :replicaId', { replicaId: replica.id }).setLock('pessimistic_write').getOne();
      if (!integration) throw ReplicaError.integrationNotFound(replicaId);
      await integrations.remove(integration);
      return integration;
    });
    this.cache.forget(removed.botId);
    if (removed.ownsBot && removed.botId) await this.retireBot(scope, removed.botId);
  }

  /** Deletes a replica, its integration first: a bot the integration registered is retired with it, its webhook removed. */
  async deleteReplica(scope: TenantScope, replicaId: string): Promise<void> {
    if (await this.find(scope, replicaId)) await this.remove(scope, replicaId);
    await this.replicas.delete(scope, replicaId);
  }

  /** The ACTIVE integration on a bot, with its replica: asked for every inbound update, so cached briefly. */
  activeOn(botId: string): Promise<ActiveIntegration | null> {
    return this.cache.get(botId, async () => {
      const bot = await this.directory.byId(botId);
      if (!bot) return null;
      const integration = await this.data
        .for(throughBot(bot.tenantId, bot.id))
        .repository(ReplicaTelegramIntegration)
        .select('integration')
        .innerJoinAndSelect('integration.replica', 'replica')
        .where('integration.state = :state', { state: IntegrationState.ACTIVE })
        .getOne();
      if (!integration?.replica || !integration.botId) return null;
      return { id: integration.id, tenantId: integration.tenantId, botId: integration.botId, mention: integration.mention, replica: integration.replica };
    });
  }

  /** A new STARTING integration, or a FAILING one set to start again, with its retry job, in one transaction. */
  private async prepared(scope: TenantScope, replicaId: string, command: IntegrateWithTelegramCommand, existing: ReplicaTelegramIntegration | null): Promise<ReplicaTelegramIntegration> {
    try {
      return await this.data.transaction(scope, async (session) => {
        const integrations = session.repository(ReplicaTelegramIntegration);
        const values = { mention: command.mention, state: IntegrationState.STARTING, lastError: null };
        const integration = existing ? Object.assign(existing, values) : integrations.create({ ...values, replicaId, tokenSealed: this.starter.seal(command.telegramToken) });
        const saved = await integrations.save(integration);
        await this.starter.scheduleRetry(session, saved);
        return saved;
      });
    } catch (error) {
      if (isUniqueViolation(error, 'replica_telegram_integrations_replica')) {
        throw new ReplicaError(ReplicaErrorCode.INTEGRATION_EXISTS, 'This replica already has a Telegram integration');
      }
      throw error;
    }
  }

  private async retireBot(scope: TenantScope, botId: string): Promise<void> {
    await this.bots.remove(scope, botId).catch((error: unknown) => {
      // Already deleted through the bots API: nothing left to retire.
      if (!(error instanceof BotError && error.code === BotErrorCode.BOT_NOT_FOUND)) throw error;
    });
  }
}
