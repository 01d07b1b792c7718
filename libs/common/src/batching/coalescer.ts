import { isDatabaseOutage } from '../errors/problem';

interface Pending<T, R> {
  item: T;
  resolve: (result: R) => void;
  reject: (error: unknown) => void;
}

export interface CoalescerOptions {
  /** Batches written at once; while they run, new items gather into the next one. */
  maxInFlight?: number;
  maxBatch?: number;
  /**
   * How long the first item of a batch waits for others to join it. Items submitted one by one
   * (sends paced a millisecond apart) otherwise make batches of one; a short wait lets the
   * database pay per batch again, for a few milliseconds of latency per item.
   */
  lingerMs?: number;
}

/**
 * Group commit for hot writes: items submitted while a write is running (or in the same turn
 * of the event loop) are written together by one `write` call, one statement and one commit,
 * yet each caller waits for its own item and gets its own result. Under light load a batch is
 * a single item; under heavy load the database pays per batch instead of per item.
 *
 * A failure stays with its owner: when a batch fails, its halves are written again (and
 * theirs, down to single items), so only the items that cannot be stored reject and the others
 * resolve as if they had been alone. This needs every `write` to be atomic (one statement or
 * one transaction), or a retried half would be stored twice. An unreachable database fails
 * the whole batch at once: written alone, each item would fail the same way, only later.
 */
export class Coalescer<T, R> {
  private pending: Array<Pending<T, R>> = [];
  private inFlight = 0;
  private scheduled = false;
  private readonly maxInFlight: number;
  private readonly maxBatch: number;
  private readonly lingerMs: number;

  /** `write` answers one result per item, in order. */
  constructor(
    private readonly write: (items: T[]) => Promise<R[]>,
    options: CoalescerOptions = {},
  ) {
    this.maxInFlight = options.maxInFlight ?? 2;
    this.maxBatch = options.maxBatch ?? 500;
    this.lingerMs = options.lingerMs ?? 0;
  }

  submit(item: T): Promise<R> {
    return new Promise((resolve, reject) => {
      this.pending.push({ item, resolve, reject });
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.scheduled || this.inFlight >= this.maxInFlight || this.pending.length === 0) return;
    this.scheduled = true;
    const flush = () => {
      this.scheduled = false;
      void this.flush();
    };
    // Let what was submitted in this turn of the event loop (or within the linger) join the batch.
    if (this.lingerMs > 0 && this.pending.length < this.maxBatch) setTimeout(flush, this.lingerMs);
    else setImmediate(flush);
  }

  private async flush(): Promise<void> {
    const batch = this.pending.splice(0, this.maxBatch);
    if (batch.length === 0) return;
    this.inFlight++;
    try {
      await this.settle(batch);
    } finally {
      this.inFlight--;
      this.schedule();
    }
  }

  /** Halves are written one after the other, so items keep their order and batches never overlap. */
  private async settle(batch: Array<Pending<T, R>>): Promise<void> {
    try {
      const results = await this.write(batch.map((entry) => entry.item));
      batch.forEach((entry, index) => entry.resolve(results[index]));
    } catch (error) {
      if (batch.length === 1 || isDatabaseOutage(error)) {
        for (const entry of batch) entry.reject(error);
        return;
      }
      const middle = Math.ceil(batch.length / 2);
      await this.settle(batch.slice(0, middle));
      await this.settle(batch.slice(middle));
    }
  }
}
