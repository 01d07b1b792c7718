import type { EventType } from '../../gql/graphql';

export const EVENT_TYPES: readonly EventType[] = [
  'MESSAGE_RECEIVED',
  'MESSAGE_STATUS_CHANGED',
  'CONTACT_CREATED',
  'CONTACT_BLOCKED',
  'CONTACT_UNBLOCKED',
  'BROADCAST_COMPLETED',
  'REPLICA_ANSWERED',
  'BOT_WEBHOOK_FAILING',
];

/** As receivers read them: the payloads and REST write `message.received` for MESSAGE_RECEIVED. */
export const typeName = (type: EventType) => type.toLowerCase().replace('_', '.');
