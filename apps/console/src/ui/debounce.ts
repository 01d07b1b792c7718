import { useEffect, useState } from 'react';

/** The value once it has stayed the same for `delayMs`: for work that should follow typing, not every key. */
export function useDebounced<T extends string | number | boolean | null>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}
