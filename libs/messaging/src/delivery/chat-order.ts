import { Repository } from 'typeorm';
import { DeliveryStatus, OutboundMessage } from '../outbound-message.entity';
import { chatIntervalOf } from './send-pacer.service';

/**
 * How many older messages to the same chat are still QUEUED, for each of these (broadcasts'
 * messages aside: one per chat, in a queue of their own). An index read per message, on
 * (bot_id, chat_id, created_at, id).
 */
const AHEAD = `
  SELECT message.id::text AS id, (
    SELECT count(*)::int FROM outbound_messages AS older
    WHERE older.bot_id = message.bot_id AND older.chat_id = message.chat_id AND older.status = $2
      AND older.broadcast_id IS NULL AND older.id < message.id
  ) AS ahead
  FROM outbound_messages AS message WHERE message.id = ANY($1::bigint[])`;

/**
 * A chat's messages go out in the order they were queued. Jobs are taken in batches by several
 * loops and instances, so two messages to one chat may be taken at once: the younger is put off
 * by one chat interval per message ahead of it (the chat's own limit would hold it that long
 * anyway), and sent once none is ahead. Answers, per message id, when its send may be tried again.
 */
export async function putOffBehindOlder(messages: Repository<OutboundMessage>, candidates: OutboundMessage[]): Promise<Map<string, Date>> {
  const single = candidates.filter((message) => !message.broadcastId);
  if (single.length === 0) return new Map();
  const rows: Array<{ id: string; ahead: number }> = await messages.query(AHEAD, [single.map((message) => message.id), DeliveryStatus.QUEUED]);
  const chatOf = new Map(single.map((message) => [message.id, message.chatId]));
  const now = Date.now();
  return new Map(rows.filter((row) => row.ahead > 0).map((row) => [row.id, new Date(now + row.ahead * chatIntervalOf(chatOf.get(row.id)!))]));
}
