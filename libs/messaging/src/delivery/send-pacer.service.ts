import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
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

export function chatIntervalOf(chatId: string): number {
  return Number(chatId) < 0 ? GROUP_CHAT_INTERVAL_MS : PRIVATE_CHAT_INTERVAL_MS;
}

/** Groups in first-seen order (the statements lock rows in key order themselves). */
function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

/**
 * Takes n consecutive slots per bot and per chat, atomically: rows are locked in key order (bots,
 * then chats), so two instances never deadlock. `first_slot` is the first of each one's n slots.
 */
/** Today's (UTC) row of each bot, if missing. */
const ADD_TODAY = `
  INSERT INTO bot_daily_sends (bot_id, day, count)
  SELECT bot_id, (now() AT TIME ZONE 'UTC')::date, 0 FROM unnest($1::uuid[]) AS wanted(bot_id) ORDER BY bot_id
  ON CONFLICT (bot_id, day) DO NOTHING`;

/**
 * Counts n more sends for each bot, up to its limit, and answers how many were granted. The old
 * counts are read (and locked, in key order) by the FROM clause before the rows are updated.
 */
const COUNT_TODAY = `
  UPDATE bot_daily_sends AS daily SET count = least(daily.count + wanted.sends, greatest(daily.count, wanted.daily_limit))
  FROM unnest($1::uuid[], $2::int[], $3::int[]) AS wanted(bot_id, sends, daily_limit),
    (SELECT bot_id, count FROM bot_daily_sends WHERE bot_id = ANY($1::uuid[]) AND day = (now() AT TIME ZONE 'UTC')::date ORDER BY bot_id FOR UPDATE) AS before
  WHERE daily.bot_id = wanted.bot_id AND before.bot_id = wanted.bot_id AND daily.day = (now() AT TIME ZONE 'UTC')::date
  RETURNING daily.bot_id::text AS bot_id, daily.count - before.count AS granted`;

const RESERVE = `
  WITH bot AS (
    INSERT INTO bot_send_pacing AS pacing (bot_id, next_at)
    SELECT bot_id, clock_timestamp() + sends * spacing * interval '1 millisecond'
    FROM unnest($1::uuid[], $2::int[], $3::float8[]) AS wanted(bot_id, sends, spacing) ORDER BY bot_id
    ON CONFLICT (bot_id) DO UPDATE
      SET next_at = greatest(pacing.next_at, pacing.paused_until, clock_timestamp()) + (EXCLUDED.next_at - clock_timestamp())
    RETURNING pacing.bot_id, pacing.next_at
  ), chat AS (
    INSERT INTO chat_send_pacing AS pacing (bot_id, chat_id, next_at)
    SELECT bot_id, chat_id, clock_timestamp() + sends * spacing * interval '1 millisecond'
    FROM unnest($4::uuid[], $5::bigint[], $6::int[], $7::int[]) AS wanted(bot_id, chat_id, sends, spacing) ORDER BY bot_id, chat_id
    ON CONFLICT (bot_id, chat_id) DO UPDATE
      SET next_at = greatest(pacing.next_at, clock_timestamp()) + (EXCLUDED.next_at - clock_timestamp())
    RETURNING pacing.bot_id, pacing.chat_id, pacing.next_at
  )
  SELECT bot.bot_id::text AS key, bot.next_at - wanted.sends * wanted.spacing * interval '1 millisecond' AS first_slot
  FROM bot JOIN unnest($1::uuid[], $2::int[], $3::float8[]) AS wanted(bot_id, sends, spacing) USING (bot_id)
  UNION ALL
  SELECT chat.bot_id || ':' || chat.chat_id, chat.next_at - wanted.sends * wanted.spacing * interval '1 millisecond'
  FROM chat JOIN unnest($4::uuid[], $5::bigint[], $6::int[], $7::int[]) AS wanted(bot_id, chat_id, sends, spacing) USING (bot_id, chat_id)`;

interface DailyRequest {
  botId: string;
  dailyLimit: number;
}

@Injectable()
export class SendPacer {
  // One batch at a time, each in one transaction: a failed batch is retried by halves, which must not count twice.
  private readonly reservations = new Coalescer<SlotRequest, Date>((requests) => this.reserveMany(requests), { maxInFlight: 1 });
  private readonly dailyCounts = new Coalescer<DailyRequest, boolean>((requests) => this.grant(requests), { maxInFlight: 1 });

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The earliest moment both the bot's rate and the chat's allow this send. */
  reserve(botId: string, botIntervalMs: number, chatId: string): Promise<Date> {
    return this.reservations.submit({ botId, botIntervalMs, chatId });
  }

  /**
   * Reservations made together take consecutive slots in one statement: each bot's next slot
   * moves by n intervals, each chat's by its own count.
   */
  private async reserveMany(requests: SlotRequest[]): Promise<Date[]> {
    const bots = [...groupBy(requests, (request) => request.botId).values()];
    const chats = [...groupBy(requests, (request) => `${request.botId}:${request.chatId}`).values()];
    const rows: Array<{ key: string; first_slot: Date }> = await this.dataSource.query(RESERVE, [
      bots.map((group) => group[0].botId),
      bots.map((group) => group.length),
      bots.map((group) => group[0].botIntervalMs),
      chats.map((group) => group[0].botId),
      chats.map((group) => group[0].chatId),
      chats.map((group) => group.length),
      chats.map((group) => chatIntervalOf(group[0].chatId)),
    ]);
    const firstSlots = new Map(rows.map((row) => [row.key, new Date(row.first_slot).getTime()]));
    const taken = new Map<string, number>();
    return requests.map((request) => {
      const chatKey = `${request.botId}:${request.chatId}`;
      const botIndex = taken.get(request.botId) ?? 0;
      const chatIndex = taken.get(chatKey) ?? 0;
      taken.set(request.botId, botIndex + 1);
      taken.set(chatKey, chatIndex + 1);
      const botSlot = firstSlots.get(request.botId)! + botIndex * request.botIntervalMs;
      const chatSlot = firstSlots.get(chatKey)! + chatIndex * chatIntervalOf(request.chatId);
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

  /**
   * Sends counted together are granted in order until each bot's limit, in one statement when
   * today's rows exist (a bot's first send of the day adds its row first). Both statements are
   * atomic on their own, so a batch retried by halves never counts twice.
   */
  private async grant(requests: DailyRequest[]): Promise<boolean[]> {
    const bots = [...groupBy(requests, (request) => request.botId).values()];
    const params = [bots.map((group) => group[0].botId), bots.map((group) => group.length), bots.map((group) => group[0].dailyLimit)];
    let rows: Array<{ bot_id: string; granted: number }> = (await this.dataSource.query(COUNT_TODAY, params))[0];
    if (rows.length < bots.length) {
      await this.dataSource.query(ADD_TODAY, [params[0]]);
      const missing = bots.filter((group) => !rows.some((row) => row.bot_id === group[0].botId));
      const more = (await this.dataSource.query(COUNT_TODAY, [missing.map((group) => group[0].botId), missing.map((group) => group.length), missing.map((group) => group[0].dailyLimit)]))[0];
      rows = [...rows, ...more];
    }
    const granted = new Map(rows.map((row) => [row.bot_id, row.granted]));
    return requests.map((request) => {
      const left = granted.get(request.botId) ?? 0;
      granted.set(request.botId, left - 1);
      return left > 0;
    });
  }
}
