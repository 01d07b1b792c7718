import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Polls `read` about once a second and yields each reading that differs from the last, ending
 * after the one `isLast` accepts: a broadcast's progress pushed at most once a second, whatever
 * its send rate.
 */
export async function* changesOf<T>(read: () => Promise<T | null>, isLast: (value: T) => boolean, everyMs = 1_000): AsyncGenerator<T> {
  let previous = '';
  for (;;) {
    const value = await read();
    if (value === null) return;
    const seen = JSON.stringify(value, (key, field: unknown) => (key === 'eta' || key === 'at' ? undefined : field));
    if (seen !== previous) {
      previous = seen;
      yield value;
    }
    if (isLast(value)) return;
    await sleep(everyMs);
  }
}
