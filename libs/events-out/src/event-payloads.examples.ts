import { EventBody } from './event-payloads';
import { EventType } from './event-type';

/**
 * One event of each type as an endpoint receives it, for the OpenAPI document. Typed by the
 * payload interfaces, so an example missing a field, or carrying one they lack, does not compile.
 */

const BOT_ID = '0b5d7e2c-8a51-4c0e-9d7a-3f1e2b6c9a40';
const CHAT_ID = '5551234567';
const CONTACT_ID = '7';
const AT = '2026-11-26T10:00:00.000Z';

const blockChanged = { contact_id: CONTACT_ID, bot_id: BOT_ID, chat_id: CHAT_ID, changed_at: AT };

export const EVENT_EXAMPLES: { [T in EventType]: EventBody<T> } = {
  [EventType.MESSAGE_RECEIVED]: {
    type: EventType.MESSAGE_RECEIVED,
    timestamp: AT,
    data: {
      id: '42',
      contact_id: CONTACT_ID,
      bot_id: BOT_ID,
      chat_id: CHAT_ID,
      kind: 'text',
      text: 'Is breakfast included?',
      callback_data: null,
      telegram_message_id: '311',
      created_at: AT,
    },
  },
  [EventType.MESSAGE_STATUS_CHANGED]: {
    type: EventType.MESSAGE_STATUS_CHANGED,
    timestamp: '2026-11-26T10:00:02.000Z',
    data: {
      id: '1088',
      contact_id: CONTACT_ID,
      bot_id: BOT_ID,
      chat_id: CHAT_ID,
      status: 'SENT',
      previous_status: 'QUEUED',
      source: 'api',
      broadcast_id: null,
      telegram_message_ids: ['312'],
      error_code: null,
      error_description: null,
      sent_at: '2026-11-26T10:00:02.000Z',
      clicked_at: null,
    },
  },
  [EventType.CONTACT_CREATED]: {
    type: EventType.CONTACT_CREATED,
    timestamp: AT,
    data: {
      id: CONTACT_ID,
      kind: 'PERSON',
      first_name: 'Ada',
      last_name: 'Lovelace',
      username: 'ada',
      language_code: 'en',
      external_customer_id: null,
      phone: null,
      email: null,
      bot_id: BOT_ID,
      chat_id: CHAT_ID,
      created_at: AT,
    },
  },
  [EventType.CONTACT_BLOCKED]: { type: EventType.CONTACT_BLOCKED, timestamp: AT, data: { ...blockChanged, blocked: true } },
  [EventType.CONTACT_UNBLOCKED]: { type: EventType.CONTACT_UNBLOCKED, timestamp: AT, data: { ...blockChanged, blocked: false } },
  [EventType.BROADCAST_COMPLETED]: {
    type: EventType.BROADCAST_COMPLETED,
    timestamp: '2026-11-26T10:05:00.000Z',
    data: {
      id: '9c1e4f7a-2b3d-4e5f-8a6b-7c8d9e0f1a2b',
      bot_id: BOT_ID,
      name: 'Launch news',
      started_at: AT,
      finished_at: '2026-11-26T10:05:00.000Z',
      stats: { audience: 1200, skipped: 14, sent: 1170, failed: 16, clicked: 233 },
    },
  },
  [EventType.REPLICA_ANSWERED]: {
    type: EventType.REPLICA_ANSWERED,
    timestamp: AT,
    data: {
      replica_id: '3f6a2c1d-8e9b-4a7c-b5d2-1e0f9a8b7c6d',
      bot_id: BOT_ID,
      chat_id: CHAT_ID,
      contact_id: CONTACT_ID,
      message_id: '1089',
      text: 'Yes, breakfast is included, from seven to ten.',
      fallback: false,
    },
  },
  [EventType.BOT_WEBHOOK_FAILING]: {
    type: EventType.BOT_WEBHOOK_FAILING,
    timestamp: AT,
    data: {
      bot_id: BOT_ID,
      username: 'my_support_bot',
      webhook_url: `https://switchboard.example.com/telegram/v1/webhooks/${BOT_ID}/`,
      last_error_message: 'Connection timed out',
      last_error_at: AT,
    },
  },
};
