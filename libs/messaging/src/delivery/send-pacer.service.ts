import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Coalescer } from '@switchboard/common';

/** Telegram's per-chat limits: one message a second to a person, twenty a minute to a group. */
export const PRIVATE_CHAT_INTERVAL_MS = 1_000;
export const GROUP_CHAT_INTERVAL_MS = 3_000;

/**
 * Send slots reserved in PostgreSQL, so the limits hold across instances. Sends are paced one
 * interval apart (a bot at 30/s gets a slot every 33 ms), not released in bursts: bursts draw
 * 429s. A reservation answers when this send may go; the caller waits until then.
 */
interface SlotRequest {
  botId: string;
  botIntervalMs: number;
  chatId: string;
}

function chatIntervalOf(chatId: string): number {
  return Number(chatId) < 0 ? GROUP_CHAT_INTERVAL_MS : PRIVATE_CHAT_INTERVAL_MS;
}

/** Groups in key order: every transaction locks pacing rows in the same order, so two instances never deadlock. */
function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of [...items].sort((a, b) => key(a).localeCompare(key(b)))) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

interface DailyRequest {
  botId: string;
  dailyLimit: number;
}

@Injectable()
export class SendPacer {
  // One batch at a time, each in one transaction: a failed batch is retried by halves, which must not count twice.
  private readonly reservations = new Coalescer<SlotRequest, Date>(
    (requests) => this.dataSource.transaction((manager) => this.reserveMany(manager, requests)),
    { maxInFlight: 1 },
  );
  private readonly dailyCounts = new Coalescer<DailyRequest, boolean>(
    (requests) => this.dataSource.transaction((manager) => this.grant(manager, requests)),
    { maxInFlight: 1 },
  );

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The earliest moment both the bot's rate and the chat's allow this send. */
  reserve(botId: string, botIntervalMs: number, chatId: string): Promise<Date> {
    return this.reservations.submit({ botId, botIntervalMs, chatId });
  }

  /**
   * Reservations made together take consecutive slots in two statements: one per bot (its next
   * slot moves by n intervals) and one for all the chats (each by its own count).
   */
  private async reserveMany(manager: EntityManager, requests: SlotRequest[]): Promise<Date[]> {
    const botSlots = new Map<string, number>();
    for (const [botId, group] of groupBy(requests, (request) => request.botId)) {
      const interval = group[0].botIntervalMs;
      const [row]: Array<{ first_slot: Date }> = await manager.query(
        `INSERT INTO bot_send_pacing (bot_id, next_at) VALUES ($1, clock_timestamp() + $2::int * $3::float8 * interval '1 millisecond')
         ON CONFLICT (bot_id) DO UPDATE
           SET next_at = greatest(bot_send_pacing.next_at, bot_send_pacing.paused_until, clock_timestamp()) + $2::int * $3::float8 * interval '1 millisecond'
         RETURNING next_at - $2::int * $3::float8 * interval '1 millisecond' AS first_slot`,
        [botId, group.length, interval],
      );
      botSlots.set(botId, new Date(row.first_slot).getTime());
    }
    const chats = [...groupBy(requests, (request) => `${request.botId}:${request.chatId}`).values()];
    const chatRows: Array<{ bot_id: string; chat_id: string; first_slot: Date }> = await manager.query(
      `INSERT INTO chat_send_pacing (bot_id, chat_id, next_at)
       SELECT bot_id, chat_id, clock_timestamp() + sends * spacing * interval '1 millisecond'
       FROM unnest($1::uuid[], $2::bigint[], $3::int[], $4::int[]) AS wanted(bot_id, chat_id, sends, spacing)
       ON CONFLICT (bot_id, chat_id) DO UPDATE
         SET next_at = greatest(chat_send_pacing.next_at, clock_timestamp()) + (EXCLUDED.next_at - clock_timestamp())
       RETURNING bot_id, chat_id::text, next_at - (
         SELECT sends * spacing * interval '1 millisecond' FROM unnest($1::uuid[], $2::bigint[], $3::int[], $4::int[]) AS w(bot_id, chat_id, sends, spacing)
         WHERE w.bot_id = chat_send_pacing.bot_id AND w.chat_id = chat_send_pacing.chat_id
       ) AS first_slot`,
      [
        chats.map((group) => group[0].botId),
        chats.map((group) => group[0].chatId),
        chats.map((group) => group.length),
        chats.map((group) => chatIntervalOf(group[0].chatId)),
      ],
    );
    const chatSlots = new Map(chatRows.map((row) => [`${row.bot_id}:${row.chat_id}`, new Date(row.first_slot).getTime()]));
    const taken = new Map<string, number>();
    return requests.map((request) => {
      const chatKey = `${request.botId}:${request.chatId}`;
      const botIndex = taken.get(request.botId) ?? 0;
      const chatIndex = taken.get(chatKey) ?? 0;
      taken.set(request.botId, botIndex + 1);
      taken.set(chatKey, chatIndex + 1);
      const botSlot = botSlots.get(request.botId)! + botIndex * request.botIntervalMs;
      const chatSlot = chatSlots.get(chatKey)! + chatIndex * chatIntervalOf(request.chatId);
      return new Date(Math.max(botSlot, chatSlot));
    });
  }

  /** Telegram answered 429: nothing more goes out for this bot until `retryAfterMs` has passed. */
  async pause(botId: string, retryAfterMs: number): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO bot_send_pacing (bot_id, next_at, paused_until) VALUES ($1, clock_timestamp(), clock_timestamp() + $2 * interval '1 millisecond')
       ON CONFLICT (bot_id) DO UPDATE SET paused_until = greatest(bot_send_pacing.paused_until, EXCLUDED.paused_until)`,
      [botId, retryAfterMs],
    );
  }

  /** Counts a send against the bot's daily limit (per UTC day); false when the limit is reached. */
  async countToday(botId: string, dailyLimit: number | null): Promise<boolean> {
    if (dailyLimit === null) return true;
    return this.dailyCounts.submit({ botId, dailyLimit });
  }

  /** Sends counted against the bot's daily limit today (UTC). */
  async sentToday(botId: string): Promise<number> {
    return (await this.sentTodayByBot([botId])).get(botId) ?? 0;
  }

  /** The same count for several bots in one statement; a bot with nothing counted today is absent. */
  async sentTodayByBot(botIds: readonly string[]): Promise<Map<string, number>> {
    const rows: Array<{ bot_id: string; count: number }> = await this.dataSource.query(
      `SELECT bot_id, count FROM bot_daily_sends WHERE bot_id = ANY($1::uuid[]) AND day = (now() AT TIME ZONE 'UTC')::date`,
      [botIds],
    );
    return new Map(rows.map((row) => [row.bot_id, row.count]));
  }

  /** Sends counted together take one statement per bot: granted in order until the limit. */
  private async grant(manager: EntityManager, requests: DailyRequest[]): Promise<boolean[]> {
    const granted = new Map<string, number>();
    for (const [botId, group] of groupBy(requests, (request) => request.botId)) {
      const wanted = group.length;
      const limit = group[0].dailyLimit;
      await manager.query(
        `INSERT INTO bot_daily_sends (bot_id, day, count) VALUES ($1, (now() AT TIME ZONE 'UTC')::date, 0) ON CONFLICT (bot_id, day) DO NOTHING`,
        [botId],
      );
      // The old count is read (and locked) by the FROM clause before the row is updated.
      const [rows]: [Array<{ granted: number }>, number] = await manager.query(
        `UPDATE bot_daily_sends AS daily SET count = least(daily.count + $2::int, greatest(daily.count, $3::int))
         FROM (SELECT count FROM bot_daily_sends WHERE bot_id = $1 AND day = (now() AT TIME ZONE 'UTC')::date FOR UPDATE) AS before
         WHERE daily.bot_id = $1 AND daily.day = (now() AT TIME ZONE 'UTC')::date
         RETURNING daily.count - before.count AS granted`,
        [botId, wanted, limit],
      );
      const row = rows[0];
      granted.set(botId, row.granted);
    }
    return requests.map((request) => {
      const left = granted.get(request.botId) ?? 0;
      granted.set(request.botId, left - 1);
      return left > 0;
    });
  }
}
