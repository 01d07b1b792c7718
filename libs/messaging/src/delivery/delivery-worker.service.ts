import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { setTimeout as sleep } from 'node:timers/promises';
import { Repository } from 'typeorm';
import { BotDirectory, BotRuntime } from '@switchboard/bots';
import { AppConfig, ClusterEvents, Job, JobQueue, parseSendRate } from '@switchboard/common';
import { ConversationLog, IdentitiesService } from '@switchboard/contacts';
import { classifyTelegramFailure, TelegramClients } from '@switchboard/telegram';
import { DeliveryStatus, OutboundMessage } from '../outbound-message.entity';
import { SendPacer } from './send-pacer.service';
import { SEND_QUEUE, SendJob } from './send-queue';
import { splitText } from './split-text';

export const MESSAGE_STATUS_CHANGED = 'messageStatusChanged';
const RETRY_BASE_MS = 500;

interface Failure {
  code: number | null;
  description: string;
}

class SendFailed extends Error {
  constructor(readonly failure: Failure) {
    super(failure.description);
  }
}

/**
 * Sends queued messages: paced to the bot's rate and the chat's limit (shared through
 * PostgreSQL by every instance), within the daily limit, pausing the bot on 429, retrying 5xx,
 * network errors and timeouts with backoff, following a group's migration, and recording the
 * outcome (Telegram's message ids, or its error) on the message.
 */
@Injectable()
export class DeliveryWorker implements OnApplicationBootstrap {
  private readonly logger = new Logger(DeliveryWorker.name);

  constructor(
    @InjectRepository(OutboundMessage) private readonly messages: Repository<OutboundMessage>,
    private readonly queue: JobQueue,
    private readonly directory: BotDirectory,
    private readonly clients: TelegramClients,
    private readonly pacer: SendPacer,
    private readonly identities: IdentitiesService,
    private readonly conversations: ConversationLog,
    private readonly events: ClusterEvents,
    private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.declare(SEND_QUEUE, {
      policy: 'key_strict_fifo',
      // Retries happen inside a job, where the pacing is known; the queue only recovers crashed workers.
      retryLimit: 1,
      expireInSeconds: 900,
      deleteAfterSeconds: 3_600,
      notify: true,
    });
    await this.queue.work<SendJob>(SEND_QUEUE, { batchSize: 100, pollingIntervalSeconds: 0.5, notifyPollingIntervalSeconds: 0.5 }, (jobs) =>
      Promise.all(jobs.map(async (job) => ({ id: job.id, status: await this.process(job) }))),
    );
  }

  async process(job: Job<SendJob>): Promise<'completed'> {
    const message = await this.messages.findOne({ where: { id: job.data.messageId } });
    if (!message || message.status !== DeliveryStatus.QUEUED) return 'completed';
    try {
      const bot = await this.directory.byId(message.botId);
      if (!bot) throw new SendFailed({ code: null, description: 'the bot was deleted before this message was sent' });
      if (!(await this.pacer.countToday(bot.id, bot.dailyLimit))) {
        throw new SendFailed({ code: null, description: `daily limit of ${bot.dailyLimit} messages reached for today (UTC)` });
      }
      const ids: string[] = [];
      const parts = splitText(message.text);
      for (const [index, part] of parts.entries()) {
        ids.push(await this.sendPart(bot, message, part, index === parts.length - 1));
      }
      await this.settle(message, { status: DeliveryStatus.SENT, telegramMessageIds: ids, sentAt: new Date(), errorCode: null, errorDescription: null });
      await this.logOutbound(message, ids.at(-1) ?? null);
    } catch (error) {
      if (!(error instanceof SendFailed)) this.logger.error({ err: error, messageId: message.id }, 'sending failed unexpectedly');
      const failure = error instanceof SendFailed ? error.failure : { code: null, description: 'internal error while sending' };
      await this.settle(message, { status: DeliveryStatus.FAILED, errorCode: failure.code, errorDescription: failure.description });
    }
    return 'completed';
  }

  /** One sendMessage, as many tries as the rules allow; answers Telegram's message_id. */
  private async sendPart(bot: BotRuntime, message: OutboundMessage, text: string, last: boolean): Promise<string> {
    const rate = (bot.sendRate && parseSendRate(bot.sendRate)) || this.config.telegram.rateLimit;
    const intervalMs = rate.perMs / rate.count;
    let transientFailures = 0;
    for (;;) {
      const slot = await this.pacer.reserve(bot.id, intervalMs, message.chatId);
      await sleep(Math.max(0, slot.getTime() - Date.now()));
      message.attempts += 1;
      try {
        const sent = await this.clients.call(bot.token, 'sendMessage', {
          chat_id: message.chatId,
          text,
          ...(message.parseMode ? { parse_mode: message.parseMode as 'HTML' } : {}),
          ...(last && message.telegramMarkup ? { reply_markup: message.telegramMarkup as never } : {}),
        });
        return String(sent.message_id);
      } catch (error) {
        const failure = classifyTelegramFailure(error);
        const code = (error as { code?: unknown }).code;
        const telegramCode = typeof code === 'number' ? code : null;
        switch (failure.kind) {
          case 'rate-limited':
            await this.pacer.pause(bot.id, failure.retryAfterMs);
            continue;
          case 'chat-migrated':
            await this.identities.migrate(bot.id, Number(message.chatId), failure.newChatId);
            message.chatId = String(failure.newChatId);
            await this.messages.update({ id: message.id }, { chatId: message.chatId });
            continue;
          case 'transient':
            if (++transientFailures > this.config.telegram.maxRetries) throw new SendFailed({ code: telegramCode, description: failure.description });
            await sleep(RETRY_BASE_MS * 2 ** (transientFailures - 1));
            continue;
          case 'blocked':
            await this.identities.blockedBySend(bot.id, message.chatId);
            throw new SendFailed({ code: telegramCode, description: failure.description });
          case 'chat-not-found':
          case 'unauthorized':
          case 'rejected':
            throw new SendFailed({ code: telegramCode, description: failure.description });
        }
      }
    }
  }

  private async settle(message: OutboundMessage, change: Partial<OutboundMessage>): Promise<void> {
    Object.assign(message, change);
    await this.messages.update(
      { id: message.id },
      {
        status: message.status,
        telegramMessageIds: message.telegramMessageIds,
        sentAt: message.sentAt,
        errorCode: message.errorCode,
        errorDescription: message.errorDescription,
        attempts: message.attempts,
      },
    );
    const { text: _text, replyMarkup: _markup, telegramMarkup: _sent, ...status } = message;
    await this.events.publish((sql, params) => this.messages.query(sql, params), MESSAGE_STATUS_CHANGED, status);
  }

  private async logOutbound(message: OutboundMessage, telegramMessageId: string | null): Promise<void> {
    const identity = await this.identities.find(message.botId, message.chatId);
    if (identity) await this.conversations.recordOutbound(identity, message.text, telegramMessageId);
  }
}
