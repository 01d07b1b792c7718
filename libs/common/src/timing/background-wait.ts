import { setTimeout as sleep } from 'node:timers/promises';

/**
 * A wait inside background work (a send waiting for its slot, a dispatcher spacing its passes).
 * It never holds the process open by itself: a running app is kept alive by its server and its
 * pools, and a stopped one must not linger for a send that waits seconds for its slot.
 */
export function backgroundWait(ms: number): Promise<void> {
  return sleep(ms, undefined, { ref: false });
}
