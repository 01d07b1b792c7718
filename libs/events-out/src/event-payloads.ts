import { EventType } from './event-type';

/**
 * The `data` of each event type, as a tenant's backend receives it (snake_case, like the REST
 * routes). Emitters build these and nothing else, so one type is never sent in two shapes.
 * Ids are strings; times are ISO 8601 in UTC.
 */
export interface MessageReceivedData {
  /** The conversation message's id. */
  id: string;
  contact_id: string;
  bot_id: string;
  chat_id: string;
  kind: string;
  text: string | null;
  callback_data: string | null;
  telegram_message_id: string | null;
  created_at: string;
}

export interface MessageStatusChangedData {
  /** The outbound message's id (as `message(id)` and the send routes answer it). */
  id: string;
  contact_id: string | null;
  bot_id: string;
  chat_id: string;
  status: 'SENT' | 'FAILED' | 'CLICKED';
  previous_status: 'QUEUED' | 'SENT';
  source: string;
  broadcast_id: string | null;
  telegram_message_ids: string[];
  error_code: number | null;
  error_description: string | null;
  sent_at: string | null;
  clicked_at: string | null;
}

export interface ContactCreatedData {
  id: string;
  kind: string;
  first_name: string | null;
  last_name: string | null;
  username: string | null;
  language_code: string | null;
  external_customer_id: string | null;
  phone: string | null;
  email: string | null;
  /** The bot and chat the contact was first seen on; null for one a backend created. */
  bot_id: string | null;
  chat_id: string | null;
  created_at: string;
}

export interface ContactBlockChangedData {
  contact_id: string;
  bot_id: string;
  chat_id: string;
  blocked: boolean;
  /** When the block was seen (contact.blocked) or lifted (contact.unblocked). */
  changed_at: string;
}

export interface BroadcastCompletedData {
  id: string;
  bot_id: string;
  name: string;
  started_at: string | null;
  finished_at: string;
  /** Contacts in the audience and how each ended (sent counts the clicked ones too). */
  stats: { audience: number; skipped: number; sent: number; failed: number; clicked: number };
}

export interface ReplicaAnsweredData {
  replica_id: string;
  bot_id: string;
  chat_id: string;
  contact_id: string;
  /** The outbound message carrying the answer; its delivery follows as message.status_changed. */
  message_id: string;
  text: string;
  /** The answer is the fallback text: the replica's answerer failed or took too long. */
  fallback: boolean;
}

export interface BotWebhookFailingData {
  bot_id: string;
  username: string;
  webhook_url: string | null;
  last_error_message: string | null;
  last_error_at: string;
}

export interface EventData {
  [EventType.MESSAGE_RECEIVED]: MessageReceivedData;
  [EventType.MESSAGE_STATUS_CHANGED]: MessageStatusChangedData;
  [EventType.CONTACT_CREATED]: ContactCreatedData;
  [EventType.CONTACT_BLOCKED]: ContactBlockChangedData;
  [EventType.CONTACT_UNBLOCKED]: ContactBlockChangedData;
  [EventType.BROADCAST_COMPLETED]: BroadcastCompletedData;
  [EventType.REPLICA_ANSWERED]: ReplicaAnsweredData;
  [EventType.BOT_WEBHOOK_FAILING]: BotWebhookFailingData;
}

/** The body POSTed to an endpoint (Standard Webhooks' recommended shape). */
export interface EventBody<T extends EventType = EventType> {
  type: T;
  /** When the event happened. */
  timestamp: string;
  data: EventData[T];
}
