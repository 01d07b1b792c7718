import type { ReactNode } from 'react';
import type { CombinedError } from 'urql';
import { errorText } from '../errors';

export interface OperationState<Data> {
  data?: Data;
  error?: CombinedError;
  fetching: boolean;
}

/** A query's error or first load; the screen renders the data itself. */
export function QueryStatus({ state }: { state: OperationState<unknown> }) {
  if (state.error) return <p role="alert">{errorText(state.error)}</p>;
  if (state.fetching && !state.data) return <p>Loading…</p>;
  return null;
}

/**
 * A mutation's outcome: the API's error message, or what it did once it answered (`done` may
 * answer null when the screen shows the outcome itself, e.g. a chat's new message).
 */
export function MutationResult<Data>({ state, done }: { state: OperationState<Data>; done: (data: Data) => ReactNode }) {
  if (state.error) return <p role="alert">{errorText(state.error)}</p>;
  const outcome = state.data && !state.fetching ? done(state.data) : null;
  return outcome === null || outcome === undefined ? null : <p role="status">{outcome}</p>;
}
