import { Bot } from './bot.entity';

/** A bot as Jina Connect's REST API shows it: snake_case, `bot_app_id`, the token hidden. */
export function presentBot(bot: Bot) {
  return {
    bot_app_id: bot.id,
    name: bot.name,
    username: bot.username,
    telegram_bot_id: Number(bot.telegramBotId),
    bot_token: bot.tokenHint,
    daily_limit: bot.dailyLimit,
    send_rate: bot.sendRate,
    paid_broadcasts: bot.paidBroadcasts,
    webhook: {
      url: bot.webhookUrl,
      active: bot.webhookUrl !== null,
      allowed_updates: bot.allowedUpdates,
      set_at: bot.webhookSetAt,
      last_error_message: bot.lastErrorMessage,
      last_error_at: bot.lastErrorAt,
    },
    created_at: bot.createdAt,
    updated_at: bot.updatedAt,
  };
}
