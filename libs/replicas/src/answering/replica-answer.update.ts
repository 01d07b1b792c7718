import { Ctx, Next, On, Update } from 'nestjs-telegraf';
import type { Context } from 'telegraf';
import type { Message } from 'telegraf/types';
import { BotDirectory } from '@switchboard/bots';
import { JobQueue } from '@switchboard/common';
import { pipelineOf } from '@switchboard/telegram';
import { ReplicaIntegrationsService } from '../integrations/replica-integrations.service';
import { ANSWER_QUEUE, answerJobOf } from './answer-queue';
import { answerTriggerOf } from './answer-trigger';

/**
 * Hears the text messages of bots a replica answers on and queues their answers. The update is
 * done once its answer is queued: answering takes seconds, and it must hold up neither the
 * webhook nor the bot's other chats.
 */
@Update()
export class ReplicaAnswerUpdate {
  constructor(
    private readonly integrations: ReplicaIntegrationsService,
    private readonly directory: BotDirectory,
    private readonly queue: JobQueue,
  ) {}

  @On('text')
  async heard(@Ctx() ctx: Context, @Next() next: () => Promise<void>): Promise<void> {
    // A new message only: edits and channel posts are not answered.
    const message = 'message' in ctx.update ? (ctx.update.message as Message.TextMessage) : undefined;
    if (message && !message.from?.is_bot) await this.queueAnswer(ctx, message);
    await next();
  }

  private async queueAnswer(ctx: Context, message: Message.TextMessage): Promise<void> {
    const pipeline = pipelineOf(ctx);
    const integration = await this.integrations.activeOn(pipeline.botId);
    const bot = integration && (await this.directory.byId(pipeline.botId));
    const trigger = bot && answerTriggerOf(message, bot, integration.mention);
    if (!integration || !trigger) return;
    const topic = message.is_topic_message && message.message_thread_id ? String(message.message_thread_id) : null;
    const job = answerJobOf(pipeline.eventId, {
      tenantId: pipeline.tenantId,
      botId: pipeline.botId,
      integrationId: integration.id,
      chatId: String(message.chat.id),
      chatType: message.chat.type,
      messageThreadId: topic,
      trigger,
      eventId: pipeline.eventId,
    });
    await this.queue.insert(ANSWER_QUEUE, [job]);
  }
}
