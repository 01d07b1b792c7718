import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { ScopedSession, tenantWide } from '@switchboard/common';
import { Contact, ContactsService } from '@switchboard/contacts';
import { DeliveryService } from '@switchboard/messaging';
import { BroadcastDelivery, RecipientState, SkipReason } from './broadcast-delivery.entity';
import { Broadcast } from './broadcast.entity';
import { renderMergeFields } from './merge-fields';

/**
 * Hands walked recipients to the one delivery engine, a few seconds of sending at a time: each
 * becomes a QUEUED message (merge fields filled) with its send job, in the transaction that marks
 * the recipient QUEUED. Pausing then holds only what is in the engine.
 */
@Injectable()
export class DeliveryFeeder {
  constructor(
    private readonly contacts: ContactsService,
    private readonly delivery: DeliveryService,
  ) {}

  async step(session: ScopedSession, broadcast: Broadcast, wanted: number): Promise<number> {
    const deliveries = session.repository(BroadcastDelivery);
    const pending = await deliveries.find({ broadcastId: broadcast.id, state: RecipientState.PENDING }, { order: { contactId: 'ASC' }, take: wanted });
    if (pending.length === 0) return 0;
    const contacts = new Map((await this.contacts.findMany(tenantWide(broadcast.tenantId), pending.map((row) => row.contactId))).map((contact) => [contact.id, contact]));
    const sendable = pending.filter((row) => contacts.has(row.contactId));
    await this.delivery.enqueueWithin(
      session,
      sendable.map((row) => ({
        recipient: { botId: broadcast.botId, contactId: row.contactId, chatId: row.chatId! },
        command: {
          text: renderMergeFields(broadcast.text, contacts.get(row.contactId) as Contact, broadcast.parseMode),
          photo: broadcast.photo,
          parseMode: broadcast.parseMode,
          replyMarkup: broadcast.replyMarkup,
          paidBroadcast: broadcast.paid,
          source: 'broadcast',
          broadcastId: broadcast.id,
        },
      })),
    );
    await deliveries.update({ id: In(sendable.map((row) => row.id)) }, { state: RecipientState.QUEUED });
    // A contact erased since it was walked takes its row with it; one caught mid-erasure is not waited for.
    const gone = pending.filter((row) => !contacts.has(row.contactId)).map((row) => row.id);
    if (gone.length > 0) await deliveries.update({ id: In(gone) }, { state: RecipientState.SKIPPED, skipReason: SkipReason.UNREACHABLE });
    return sendable.length;
  }
}
