import { randomBytes } from 'node:crypto';

let lastMs = 0;
let counter = 0;

/**
 * A UUID (version 7's layout) that sorts after every one this process made before: 48 bits of
 * milliseconds, then a counter within the millisecond, then random bits. The delivery queue
 * breaks ties between jobs written in one transaction on their ids, so random ids would shuffle
 * a contact's events; these keep the order they were recorded in.
 */
export function orderedId(now = Date.now()): string {
  if (now > lastMs) {
    lastMs = now;
    counter = 0;
  } else if (++counter > 0xfff) {
    // More than 4,096 in one millisecond: borrow the next one.
    lastMs += 1;
    counter = 0;
  }
  const random = randomBytes(8);
  const hex =
    lastMs.toString(16).padStart(12, '0') +
    (0x7000 | counter).toString(16) +
    ((random[0] & 0x3f) | 0x80).toString(16).padStart(2, '0') +
    random.subarray(1).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
