/**
 * Follows the app's outbound_messages for some bots from before the first enqueue until all are
 * settled, reading the table directly: polling message(id) for thousands of ids would load the app
 * being measured. Watching during queueing tells whether delivery kept pace (no backlog) or lagged.
 */
import { Client } from 'pg';

export interface Failure {
  code: number | null;
  description: string | null;
  count: number;
}

export interface Backlog {
  /** Most messages QUEUED at once. */
  peakQueued: number;
  /** QUEUED when the last enqueue was answered, and settled after that until the end. */
  queuedAtEnqueueEnd: number;
  /** Seconds from the last enqueue to the last sent_at; 0 when delivery had kept pace. */
  drainSeconds: number;
}

export interface Outcome {
  byStatus: Record<string, number>;
  /** Epoch ms of the last sent_at, the app's own clock (same machine): when the run really ended. */
  lastSentAt: number | null;
  failures: Failure[];
  timedOut: boolean;
  backlog: Backlog;
}

interface Counts {
  byStatus: Record<string, number>;
  lastSentAt: number | null;
  queued: number;
  settled: number;
}

/**
 * Counting every message by status is work for the database the app shares: sampled every 200 ms
 * it was about a twentieth of PostgreSQL's time during the drain. The drain rate is the fake's.
 */
const POLL_MS = 1_000;
const PROGRESS_EVERY_MS = 5_000;

export class DeliveryWatch {
  private peakQueued = 0;

  private constructor(
    private readonly client: Client,
    private readonly botIds: string[],
  ) {}

  static async start(url: string, botIds: string[]): Promise<DeliveryWatch> {
    const client = new Client({ connectionString: url });
    await client.connect();
    return new DeliveryWatch(client, botIds);
  }

  /** Samples while `work` runs (queueing), then until the `expected` messages it queued are settled or time runs out. */
  async follow(work: Promise<{ expected: number; endedAt: number }>, timeoutMs: number, log: (message: string) => void): Promise<Outcome> {
    try {
      let done: { expected: number; endedAt: number } | undefined;
      let failed: { error: unknown } | undefined;
      let atEnd: Counts | undefined;
      void work.then(
        (value) => (done = value),
        (error: unknown) => (failed = { error }),
      );
      const deadline = Date.now() + timeoutMs;
      let nextProgress = Date.now() + PROGRESS_EVERY_MS;
      for (;;) {
        // Queueing still running when sampled: a sample taken before `done` is known counts as "during".
        const finished = done;
        const counts = await this.counts();
        this.peakQueued = Math.max(this.peakQueued, counts.queued);
        if (finished && !atEnd) atEnd = counts;
        if (finished && ((counts.queued === 0 && counts.settled >= finished.expected) || Date.now() > deadline)) {
          return await this.outcome(counts, finished.endedAt, atEnd!, Date.now() > deadline);
        }
        if (Date.now() >= nextProgress) {
          log(`  ${counts.settled.toLocaleString('en-US')} settled, ${counts.queued.toLocaleString('en-US')} queued`);
          nextProgress += PROGRESS_EVERY_MS;
        }
        // Failing to queue fails the run: stop sampling rather than wait out the timeout.
        if (failed) throw failed.error;
        if (!finished && Date.now() > deadline) throw new Error(`queueing did not finish within ${timeoutMs / 1000} s`);
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      }
    } finally {
      await this.client.end();
    }
  }

  private async counts(): Promise<Counts> {
    const { rows } = await this.client.query<{ status: string; n: number; last: Date | null }>(
      'SELECT status, count(*)::int AS n, max(sent_at) AS last FROM outbound_messages WHERE bot_id = ANY($1::uuid[]) GROUP BY status',
      [this.botIds],
    );
    const byStatus = Object.fromEntries(rows.map((row) => [row.status, row.n]));
    const last = rows.map((row) => row.last?.getTime() ?? 0).reduce((a, b) => Math.max(a, b), 0);
    const queued = byStatus.QUEUED ?? 0;
    return { byStatus, lastSentAt: last || null, queued, settled: rows.reduce((sum, row) => sum + row.n, 0) - queued };
  }

  private async outcome(counts: Counts, enqueueEndedAt: number, atEnd: Counts, timedOut: boolean): Promise<Outcome> {
    const { rows } = await this.client.query<Failure>(
      `SELECT error_code AS code, error_description AS description, count(*)::int AS count FROM outbound_messages
       WHERE bot_id = ANY($1::uuid[]) AND status = 'FAILED' GROUP BY 1, 2 ORDER BY 3 DESC`,
      [this.botIds],
    );
    const drainSeconds = counts.lastSentAt !== null ? Math.max(0, (counts.lastSentAt - enqueueEndedAt) / 1000) : 0;
    return {
      byStatus: counts.byStatus,
      lastSentAt: counts.lastSentAt,
      failures: rows,
      timedOut,
      backlog: { peakQueued: this.peakQueued, queuedAtEnqueueEnd: atEnd.queued, drainSeconds },
    };
  }
}
