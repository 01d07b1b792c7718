import { EventType, orderKeys, OutEvent } from '@switchboard/events-out';
import { Bot } from './bot.entity';

/** bot.webhook_failing: Telegram reported an error it had delivering the bot's updates to us. */
export function webhookFailingEvent(bot: Bot, error: { message: string | null; at: Date }): OutEvent {
  return {
    tenantId: bot.tenantId,
    type: EventType.BOT_WEBHOOK_FAILING,
    orderKey: orderKeys.bot(bot.id),
    occurredAt: error.at,
    data: { bot_id: bot.id, username: bot.username, webhook_url: bot.webhookUrl, last_error_message: error.message, last_error_at: error.at.toISOString() },
  };
}
