import { EventType, isoTime, orderKeys, OutEvent } from '@switchboard/events-out';
import { DeliveryStatus, OutboundMessage } from './outbound-message.entity';

/** The status changes a tenant's backend is told about: QUEUED → SENT | FAILED, SENT → CLICKED. */
const REPORTED: Partial<Record<DeliveryStatus, DeliveryStatus>> = {
  [DeliveryStatus.SENT]: DeliveryStatus.QUEUED,
  [DeliveryStatus.FAILED]: DeliveryStatus.QUEUED,
  [DeliveryStatus.CLICKED]: DeliveryStatus.SENT,
};

/** message.status_changed for a message that just reached its status; null for statuses not reported (HELD). */
export function statusChangedEvent(message: OutboundMessage): OutEvent | null {
  const previous = REPORTED[message.status];
  if (!previous) return null;
  return {
    tenantId: message.tenantId,
    type: EventType.MESSAGE_STATUS_CHANGED,
    orderKey: orderKeys.ofMessage(message),
    data: {
      id: message.id,
      contact_id: message.contactId,
      bot_id: message.botId,
      chat_id: message.chatId,
      status: message.status as 'SENT' | 'FAILED' | 'CLICKED',
      previous_status: previous as 'QUEUED' | 'SENT',
      source: message.source,
      broadcast_id: message.broadcastId,
      telegram_message_ids: message.telegramMessageIds,
      error_code: message.errorCode,
      error_description: message.errorDescription,
      sent_at: isoTime(message.sentAt),
      clicked_at: isoTime(message.clickedAt),
    },
  };
}
