import { SlidingWindow } from './sliding-window';

/** How often a send waiting only for answers of sends in flight looks again. */
const IN_FLIGHT_POLL_MS = 5;

/**
 * A rate limit counted the way the receiver counts it, by arrival, from what the sender knows:
 * when a call left and when its answer came. A call in flight takes a place in the window until
 * its answer, then keeps it for the window's length from that answer (it arrived no later). A
 * call may leave once fewer than `limit` places are taken, so the calls `limit` apart arrive at
 * least a window apart, however long networks, event loops and the receiver held any of them.
 */
export class AnsweredWindow {
  private inFlight = 0;
  private readonly answered: SlidingWindow;

  constructor(windowMs: number) {
    this.answered = new SlidingWindow(windowMs);
  }

  /** 0 when a call may leave now, else how long to wait before asking again. */
  waitMs(now: number, limit: number): number {
    if (this.inFlight >= limit) return IN_FLIGHT_POLL_MS;
    return this.answered.waitMs(now, limit - this.inFlight);
  }

  /** Counts a call leaving now; call the answer back when it is answered (or fails). */
  depart(): () => void {
    this.inFlight += 1;
    let answered = false;
    return () => {
      if (answered) return;
      answered = true;
      this.inFlight -= 1;
      this.answered.record(Date.now());
    };
  }

  /** Nothing in flight and nothing answered within the window at `now`: forgetting it changes nothing. */
  isIdle(now: number): boolean {
    return this.inFlight === 0 && this.answered.waitMs(now, 1) === 0;
  }
}
