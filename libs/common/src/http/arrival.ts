import type { NextFunction, Request, Response } from 'express';

const ARRIVED_AT = Symbol('arrivedAt');

type Stamped = Request & { [ARRIVED_AT]?: number };

/** Runs first on every request: latencies measured from here include parsing and every guard. */
export function markArrival(req: Request, _res: Response, next: NextFunction): void {
  (req as Stamped)[ARRIVED_AT] = performance.now();
  next();
}

/** Seconds since the request reached the app (since now, for a request that was never stamped). */
export function secondsSinceArrival(req: Request): number {
  const arrivedAt = (req as Stamped)[ARRIVED_AT];
  return arrivedAt === undefined ? 0 : (performance.now() - arrivedAt) / 1_000;
}
