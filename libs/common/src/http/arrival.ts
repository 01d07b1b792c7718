import type { IncomingMessage } from 'node:http';

const ARRIVED_AT = Symbol('arrivedAt');

type Stamped = IncomingMessage & { [ARRIVED_AT]?: number };

/** Runs first on every request: latencies measured from here include parsing and every guard. */
export function markArrival(req: IncomingMessage, _res: unknown, next: () => void): void {
  stampArrival(req);
  next();
}

export function stampArrival(req: IncomingMessage): void {
  (req as Stamped)[ARRIVED_AT] = performance.now();
}

/** Seconds since the request reached the app (since now, for a request that was never stamped). */
export function secondsSinceArrival(req: IncomingMessage): number {
  const arrivedAt = (req as Stamped)[ARRIVED_AT];
  return arrivedAt === undefined ? 0 : (performance.now() - arrivedAt) / 1_000;
}
