import { oas } from '@switchboard/common';

const { dateTime, flag, integer, nullable, objectOf, text, uuid } = oas;

/** A bot as the Jina Connect routes answer it (presentBot). */
export const BOT_SCHEMA = objectOf(
  {
    bot_app_id: uuid,
    name: text,
    username: text,
    telegram_bot_id: integer,
    bot_token: { ...text, description: 'Only the bot id part: 123456:****' },
    daily_limit: nullable(integer),
    send_rate: { ...nullable(text), description: 'N/s or N/min; null for TELEGRAM_RATE_LIMIT' },
    paid_broadcasts: flag,
    webhook: objectOf({
      url: nullable(text),
      active: flag,
      allowed_updates: { type: 'array', items: text },
      set_at: nullable(dateTime),
      last_error_message: { ...nullable(text), description: "Telegram's last delivery error, as the webhook watch found it" },
      last_error_at: nullable(dateTime),
    }),
    created_at: dateTime,
    updated_at: dateTime,
  },
  {
    example: {
      bot_app_id: '0b5d7e2c-8a51-4c0e-9d7a-3f1e2b6c9a40',
      name: 'My Support Bot',
      username: 'my_support_bot',
      telegram_bot_id: 123456,
      bot_token: '123456:****',
      daily_limit: 1000,
      send_rate: null,
      paid_broadcasts: false,
      webhook: {
        url: 'https://your-domain.com/telegram/v1/webhooks/0b5d7e2c-8a51-4c0e-9d7a-3f1e2b6c9a40/',
        active: true,
        allowed_updates: ['message', 'edited_message', 'callback_query', 'my_chat_member', 'chat_join_request'],
        set_at: '2026-03-16T08:00:00.000Z',
        last_error_message: null,
        last_error_at: null,
      },
      created_at: '2026-03-16T08:00:00.000Z',
      updated_at: '2026-03-16T08:00:00.000Z',
    },
  },
);

/** OpenScouter's setup answer (data). */
export const WEBHOOK_SET_SCHEMA = objectOf(
  { webhookSet: { type: 'boolean', enum: [true] }, url: text, botUsername: text, confirmedAt: dateTime },
  { example: { webhookSet: true, url: 'https://openscouter.com/api/telegram/webhook', botUsername: 'OpenScouterBot', confirmedAt: '2026-03-16T08:00:00Z' } },
);

/** OpenScouter's connection check (data), from getMe and getWebhookInfo. */
export const CONNECTION_SCHEMA = objectOf(
  {
    connected: { ...flag, description: 'Telegram accepts the token, a webhook is set, and Telegram holds no updates it failed to deliver' },
    botUsername: nullable(text),
    webhookUrl: nullable(text),
    pendingUpdateCount: integer,
    lastErrorDate: nullable(dateTime),
    lastErrorMessage: nullable(text),
  },
  {
    example: {
      connected: true,
      botUsername: 'OpenScouterBot',
      webhookUrl: 'https://openscouter.com/api/telegram/webhook',
      pendingUpdateCount: 0,
      lastErrorDate: null,
      lastErrorMessage: null,
    },
  },
);
