import type { ReferenceObject, SchemaObject } from '@nestjs/swagger';
import { oas } from '@switchboard/common';
import { EventBody } from './event-payloads';
import { EVENT_TYPES, EventType } from './event-type';
import { EVENT_EXAMPLES } from './event-payloads.examples';

/**
 * The events POSTed to tenants' endpoints, as OpenAPI schemas: one `*Data` schema per shape in
 * event-payloads.ts, one `*Event` envelope `{ type, timestamp, data }` per type, and `Event`,
 * their union keyed by `type`. The mapped types make a field missing from (or extra in) a schema
 * or an example a compile error, so the document cannot drift from what emitters build.
 */

const { dateTime, flag, integer, nullable, objectOf, rowId, text, uuid } = oas;

/** A schema for every field of a payload: leaving one out, or adding one it lacks, does not compile. */
type Described<T> = { [K in keyof T]-?: SchemaObject };
type EventBodyData<T extends EventType> = EventBody<T>['data'];

const chatId: SchemaObject = { type: 'string', pattern: '^-?[0-9]{1,20}$', description: "Telegram's chat id, as a string (negative for groups)" };
const count: SchemaObject = { type: 'integer', minimum: 0 };
const contactId: SchemaObject = { ...rowId, description: 'The contact (as contact(id) and eSputnik’s contactId name it)' };
const messageId: SchemaObject = { ...rowId, description: 'The outbound message (as message(id) and the send routes answer it)' };

const messageReceived: Described<EventBodyData<EventType.MESSAGE_RECEIVED>> = {
  id: { ...rowId, description: "The conversation message's id" },
  contact_id: contactId,
  bot_id: uuid,
  chat_id: chatId,
  kind: { ...text, description: 'text, photo, video, document, sticker, voice, audio, location, contact, callback, …' },
  text: { ...nullable(text), description: 'The text or caption' },
  callback_data: { ...nullable(text), description: 'The data of the inline button pressed (kind callback)' },
  telegram_message_id: { ...nullable(rowId), description: "Telegram's message_id" },
  created_at: dateTime,
};

const messageStatusChanged: Described<EventBodyData<EventType.MESSAGE_STATUS_CHANGED>> = {
  id: messageId,
  contact_id: { ...nullable(rowId), description: 'null for a message sent to a chat that is no contact' },
  bot_id: uuid,
  chat_id: chatId,
  status: { type: 'string', enum: ['SENT', 'FAILED', 'CLICKED'] },
  previous_status: { type: 'string', enum: ['QUEUED', 'SENT'], description: 'QUEUED before SENT or FAILED; SENT before CLICKED' },
  source: { type: 'string', enum: ['api', 'interactive', 'job', 'broadcast', 'replica'], description: 'What sent it' },
  broadcast_id: nullable(uuid),
  telegram_message_ids: { type: 'array', items: rowId, description: "Telegram's message_id of each message it was sent as" },
  error_code: { ...nullable(integer), description: "Telegram's error_code when it FAILED (403: the person blocked the bot)" },
  error_description: { ...nullable(text), description: "Telegram's description when it FAILED" },
  sent_at: nullable(dateTime),
  clicked_at: nullable(dateTime),
};

const contactCreated: Described<EventBodyData<EventType.CONTACT_CREATED>> = {
  id: contactId,
  kind: { type: 'string', enum: ['PERSON', 'GROUP'] },
  first_name: { ...nullable(text), description: 'First name, or the title of a group' },
  last_name: nullable(text),
  username: { ...nullable(text), description: 'Telegram @username, without the @' },
  language_code: nullable(text),
  external_customer_id: { ...nullable(text), description: 'The id a backend gave it' },
  phone: nullable(text),
  email: nullable(text),
  bot_id: { ...nullable(uuid), description: 'The bot it was first seen on; null when a backend created it without a chat' },
  chat_id: { ...nullable(chatId), description: 'The chat it was first seen in; null when a backend created it without a chat' },
  created_at: dateTime,
};

const contactBlockChanged: Described<EventBodyData<EventType.CONTACT_BLOCKED>> = {
  contact_id: contactId,
  bot_id: uuid,
  chat_id: chatId,
  blocked: { ...flag, description: 'true in contact.blocked, false in contact.unblocked' },
  changed_at: { ...dateTime, description: 'When the block was seen or lifted' },
};

const broadcastStats: Described<EventBodyData<EventType.BROADCAST_COMPLETED>['stats']> = {
  audience: count,
  skipped: count,
  sent: { ...count, description: 'Clicked ones included' },
  failed: count,
  clicked: count,
};

const broadcastCompleted: Described<EventBodyData<EventType.BROADCAST_COMPLETED>> = {
  id: uuid,
  bot_id: uuid,
  name: text,
  started_at: nullable(dateTime),
  finished_at: dateTime,
  stats: objectOf(broadcastStats, { description: 'The contacts in its audience and how each ended' }),
};

const replicaAnswered: Described<EventBodyData<EventType.REPLICA_ANSWERED>> = {
  replica_id: uuid,
  bot_id: uuid,
  chat_id: chatId,
  contact_id: contactId,
  message_id: { ...messageId, description: 'The outbound message carrying the answer; its delivery follows as message.status_changed' },
  text,
  fallback: { ...flag, description: "The fallback text: the replica's answerer failed or took too long" },
};

const botWebhookFailing: Described<EventBodyData<EventType.BOT_WEBHOOK_FAILING>> = {
  bot_id: uuid,
  username: text,
  webhook_url: nullable(text),
  last_error_message: { ...nullable(text), description: "Telegram's last error delivering the bot's updates" },
  last_error_at: dateTime,
};

/** Each type's envelope and data schema names, and what the event means. */
const EVENTS: Record<EventType, { name: string; data: string; when: string }> = {
  [EventType.MESSAGE_RECEIVED]: { name: 'MessageReceivedEvent', data: 'MessageReceivedData', when: 'a person (or group) wrote to a bot' },
  [EventType.MESSAGE_STATUS_CHANGED]: {
    name: 'MessageStatusChangedEvent',
    data: 'MessageStatusChangedData',
    when: 'an outbound message went QUEUED → SENT or FAILED, or SENT → CLICKED',
  },
  [EventType.CONTACT_CREATED]: { name: 'ContactCreatedEvent', data: 'ContactCreatedData', when: 'someone new wrote to a bot, or a backend created a contact' },
  [EventType.CONTACT_BLOCKED]: { name: 'ContactBlockedEvent', data: 'ContactBlockChangedData', when: 'a person blocked a bot' },
  [EventType.CONTACT_UNBLOCKED]: { name: 'ContactUnblockedEvent', data: 'ContactBlockChangedData', when: 'a person who had blocked a bot can be reached on it again' },
  [EventType.BROADCAST_COMPLETED]: { name: 'BroadcastCompletedEvent', data: 'BroadcastCompletedData', when: 'a broadcast settled its whole audience' },
  [EventType.REPLICA_ANSWERED]: { name: 'ReplicaAnsweredEvent', data: 'ReplicaAnsweredData', when: "a replica's answer was queued for a chat" },
  [EventType.BOT_WEBHOOK_FAILING]: { name: 'BotWebhookFailingEvent', data: 'BotWebhookFailingData', when: "Telegram reported a new error delivering a bot's updates to Switchboard" },
};

const DATA_SCHEMAS: Record<string, SchemaObject> = {
  MessageReceivedData: objectOf(messageReceived),
  MessageStatusChangedData: objectOf(messageStatusChanged),
  ContactCreatedData: objectOf(contactCreated),
  ContactBlockChangedData: objectOf(contactBlockChanged),
  BroadcastCompletedData: objectOf(broadcastCompleted),
  ReplicaAnsweredData: objectOf(replicaAnswered),
  BotWebhookFailingData: objectOf(botWebhookFailing),
};

const ref = (name: string): ReferenceObject => ({ $ref: `#/components/schemas/${name}` });

function envelopeOf(type: EventType): SchemaObject {
  const { data, when } = EVENTS[type];
  return objectOf(
    {
      type: { type: 'string', enum: [type] },
      timestamp: { ...dateTime, description: 'When it happened' },
      data: ref(data),
    },
    { description: `${type}: ${when}`, example: EVENT_EXAMPLES[type] },
  );
}

const SIGNING = [
  'What Switchboard POSTs to an event endpoint, as JSON, signed the Standard Webhooks way. Its headers:',
  '`webhook-id`, the event’s id (the same on every retry and replay, and for every endpoint: drop the ones already seen);',
  '`webhook-timestamp`, the attempt’s time in Unix seconds;',
  '`webhook-signature`, `v1,` and the base64 HMAC-SHA256 of `{webhook-id}.{webhook-timestamp}.{body}` keyed with the endpoint’s secret (the base64 after `whsec_`),',
  'space-separated, two of them for 24 hours after a rotation (the new and the old secret’s).',
  'Verify it on the raw body with a Standard Webhooks library and answer 2xx within 10 seconds; any other answer is retried with backoff for 24 hours.',
].join(' ');

/** The union a receiver parses: one envelope per type, told apart by `type`. */
const EVENT_UNION: SchemaObject = {
  description: SIGNING,
  oneOf: EVENT_TYPES.map((type) => ref(EVENTS[type].name)),
  discriminator: { propertyName: 'type', mapping: Object.fromEntries(EVENT_TYPES.map((type) => [type, `#/components/schemas/${EVENTS[type].name}`])) },
};

export const EVENT_SCHEMA_NAME = 'Event';

/** Every event schema, by component name, for the OpenAPI document. */
export const EVENT_SCHEMAS: Record<string, SchemaObject> = {
  [EVENT_SCHEMA_NAME]: EVENT_UNION,
  ...Object.fromEntries(EVENT_TYPES.map((type) => [EVENTS[type].name, envelopeOf(type)])),
  ...DATA_SCHEMAS,
};

/** The component name of a type's envelope. */
export function eventSchemaNameOf(type: EventType): string {
  return EVENTS[type].name;
}
