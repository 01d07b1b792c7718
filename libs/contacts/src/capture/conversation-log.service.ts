import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Coalescer } from '@switchboard/common';
import { ConversationMessage, MessageDirection } from '../conversation-message.entity';
import { ConversationEvents } from '../conversations/conversation-events.service';
import { TelegramIdentity } from '../telegram-identity.entity';
import { InboundMessage, previewOf } from './inbound-message';

interface Entry {
  identity: TelegramIdentity;
  direction: MessageDirection;
  message: InboundMessage;
}

/**
 * One statement for a batch: the messages (in order), each conversation's last activity and
 * unread count, each contact's last activity. Row ids come from a sequence in input order.
 */
const APPEND = `
  WITH message AS (
    INSERT INTO conversation_messages (tenant_id, contact_id, identity_id, bot_id, direction, kind, text, callback_data, telegram_message_id, sender_telegram_id)
    SELECT tenant_id, contact_id, identity_id, bot_id, direction, kind, text, callback_data, telegram_message_id, sender_telegram_id
    FROM unnest($1::uuid[], $2::bigint[], $3::uuid[], $4::uuid[], $5::varchar[], $6::varchar[], $7::text[], $8::varchar[], $9::bigint[], $10::bigint[])
      WITH ORDINALITY AS input(tenant_id, contact_id, identity_id, bot_id, direction, kind, text, callback_data, telegram_message_id, sender_telegram_id, position)
    ORDER BY position
    RETURNING id, created_at
  ), conversation AS (
    UPDATE telegram_identities AS identity
    SET last_message_at = now(), last_message_preview = latest.preview, unread_count = identity.unread_count + latest.unread
    FROM unnest($11::uuid[], $12::varchar[], $13::int[]) AS latest(id, preview, unread)
    WHERE identity.id = latest.id
  ), contact AS (
    UPDATE contacts SET last_activity_at = now() WHERE id = ANY($14::bigint[])
  )
  SELECT id::text AS id, created_at FROM message ORDER BY id`;

/** Appends messages to conversations, keeps the inbox (last activity, unread count) and announces them. */
@Injectable()
export class ConversationLog {
  // One batch at a time: batches touch several conversations, and must not lock them in two orders at once.
  private readonly appends = new Coalescer<Entry, ConversationMessage>((entries) => this.append(entries), { maxInFlight: 1 });

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: ConversationEvents,
  ) {}

  recordInbound(identity: TelegramIdentity, message: InboundMessage): Promise<ConversationMessage> {
    return this.appends.submit({ identity, direction: MessageDirection.INBOUND, message });
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
    await this.appends.submit({ identity, direction: MessageDirection.OUTBOUND, message });
  }

  /** A pressed button's data was a token standing for the tenant's own: the conversation keeps the latter. */
  async resolveCallbackData(botId: string, sent: string, original: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE conversation_messages SET callback_data = $3 WHERE bot_id = $1 AND callback_data = $2 AND direction = $4`,
      [botId, sent, original.slice(0, 256), MessageDirection.INBOUND],
    );
  }

  async markRead(identity: TelegramIdentity): Promise<TelegramIdentity> {
    identity.unreadCount = 0;
    return this.dataSource.getRepository(TelegramIdentity).save(identity);
  }

  private async append(entries: Entry[]): Promise<ConversationMessage[]> {
    const values = entries.map(({ identity, direction, message }) => ({
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
    }));
    const latest = new Map<string, { preview: string; unread: number }>();
    for (const { identity, direction, message } of entries) {
      const unread = (latest.get(identity.id)?.unread ?? 0) + (direction === MessageDirection.INBOUND ? 1 : 0);
      latest.set(identity.id, { preview: previewOf(message), unread });
    }
    const column = <K extends keyof (typeof values)[number]>(key: K) => values.map((value) => value[key]);
    const rows: Array<{ id: string; created_at: Date }> = await this.dataSource.query(APPEND, [
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
      [...latest.keys()],
      [...latest.values()].map((entry) => entry.preview),
      [...latest.values()].map((entry) => entry.unread),
      [...new Set(column('contactId'))],
    ]);
    return values.map((value, index) => {
      const stored = Object.assign(new ConversationMessage(), value, { id: rows[index].id, createdAt: new Date(rows[index].created_at) });
      this.events.announce(stored);
      return stored;
    });
  }
}
