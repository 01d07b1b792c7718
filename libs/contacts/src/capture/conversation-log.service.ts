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

/** A bot's chat: a message the bot sent goes in its conversation, found as the message is written. */
export type BotChat = BotScope & { chatId: string };

interface Entry {
  /** The conversation: an identity already at hand, or a bot's chat whose identity the statement finds. */
  to: TelegramIdentity | BotChat;
  direction: MessageDirection;
  message: InboundMessage;
  /** The webhook event an inbound message came from; null for messages the bot sent. */
  eventId: string | null;
}

/**
 * One statement for a batch: the messages (in order), each conversation's last activity and
 * unread count, each contact's last activity. Row ids come from a sequence in input order. An
 * entry naming a chat instead of an identity is written in that chat's conversation, found by
 * the bot's unique (bot, chat) index; a chat with no identity (any more) records nothing. Every
 * row is reached by an index (a lateral lookup, `= ANY` of the ids): joined, the planner hashes
 * whole tables it thinks small, a scan of every identity and contact per batch. An
 * update processed again (after a crash or an outage) adds nothing: its event's message is
 * already there, and only messages actually inserted count towards unread and last activity.
 */
const APPEND = `
  WITH given AS (
    SELECT * FROM unnest($1::uuid[], $2::bigint[], $3::uuid[], $4::uuid[], $5::bigint[], $6::varchar[], $7::varchar[], $8::text[], $9::varchar[], $10::bigint[], $11::bigint[], $12::bigint[], $13::varchar[])
      WITH ORDINALITY AS given(tenant_id, contact_id, identity_id, bot_id, chat_id, direction, kind, text, callback_data, telegram_message_id, sender_telegram_id, event_id, preview, position)
  ), input AS (
    SELECT given.tenant_id, coalesce(given.contact_id, chat.contact_id) AS contact_id, coalesce(given.identity_id, chat.id) AS identity_id, given.bot_id,
      given.direction, given.kind, given.text, given.callback_data, given.telegram_message_id, given.sender_telegram_id, given.event_id, given.preview, given.position
    FROM given LEFT JOIN LATERAL (
      SELECT id, contact_id FROM telegram_identities AS identity
      WHERE given.identity_id IS NULL AND identity.bot_id = given.bot_id AND identity.chat_id = given.chat_id AND identity.tenant_id = given.tenant_id
    ) AS chat ON true
    WHERE given.identity_id IS NOT NULL OR chat.id IS NOT NULL
  ), message AS (
    INSERT INTO conversation_messages (tenant_id, contact_id, identity_id, bot_id, direction, kind, text, callback_data, telegram_message_id, sender_telegram_id, event_id)
    SELECT tenant_id, contact_id, identity_id, bot_id, direction, kind, text, callback_data, telegram_message_id, sender_telegram_id, event_id
    FROM input ORDER BY position
    ON CONFLICT (tenant_id, event_id) DO NOTHING
    RETURNING *
  ), written AS (
    SELECT * FROM input WHERE event_id IS NULL OR event_id IN (SELECT event_id FROM message)
  ), latest AS (
    SELECT DISTINCT ON (identity_id) identity_id, preview, count(*) FILTER (WHERE direction = $14) OVER (PARTITION BY identity_id) AS unread
    FROM written ORDER BY identity_id, position DESC
  ), conversation AS (
    UPDATE telegram_identities AS identity
    SET last_message_at = now(), last_message_preview = latest.preview, unread_count = identity.unread_count + latest.unread
    FROM latest
    WHERE identity.id = latest.identity_id AND identity.id = ANY (ARRAY(SELECT identity_id FROM latest))
  ), contact AS (
    UPDATE contacts SET last_activity_at = now() WHERE id = ANY (ARRAY(SELECT contact_id FROM written))
  )
  SELECT * FROM message ORDER BY id`;

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
    return this.appends.submit({ to: identity, direction: MessageDirection.INBOUND, message, eventId });
  }

  /**
   * A message the bot sent to one of its chats (no unread count: it is ours), written in that
   * chat's conversation: the sender need not look the identity up first.
   */
  async recordOutbound(chat: BotChat, text: string, telegramMessageId: string | null): Promise<void> {
    const message: InboundMessage = {
      kind: 'text',
      text,
      callbackData: null,
      telegramMessageId: telegramMessageId === null ? null : Number(telegramMessageId),
      senderTelegramId: null,
    };
    await this.appends.submit({ to: chat, direction: MessageDirection.OUTBOUND, message, eventId: null });
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
    const params = appendParams(entries);
    const stored = (await this.announcesReceived(entries))
      ? await this.appendRecordingEvents(entries, params)
      : (await this.dataSource.query<StoredRow[]>(APPEND, params)).map(storedMessageOf);
    for (const message of stored) this.events.announce(message);
    return inboundResults(entries, stored);
  }

  private async announcesReceived(entries: Entry[]): Promise<boolean> {
    const tenants = new Set(entries.filter((entry) => entry.direction === MessageDirection.INBOUND).map((entry) => entry.to.tenantId));
    const wanted = await Promise.all([...tenants].map((tenantId) => this.eventsOut.wants(tenantId, EventType.MESSAGE_RECEIVED)));
    return wanted.includes(true);
  }

  private appendRecordingEvents(entries: Entry[], params: Params): Promise<ConversationMessage[]> {
    return this.dataSource.transaction(async (manager) => {
      const stored = (await manager.query<StoredRow[]>(APPEND, params)).map(storedMessageOf);
      // Only inbound entries answer a message, and they name their identity.
      const received = inboundResults(entries, stored).flatMap((message, index) =>
        message ? [contactEvents.messageReceived(message, entries[index].to as TelegramIdentity)] : [],
      );
      await this.queue.insertWithin(manager.queryRunner!, this.eventsOut.queue, await this.eventsOut.jobsFor(received));
      return stored;
    });
  }
}

function isIdentity(to: TelegramIdentity | BotChat): to is TelegramIdentity {
  return 'id' in to;
}

/** APPEND's parameters: a column per field, an entry per row. */
function appendParams(entries: Entry[]): Params {
  const column = <V>(valueOf: (entry: Entry) => V) => entries.map(valueOf);
  const idOrNull = (id: number | null) => (id === null ? null : String(id));
  return [
    column(({ to }) => to.tenantId),
    column(({ to }) => (isIdentity(to) ? to.contactId : null)),
    column(({ to }) => (isIdentity(to) ? to.id : null)),
    column(({ to }) => to.botId),
    column(({ to }) => (isIdentity(to) ? null : to.chatId)),
    column(({ direction }) => direction),
    column(({ message }) => message.kind),
    column(({ message }) => message.text),
    column(({ message }) => message.callbackData?.slice(0, 256) ?? null),
    column(({ message }) => idOrNull(message.telegramMessageId)),
    column(({ message }) => idOrNull(message.senderTelegramId)),
    column(({ eventId }) => eventId),
    column(({ message }) => previewOf(message)),
    MessageDirection.INBOUND,
  ];
}

/** A conversation_messages row as APPEND returns it. */
interface StoredRow {
  id: string;
  tenant_id: string;
  contact_id: string;
  identity_id: string;
  bot_id: string;
  direction: MessageDirection;
  kind: string;
  text: string | null;
  callback_data: string | null;
  telegram_message_id: string | null;
  sender_telegram_id: string | null;
  event_id: string | null;
  created_at: Date;
}

function storedMessageOf(row: StoredRow): ConversationMessage {
  return Object.assign(new ConversationMessage(), {
    id: row.id,
    tenantId: row.tenant_id,
    contactId: row.contact_id,
    identityId: row.identity_id,
    botId: row.bot_id,
    direction: row.direction,
    kind: row.kind,
    text: row.text,
    callbackData: row.callback_data,
    telegramMessageId: row.telegram_message_id,
    senderTelegramId: row.sender_telegram_id,
    eventId: row.event_id,
    createdAt: new Date(row.created_at),
  });
}

/**
 * Each entry's stored message: an inbound one is its event's, and null when that event already had
 * its message (or a second entry for one event was skipped); a message the bot sent answers null.
 */
function inboundResults(entries: Entry[], stored: ConversationMessage[]): Array<ConversationMessage | null> {
  const byEvent = new Map(stored.filter((message) => message.eventId !== null).map((message) => [message.eventId, message]));
  return entries.map(({ eventId }) => {
    const message = eventId === null ? undefined : byEvent.get(eventId);
    if (eventId !== null) byEvent.delete(eventId);
    return message ?? null;
  });
}
