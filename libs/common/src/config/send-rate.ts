/** A send rate as configured: `30/s`, `20/min`. Kept as count per window so `30/min` stays exact. */
export interface SendRate {
  count: number;
  perMs: number;
}

const RATE_PATTERN = /^\s*(\d+(?:\.\d+)?)\s*\/\s*(s|sec|second|m|min|minute)\s*$/i;

export function parseSendRate(value: string): SendRate | null {
  const match = RATE_PATTERN.exec(value);
  if (!match) return null;
  const count = Number(match[1]);
  if (!(count > 0)) return null;
  const perMs = match[2].toLowerCase().startsWith('s') ? 1_000 : 60_000;
  return { count, perMs };
}
