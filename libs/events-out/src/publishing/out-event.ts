import { EventData } from '../event-payloads';
import { EventType } from '../event-type';

/**
 * An event to send to the tenant's endpoints that take its type. Events with the same order key
 * reach each endpoint one at a time, in the order they were recorded: a contact's events are
 * keyed by the contact, so a receiver never learns of a reply before the message it answers.
 */
export type OutEvent = {
  [T in EventType]: { tenantId: string; type: T; orderKey: string; data: EventData[T]; occurredAt?: Date };
}[EventType];

/** Order keys: one stream per contact (or per chat, for a message to no contact), broadcast or bot. */
export const orderKeys = {
  contact: (contactId: string) => `contact:${contactId}`,
  chat: (botId: string, chatId: string) => `chat:${botId}:${chatId}`,
  broadcast: (broadcastId: string) => `broadcast:${broadcastId}`,
  bot: (botId: string) => `bot:${botId}`,
  /** A message's stream: its contact's, or its chat's when it has no contact. */
  ofMessage: (message: { contactId: string | null; botId: string; chatId: string }) =>
    message.contactId ? orderKeys.contact(message.contactId) : orderKeys.chat(message.botId, message.chatId),
};

/** Times in payloads: ISO 8601, UTC. */
export const isoTime = (at: Date | string | null | undefined): string | null => (at == null ? null : new Date(at).toISOString());
