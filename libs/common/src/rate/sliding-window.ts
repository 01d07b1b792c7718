/**
 * Hits within the last `windowMs`; tells how long until one more hit fits under `limit`. Hits
 * are recorded in time order, so the expired ones are always the oldest: they are dropped by
 * moving a start index, and the array is compacted only once half of it is dead.
 */
export class SlidingWindow {
  private hits: number[] = [];
  private start = 0;

  constructor(private readonly windowMs: number) {}

  /** 0 when a hit fits now, else the ms until the oldest blocking hit leaves the window. */
  waitMs(now: number, limit: number): number {
    this.prune(now);
    if (this.hits.length - this.start < limit) return 0;
    const blocking = this.hits[this.hits.length - limit];
    return blocking + this.windowMs - now;
  }

  record(now: number): void {
    this.hits.push(now);
  }

  private prune(now: number): void {
    while (this.start < this.hits.length && this.hits[this.start] <= now - this.windowMs) this.start++;
    if (this.start > 1_000 && this.start * 2 > this.hits.length) {
      this.hits = this.hits.slice(this.start);
      this.start = 0;
    }
  }
}
