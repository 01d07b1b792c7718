import { registerEnumType } from '@nestjs/graphql';

/** What a tenant's backend can be told about, as Standard Webhooks' `type` names it. */
export enum EventType {
  MESSAGE_RECEIVED = 'message.received',
  MESSAGE_STATUS_CHANGED = 'message.status_changed',
  CONTACT_CREATED = 'contact.created',
  CONTACT_BLOCKED = 'contact.blocked',
  CONTACT_UNBLOCKED = 'contact.unblocked',
  BROADCAST_COMPLETED = 'broadcast.completed',
  REPLICA_ANSWERED = 'replica.answered',
  BOT_WEBHOOK_FAILING = 'bot.webhook_failing',
}

export const EVENT_TYPES: readonly EventType[] = Object.values(EventType);

registerEnumType(EventType, {
  name: 'EventType',
  description: 'An event sent to event endpoints; REST and the payloads spell it in lowercase with a dot (MESSAGE_RECEIVED is message.received)',
  valuesMap: {
    MESSAGE_RECEIVED: { description: 'A person wrote to a bot (message.received)' },
    MESSAGE_STATUS_CHANGED: { description: 'An outbound message went QUEUED → SENT or FAILED, or SENT → CLICKED (message.status_changed)' },
    CONTACT_CREATED: { description: 'A contact was created: someone new wrote to a bot, or a backend added one (contact.created)' },
    CONTACT_BLOCKED: { description: 'A person blocked a bot (contact.blocked)' },
    CONTACT_UNBLOCKED: { description: 'A person who had blocked a bot can be reached on it again (contact.unblocked)' },
    BROADCAST_COMPLETED: { description: 'A broadcast sent to its whole audience (broadcast.completed)' },
    REPLICA_ANSWERED: { description: 'A replica answered a message on a bot (replica.answered)' },
    BOT_WEBHOOK_FAILING: { description: 'Telegram reported a new error delivering a bot’s updates to Switchboard (bot.webhook_failing)' },
  },
});
