import { useMemo } from 'react';
import { useQuery } from 'urql';
import { errorText } from '../../errors';
import { useSettled } from '../../ui/settled';
import type { CriteriaResult } from './criteria';
import { counted } from './names';
import { SegmentCount } from './operations';

/** How long criteria must rest before they are counted: a count per pause in typing, not per key. */
const COUNT_DELAY_MS = 300;

/**
 * How many contacts the criteria being edited match, counted by the API as a segment saved with
 * them would be (segmentCount), once they rest for a moment; the last count stays, marked, while
 * the next is read.
 */
export function LiveCount({ read }: { read: CriteriaResult }) {
  const key = read.criteria ? JSON.stringify(read.criteria) : null;
  const settled = useSettled(key, COUNT_DELAY_MS);
  const variables = useMemo(() => ({ criteria: settled ? JSON.parse(settled) : {} }), [settled]);
  const [state] = useQuery({ query: SegmentCount, variables, pause: settled === null, requestPolicy: 'network-only' });

  if (read.error) return <p role="alert">Cannot count: {read.error}</p>;
  if (state.error) return <p role="alert">Cannot count: {errorText(state.error)}</p>;
  const count = state.data?.segmentCount;
  const pending = key !== settled || state.fetching;
  return (
    <p role="status" aria-live="polite" data-testid="live-count">
      {count === undefined ? 'Counting…' : `${counted(count, 'matching contact')}${pending ? ' (counting…)' : ''}`}
    </p>
  );
}
