import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { BotScope, Coalescer, JobQueue, TenantData, throughBot } from '@switchboard/common';
import { EventsOut, EventType } from '@switchboard/events-out';
import { contactEvents } from '../contact-events';
import { ConversationMessage, MessageDirection } from '../conversation-message.entity';
import { ConversationEvents } from '../conversations/conversation-events.service';
import { TelegramIdentity } from '../telegram-identity.entity';
import { InboundMessage, previewOf } from './inbound-message';

interface Entry {
  identity: TelegramIdentity;
  direction: MessageDirection;
  message: InboundMessage;
  /** The webhook event an inbound message came from; null for messages the bot sent. */
  eventId: string | null;
}

/**
 * One statement for a batch: the messages (in order), each conversation's last activity and
 * unread count, each contact's last activity. Row ids come from a sequence in input order. An
 * update processed again (after a crash or an outage) adds nothing: its event's message is
 * already there, and only messages actually inserted count towards unread and last activity.
 */
const APPEND = `
  WITH input AS (
    SELECT * FROM unnest($1::uuid[], $2::bigint[], $3::uuid[], $4::uuid[], $5::varchar[], $6::varchar[], $7::text[], $8::varchar[], $9::bigint[], $10::bigint[], $11::bigint[], $12::varchar[])
      WITH ORDINALITY AS input(tenant_id, contact_id, identity_id, bot_id, direction, kind, text, callback_data, telegram_message_id, sender_telegram_id, event_id, preview, position)
  ), message AS (
    INSERT INTO conversation_messages (tenant_id, contact_id, identity_id, bot_id, direction, kind, text, callback_data, telegram_message_id, sender_telegram_id, event_id)
    SELECT tenant_id, contact_id, identity_id, bot_id, direction, kind, text, callback_data, telegram_message_id, sender_telegram_id, event_id
    FROM input ORDER BY position
    ON CONFLICT (tenant_id, event_id) DO NOTHING
    RETURNING id, created_at, event_id
  ), written AS (
    SELECT * FROM input WHERE event_id IS NULL OR event_id IN (SELECT event_id FROM message)
  ), latest AS (
    SELECT DISTINCT ON (identity_id) identity_id, preview, count(*) FILTER (WHERE direction = $13) OVER (PARTITION BY identity_id) AS unread
    FROM written ORDER BY identity_id, position DESC
  ), conversation AS (
    UPDATE telegram_identities AS identity
    SET last_message_at = now(), last_message_preview = latest.preview, unread_count = identity.unread_count + latest.unread
    FROM latest
    WHERE identity.id = latest.identity_id
  ), contact AS (
    UPDATE contacts SET last_activity_at = now() WHERE id IN (SELECT contact_id FROM written)
  )
  SELECT id::text AS id, created_at, event_id::text AS event_id FROM message ORDER BY id`;

type Params = unknown[];

/**
 * Appends messages to conversations, keeps the inbox (last activity, unread count) and announces
 * them. A tenant whose endpoints take message.received has the event recorded in the same
 * transaction as the message: both are stored, or neither.
 */
@Injectable()
export class ConversationLog {
  // One batch at a time: batches touch several conversations, and must not lock them in two orders at once.
  private readonly appends = new Coalescer<Entry, ConversationMessage | null>((entries) => this.append(entries), { maxInFlight: 1 });

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly data: TenantData,
    private readonly events: ConversationEvents,
    private readonly eventsOut: EventsOut,
    private readonly queue: JobQueue,
  ) {}

  /** Answers the stored message, or null when this event's message was stored before. */
  recordInbound(identity: TelegramIdentity, message: InboundMessage, eventId: string): Promise<ConversationMessage | null> {
    return this.appends.submit({ identity, direction: MessageDirection.INBOUND, message, eventId });
  }

  /** A message the bot sent (no unread count: it is ours). */
  async recordOutbound(identity: TelegramIdentity, text: string, telegramMessageId: string | null): Promise<void> {
    const message: InboundMessage = {
      kind: 'text',
      text,
      callbackData: null,
      telegramMessageId: telegramMessageId === null ? null : Number(telegramMessageId),
      senderTelegramId: null,
    };
    await this.appends.submit({ identity, direction: MessageDirection.OUTBOUND, message, eventId: null });
  }

  /** The conversation's last `count` messages, oldest first: what an AI replica is given to answer. */
  async lastMessages(identity: TelegramIdentity, count: number): Promise<ConversationMessage[]> {
    if (count === 0) return [];
    const newestFirst = await this.data
      .for(throughBot(identity.tenantId, identity.botId))
      .repository(ConversationMessage)
      .find({ identityId: identity.id }, { order: { createdAt: 'DESC', id: 'DESC' }, take: count });
    return newestFirst.reverse();
  }

  /**
   * A pressed button's data was a token standing for the tenant's own: the chat's conversation
   * keeps the latter, in the message and in the inbox's preview of it.
   */
  async resolveCallbackData(scope: BotScope, chatId: string, sent: string, original: string): Promise<void> {
    const data = this.data.for(scope);
    const identity = await data.repository(TelegramIdentity).findOne({ chatId });
    if (!identity) return;
    const callbackData = original.slice(0, 256);
    await data.repository(ConversationMessage).update({ identityId: identity.id, callbackData: sent, direction: MessageDirection.INBOUND }, { callbackData });
    const previewOfPress = (pressed: string) => previewOf({ kind: 'callback', text: null, callbackData: pressed });
    await data.repository(TelegramIdentity).update({ id: identity.id, lastMessagePreview: previewOfPress(sent) }, { lastMessagePreview: previewOfPress(callbackData) });
  }

  private async append(entries: Entry[]): Promise<Array<ConversationMessage | null>> {
    const values = entries.map(({ identity, direction, message, eventId }) => ({
      tenantId: identity.tenantId,
      contactId: identity.contactId,
      identityId: identity.id,
      botId: identity.botId,
      direction,
      kind: message.kind,
      text: message.text,
      callbackData: message.callbackData?.slice(0, 256) ?? null,
      telegramMessageId: message.telegramMessageId === null ? null : String(message.telegramMessageId),
      senderTelegramId: message.senderTelegramId === null ? null : String(message.senderTelegramId),
      eventId,
    }));
    const column = <K extends keyof (typeof values)[number]>(key: K) => values.map((value) => value[key]);
    const params: Params = [
      column('tenantId'),
      column('contactId'),
      column('identityId'),
      column('botId'),
      column('direction'),
      column('kind'),
      column('text'),
      column('callbackData'),
      column('telegramMessageId'),
      column('senderTelegramId'),
      column('eventId'),
      entries.map(({ message }) => previewOf(message)),
      MessageDirection.INBOUND,
    ];
    const storedOf = (rows: StoredRow[]) =>
      pairWithInserted(values, rows).map(([value, row]) => (row ? Object.assign(new ConversationMessage(), value, { id: row.id, createdAt: new Date(row.created_at) }) : null));
    const stored = (await this.announcesReceived(entries)) ? await this.appendRecordingEvents(entries, params, storedOf) : storedOf(await this.dataSource.query(APPEND, params));
    for (const message of stored) if (message) this.events.announce(message);
    return stored;
  }

  private async announcesReceived(entries: Entry[]): Promise<boolean> {
    const tenants = new Set(entries.filter((entry) => entry.direction === MessageDirection.INBOUND).map((entry) => entry.identity.tenantId));
    const wanted = await Promise.all([...tenants].map((tenantId) => this.eventsOut.wants(tenantId, EventType.MESSAGE_RECEIVED)));
    return wanted.includes(true);
  }

  private appendRecordingEvents(entries: Entry[], params: Params, storedOf: (rows: StoredRow[]) => Array<ConversationMessage | null>) {
    return this.dataSource.transaction(async (manager) => {
      const stored = storedOf(await manager.query(APPEND, params));
      const received = stored.flatMap((message, index) => (message?.direction === MessageDirection.INBOUND ? [contactEvents.messageReceived(message, entries[index].identity)] : []));
      await this.queue.insertWithin(manager.queryRunner!, this.eventsOut.queue, await this.eventsOut.jobsFor(received));
      return stored;
    });
  }
}

interface StoredRow {
  id: string;
  created_at: Date;
  event_id: string | null;
}

/**
 * Inserted rows come back in input order; an entry whose event already had its message was
 * skipped (as is a second entry for one event), and is paired with no row.
 */
function pairWithInserted<T extends { eventId: string | null }>(values: T[], rows: StoredRow[]): Array<[T, StoredRow | undefined]> {
  const insertedEvents = new Set(rows.map((row) => row.event_id).filter((id) => id !== null));
  let next = 0;
  return values.map((value) => {
    const inserted = value.eventId === null || insertedEvents.delete(value.eventId);
    return [value, inserted ? rows[next++] : undefined];
  });
}
