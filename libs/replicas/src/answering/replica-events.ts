import { EventType, orderKeys, OutEvent } from '@switchboard/events-out';
import type { TelegramIdentity } from '@switchboard/contacts';
import type { OutboundMessage } from '@switchboard/messaging';
import { FALLBACK_TEXT, Reply } from './replies';

/** replica.answered: the answer is queued for the chat; its delivery follows as message.status_changed. */
export function replicaAnsweredEvent(replicaId: string, identity: TelegramIdentity, message: OutboundMessage, reply: Reply): OutEvent {
  return {
    tenantId: identity.tenantId,
    type: EventType.REPLICA_ANSWERED,
    orderKey: orderKeys.contact(identity.contactId),
    data: {
      replica_id: replicaId,
      bot_id: identity.botId,
      chat_id: identity.chatId,
      contact_id: identity.contactId,
      message_id: message.id,
      text: reply.text,
      fallback: reply.text === FALLBACK_TEXT,
    },
  };
}
