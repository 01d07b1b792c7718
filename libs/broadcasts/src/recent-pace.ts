/**
 * Sends per second over the last `windowSeconds`, or over the time since the broadcast started
 * when that is shorter: dividing its first seconds' sends by the whole window would read as a
 * fraction of the real pace (and put the ETA far too late).
 */
export function recentPace(sentRecently: number, startedAt: Date | null, windowSeconds: number, now = Date.now()): number {
  const sinceStart = startedAt ? (now - startedAt.getTime()) / 1_000 : windowSeconds;
  const seconds = Math.min(windowSeconds, Math.max(1, sinceStart));
  return Math.round((sentRecently / seconds) * 10) / 10;
}
