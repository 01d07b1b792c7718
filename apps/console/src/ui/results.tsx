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

/** A mutation's outcome: the API's error message, or what it did once it answered. */
export function MutationResult<Data>({ state, done }: { state: OperationState<Data>; done: (data: Data) => ReactNode }) {
  if (state.error) return <p role="alert">{errorText(state.error)}</p>;
  if (state.data && !state.fetching) return <p role="status">{done(state.data)}</p>;
  return null;
}
