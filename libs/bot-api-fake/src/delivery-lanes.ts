/**
 * Webhook concurrency as Telegram does it: updates of one chat go one at a time, in order, and at most
 * max_connections requests are open at once.
 */
export class DeliveryLanes {
  private readonly tails = new Map<string, Promise<void>>();
  private active = 0;
  private readonly waiting: Array<() => void> = [];

  async run<T>(lane: string | undefined, capacity: () => number, task: () => Promise<T>): Promise<T> {
    if (lane === undefined) return this.withPermit(capacity, task);
    const previous = this.tails.get(lane) ?? Promise.resolve();
    const result = previous.then(() => this.withPermit(capacity, task));
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    this.tails.set(lane, tail);
    void tail.then(() => {
      if (this.tails.get(lane) === tail) this.tails.delete(lane);
    });
    return result;
  }

  private async withPermit<T>(capacity: () => number, task: () => Promise<T>): Promise<T> {
    while (this.active >= capacity()) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.active += 1;
    try {
      return await task();
    } finally {
      this.active -= 1;
      this.waiting.shift()?.();
    }
  }
}
