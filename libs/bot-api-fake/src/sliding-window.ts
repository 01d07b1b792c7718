/** Hits within the last `windowMs`; tells how long until one more hit fits under `limit`. */
export class SlidingWindow {
  private hits: number[] = [];

  constructor(private readonly windowMs: number) {}

  /** 0 when a hit fits now, else the ms until the oldest blocking hit leaves the window. */
  waitMs(now: number, limit: number): number {
    this.prune(now);
    if (this.hits.length < limit) return 0;
    const blocking = this.hits[this.hits.length - limit];
    return blocking + this.windowMs - now;
  }

  record(now: number): void {
    this.hits.push(now);
  }

  private prune(now: number): void {
    const firstInside = this.hits.findIndex((at) => at > now - this.windowMs);
    this.hits = firstInside === -1 ? [] : this.hits.slice(firstInside);
  }
}
