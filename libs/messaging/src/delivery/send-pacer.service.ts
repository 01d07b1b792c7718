import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Coalescer } from '@switchboard/common';

/**
 * Telegram's per-chat limits (one message a second to a person, twenty a minute to a group) as
 * the spacing of a chat's slots, with room for a send's lateness (MAX_LATENESS_MS) and its
 * transit: two sends to a chat a slot apart never arrive within one window.
 */
export const PRIVATE_CHAT_INTERVAL_MS = 1_030;
export const GROUP_CHAT_INTERVAL_MS = 3_030;
/**
 * A send leaves within this long of its slot or takes a new one. Slots are spaced a share (97%)
 * of the exact interval apart, so any window holds at most the limit's number of sends that each
 * left within this of their slots, whichever instance sent them: 31 ms of room at 30/s, 30 ms at
 * a chat's; the rest is left for the network. Paid broadcasts' fast rates are not held to it (see
 * the delivery worker's maxLatenessOf).
 */
export const MAX_LATENESS_MS = 15;
/**
 * A slot is never sooner than this after it is reserved: the answer takes a round trip (longer on
 * a busy machine), and a slot already past on arrival would be late before its send could leave.
 */
const RESERVE_LEAD_MS = 20;

/** When a send may go, and whether that moment is one of its bot's slots (else it waits for its chat, then asks for one). */
export interface SendSlot {
  at: Date;
  botSlot: boolean;
}

/**
 * A slot asked for. `chatHeld`: the send already holds its chat's slot (reserved earlier and
 * passed, or passed unused): it asks only for a bot slot, and moves the chat's next one past it.
 */
interface SlotRequest {
  botId: string;
  botIntervalMs: number;
  chatId: string;
  chatHeld: boolean;
}

export function chatIntervalOf(chatId: string): number {
  return Number(chatId) < 0 ? GROUP_CHAT_INTERVAL_MS : PRIVATE_CHAT_INTERVAL_MS;
}

/** Groups in first-seen order. */
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
 * Splits requests into rounds in which each chat appears once (the statement reserves one slot
 * per chat); a chat's second request goes in the next round, after the first.
 */
function roundsOf(requests: SlotRequest[]): Array<Array<{ request: SlotRequest; index: number }>> {
  const rounds: Array<Array<{ request: SlotRequest; index: number }>> = [];
  const seen = new Map<string, number>();
  requests.forEach((request, index) => {
    const key = `${request.botId}:${request.chatId}`;
    const round = seen.get(key) ?? 0;
    seen.set(key, round + 1);
    (rounds[round] ??= []).push({ request, index });
  });
  return rounds;
}

/**
 * Slots for sends, one per chat, atomically. A send whose chat is free by now (or that holds its
 * chat's slot) takes its bot's next slot, and its chat's next slot moves one chat interval past
 * it; a send whose chat is not free takes only the chat's next slot, and asks for a bot slot when
 * that comes. So every send leaves at a slot of its bot and of its chat, both spaced apart, and no
 * bot slot is spent waiting for a chat. Rows are locked chats first, then bots, each in key order.
 */
const RESERVE = `
  WITH wanted AS (
    SELECT * FROM unnest($1::uuid[], $2::bigint[], $3::float8[], $4::float8[], $5::boolean[])
      WITH ORDINALITY AS wanted(bot_id, chat_id, bot_spacing, chat_spacing, chat_held, position)
  ), chat_before AS (
    SELECT pacing.bot_id, pacing.chat_id, pacing.next_at FROM chat_send_pacing AS pacing JOIN wanted USING (bot_id, chat_id)
    ORDER BY pacing.bot_id, pacing.chat_id FOR UPDATE OF pacing
  ), decided AS (
    SELECT wanted.*, chat_before.next_at AS chat_free,
      wanted.chat_held OR coalesce(chat_before.next_at <= clock_timestamp() + $6 * interval '1 millisecond', true) AS takes_bot_slot
    FROM wanted LEFT JOIN chat_before USING (bot_id, chat_id)
  ), bot_wanted AS (
    SELECT bot_id, min(bot_spacing) * interval '1 millisecond' AS spacing, count(*) * min(bot_spacing) * interval '1 millisecond' AS span
    FROM decided WHERE takes_bot_slot GROUP BY bot_id
  ), bot AS (
    INSERT INTO bot_send_pacing AS pacing (bot_id, next_at)
    SELECT bot_id, clock_timestamp() + $6 * interval '1 millisecond' + span FROM bot_wanted ORDER BY bot_id
    ON CONFLICT (bot_id) DO UPDATE
      SET next_at = greatest(pacing.next_at, pacing.paused_until, clock_timestamp() + $6 * interval '1 millisecond')
        + (SELECT span FROM bot_wanted WHERE bot_wanted.bot_id = EXCLUDED.bot_id)
    RETURNING pacing.bot_id, pacing.next_at
  ), slotted AS (
    SELECT decided.*, CASE WHEN takes_bot_slot
      THEN bot.next_at - bot_wanted.span + (row_number() OVER (PARTITION BY decided.bot_id, takes_bot_slot ORDER BY position) - 1) * bot_wanted.spacing
      ELSE chat_free END AS slot
    FROM decided LEFT JOIN bot_wanted USING (bot_id) LEFT JOIN bot USING (bot_id)
  ), chat AS (
    INSERT INTO chat_send_pacing AS pacing (bot_id, chat_id, next_at)
    SELECT bot_id, chat_id, slot + chat_spacing * interval '1 millisecond' FROM slotted ORDER BY bot_id, chat_id
    ON CONFLICT (bot_id, chat_id) DO UPDATE SET next_at = greatest(pacing.next_at, EXCLUDED.next_at)
  )
  SELECT position::int AS position, slot, takes_bot_slot FROM slotted`;

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

interface DailyRequest {
  botId: string;
  dailyLimit: number;
}

@Injectable()
export class SendPacer {
  // One batch at a time, each in one transaction: a failed batch is retried by halves, which must not count twice.
  private readonly reservations = new Coalescer<SlotRequest, SendSlot>((requests) => this.reserveMany(requests), { maxInFlight: 1 });
  private readonly dailyCounts = new Coalescer<DailyRequest, boolean>((requests) => this.grant(requests), { maxInFlight: 1 });

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** A slot for one send: see SendSlot; `chatHeld` when it holds its chat's slot already (see SlotRequest). */
  reserve(botId: string, botIntervalMs: number, chatId: string, chatHeld = false): Promise<SendSlot> {
    return this.reservations.submit({ botId, botIntervalMs, chatId, chatHeld });
  }

  /** Reservations made together are answered by one statement per round (see roundsOf), usually one. */
  private async reserveMany(requests: SlotRequest[]): Promise<SendSlot[]> {
    const slots: SendSlot[] = [];
    for (const round of roundsOf(requests)) {
      const rows: Array<{ position: number; slot: Date; takes_bot_slot: boolean }> = await this.dataSource.query(RESERVE, [
        round.map(({ request }) => request.botId),
        round.map(({ request }) => request.chatId),
        round.map(({ request }) => request.botIntervalMs),
        round.map(({ request }) => chatIntervalOf(request.chatId)),
        round.map(({ request }) => request.chatHeld),
        RESERVE_LEAD_MS,
      ]);
      for (const row of rows) slots[round[row.position - 1].index] = { at: new Date(row.slot), botSlot: row.takes_bot_slot };
    }
    return slots;
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
