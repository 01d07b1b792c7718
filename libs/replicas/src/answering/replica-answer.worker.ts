import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { BotDirectory, BotRuntime } from '@switchboard/bots';
import { AppConfig, Job, JobQueue, Metrics, TenantData, throughBot } from '@switchboard/common';
import { ConversationLog, IdentitiesService, TelegramIdentity } from '@switchboard/contacts';
import { EventsOut } from '@switchboard/events-out';
import { DeliveryService } from '@switchboard/messaging';
import { TelegramClients } from '@switchboard/telegram';
import { ActiveIntegration } from '../integrations/active-integrations.cache';
import { ReplicaIntegrationsService } from '../integrations/replica-integrations.service';
import { AnswerError, fallbackReasonOf } from './answer-error';
import { ANSWER_QUEUE, AnswerJob } from './answer-queue';
import { Answerers } from './answerer';
import { DraftStream } from './draft-stream';
import { FALLBACK_TEXT, greetingOf, NOT_READY_TEXT, Reply, turnsOf } from './replies';
import { replicaAnsweredEvent } from './replica-events';
import { TypingIndicator } from './typing-indicator';

/** Chats answered at once by each instance: a slow answerer holds up one of them, never the others' chats. */
const ANSWER_WORKERS = 8;
/** Messages of the chat that may have come after the one answered, read beyond the context and left out of it. */
const LATER_MESSAGES_READ = 20;
/** How long the typing indicator waits for the answer to leave through the delivery engine. */
const SEND_WAIT_MS = 30_000;

/** A draft id is any non-zero number the answer keeps: one derived from its job. */
function draftIdOf(jobId: string): number {
  return Number.parseInt(jobId.replace(/-/g, '').slice(0, 7), 16) || 1;
}

/** Settles with the answer, or rejects once the signal is aborted, even if the answerer ignores it. */
function beforeAbort<T>(answer: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const aborted = () => reject(new Error(`no answer within the answer timeout (${String(signal.reason)})`));
    if (signal.aborted) return aborted();
    signal.addEventListener('abort', aborted, { once: true });
    answer.then(resolve, reject).finally(() => signal.removeEventListener('abort', aborted));
  });
}

/**
 * Prepares and sends a replica's answers, a chat at a time: the chat shows "typing" until the
 * answer is sent; a private chat sees it being written (drafts); the answer goes out through
 * the delivery engine like every message. A failing or slow answerer costs the chat a polite
 * fallback, never silence.
 */
@Injectable()
export class ReplicaAnswerWorker implements OnApplicationBootstrap {
  private readonly logger = new Logger(ReplicaAnswerWorker.name);

  constructor(
    private readonly queue: JobQueue,
    private readonly integrations: ReplicaIntegrationsService,
    private readonly answerers: Answerers,
    private readonly directory: BotDirectory,
    private readonly identities: IdentitiesService,
    private readonly conversations: ConversationLog,
    private readonly delivery: DeliveryService,
    private readonly clients: TelegramClients,
    private readonly config: AppConfig,
    private readonly metrics: Metrics,
    private readonly data: TenantData,
    private readonly eventsOut: EventsOut,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.declare(ANSWER_QUEUE, {
      policy: 'key_strict_fifo',
      // Failures of ours (an unreachable database) are retried; an answerer's are answered with the fallback.
      retryLimit: 3,
      retryDelay: 1,
      expireInSeconds: 300,
      // Kept long after: an update processed again finds its answer's job and queues no second one.
      deleteAfterSeconds: 7 * 86_400,
      notify: true,
    });
    for (let worker = 0; worker < ANSWER_WORKERS; worker++) {
      await this.queue.work<AnswerJob>(ANSWER_QUEUE, { batchSize: 1, pollingIntervalSeconds: 2, notifyPollingIntervalSeconds: 2 }, (jobs) =>
        Promise.all(jobs.map(async (job) => (await this.answer(job), { id: job.id, status: 'completed' as const }))),
      );
    }
  }

  private async answer({ id: jobId, data: job }: Job<AnswerJob>): Promise<void> {
    const integration = await this.integrations.activeOn(job.botId);
    // An integration removed (or replaced) since the message came: its replica answers no more.
    if (integration?.id !== job.integrationId) return;
    const bot = await this.directory.byId(job.botId);
    const identity = bot && (await this.identities.find(throughBot(job.tenantId, job.botId), job.chatId));
    if (!bot || !identity) return;
    const thread = job.messageThreadId ? { message_thread_id: Number(job.messageThreadId) } : {};
    const typing = new TypingIndicator(() => this.clients.call(bot.token, 'sendChatAction', { chat_id: job.chatId, action: 'typing', ...thread }));
    typing.start();
    try {
      const reply = job.trigger === 'greeting' ? greetingOf(integration.replica) : await this.replyOf(jobId, job, integration, identity, bot);
      await this.send(job, integration.replica.id, identity, reply);
    } finally {
      typing.stop();
    }
  }

  private async replyOf(jobId: string, job: AnswerJob, integration: ActiveIntegration, identity: TelegramIdentity, bot: BotRuntime): Promise<Reply> {
    const replica = integration.replica;
    const answerer = this.answerers.of(replica);
    if (!answerer) return { text: `${greetingOf(replica).text}\n\n${NOT_READY_TEXT}`, replyMarkup: null };
    // Read a few more than the context holds: messages that came after this one are left out of it.
    const recent = await this.conversations.lastMessages(identity, this.config.replicas.contextTurns + LATER_MESSAGES_READ);
    const turns = turnsOf(recent, job.eventId, this.config.replicas.contextTurns);
    const thread = job.messageThreadId ? { message_thread_id: Number(job.messageThreadId) } : {};
    const drafts =
      job.chatType === 'private' ? new DraftStream((text) => this.clients.sendDraft(bot.token, { chat_id: job.chatId, draft_id: draftIdOf(jobId), text, ...thread })) : undefined;
    const signal = AbortSignal.timeout(this.config.replicas.answerTimeoutMs);
    const startedAt = performance.now();
    const took = () => (performance.now() - startedAt) / 1_000;
    try {
      const chat = { botId: job.botId, chatId: job.chatId, chatType: job.chatType };
      const text = (await beforeAbort(answerer.answer({ replica, turns, requestId: jobId, chat, signal, onText: drafts && ((so) => drafts.update(so)) }), signal)).trim();
      if (!text) throw AnswerError.empty('the answerer');
      this.metrics.replicaAnswerSeconds.observe({ outcome: 'answered' }, took());
      return { text, replyMarkup: null };
    } catch (error) {
      this.logger.error({ err: error, requestId: jobId, replicaId: replica.id, botId: job.botId }, 'replica could not answer; the chat gets the fallback message');
      this.metrics.replicaAnswerSeconds.observe({ outcome: 'fallback' }, took());
      this.metrics.replicaFallbacks.inc({ reason: fallbackReasonOf(error, signal.aborted) });
      return { text: FALLBACK_TEXT, replyMarkup: null };
    } finally {
      drafts?.stop();
    }
  }

  /**
   * Through the delivery engine (pacing, statuses, the conversation log), queued with its
   * replica.answered event; the typing goes on until it is sent.
   */
  private async send(job: AnswerJob, replicaId: string, identity: TelegramIdentity, reply: Reply): Promise<void> {
    const scope = throughBot(job.tenantId, job.botId);
    const command = { text: reply.text, replyMarkup: reply.replyMarkup, source: 'replica' as const, messageThreadId: job.messageThreadId };
    const message = await this.data.transaction(scope, async (session) => {
      const [queued] = await this.delivery.enqueueWithin(session, [{ recipient: identity, command }]);
      await this.eventsOut.recordWithin(session, [replicaAnsweredEvent(replicaId, identity, queued, reply)]);
      return queued;
    });
    await this.delivery.outcome(scope, message.id, SEND_WAIT_MS).catch(() => undefined);
  }
}
