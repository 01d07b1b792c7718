import { EventType, isoTime, orderKeys, OutEvent } from '@switchboard/events-out';
import { Contact } from './contact.entity';
import { ConversationMessage } from './conversation-message.entity';
import { TelegramIdentity } from './telegram-identity.entity';

/** The events contacts and conversations tell a tenant's backend about, in their one shape each. */
export const contactEvents = {
  messageReceived(message: ConversationMessage, identity: TelegramIdentity): OutEvent {
    return {
      tenantId: message.tenantId,
      type: EventType.MESSAGE_RECEIVED,
      orderKey: orderKeys.contact(message.contactId),
      occurredAt: message.createdAt,
      data: {
        id: message.id,
        contact_id: message.contactId,
        bot_id: message.botId,
        chat_id: identity.chatId,
        kind: message.kind,
        text: message.text,
        callback_data: message.callbackData,
        telegram_message_id: message.telegramMessageId,
        created_at: isoTime(message.createdAt)!,
      },
    };
  },

  /** `where`: the identity it was first seen through; none for a contact a backend created. */
  contactCreated(contact: Contact, where: Pick<TelegramIdentity, 'botId' | 'chatId'> | null): OutEvent {
    return {
      tenantId: contact.tenantId,
      type: EventType.CONTACT_CREATED,
      orderKey: orderKeys.contact(contact.id),
      occurredAt: contact.createdAt,
      data: {
        id: contact.id,
        kind: contact.kind,
        first_name: contact.firstName,
        last_name: contact.lastName,
        username: contact.username,
        language_code: contact.languageCode,
        external_customer_id: contact.externalCustomerId,
        phone: contact.phone,
        email: contact.email,
        bot_id: where?.botId ?? null,
        chat_id: where?.chatId ?? null,
        created_at: isoTime(contact.createdAt)!,
      },
    };
  },

  blockChanged(identity: Pick<TelegramIdentity, 'tenantId' | 'contactId' | 'botId' | 'chatId'>, blocked: boolean, at = new Date()): OutEvent {
    return {
      tenantId: identity.tenantId,
      type: blocked ? EventType.CONTACT_BLOCKED : EventType.CONTACT_UNBLOCKED,
      orderKey: orderKeys.contact(identity.contactId),
      occurredAt: at,
      data: { contact_id: identity.contactId, bot_id: identity.botId, chat_id: identity.chatId, blocked, changed_at: at.toISOString() },
    };
  },
};
