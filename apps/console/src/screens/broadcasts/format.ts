import type { BroadcastState } from '../../gql/graphql';

export const EDITABLE: readonly BroadcastState[] = ['DRAFT', 'SCHEDULED'];
export const FINISHED: readonly BroadcastState[] = ['COMPLETED', 'CANCELLED'];
export const PAUSED: readonly BroadcastState[] = ['PAUSED', 'PAUSED_DAILY_LIMIT'];

export function formatDuration(seconds: number): string {
  if (seconds < 60) return `${Math.ceil(seconds)} s`;
  if (seconds < 3600) return `${Math.floor(seconds / 60)} min ${Math.ceil(seconds % 60)} s`;
  return `${(seconds / 3600).toFixed(1)} h`;
}

/** How long until the API's ETA, and when that is; a dash when it has none (not running, or nothing left). */
export function formatEta(eta: string | null | undefined, now = Date.now()): string {
  if (!eta) return '—';
  const at = new Date(eta);
  return `in ${formatDuration(Math.max(0, (at.getTime() - now) / 1000))} (${at.toLocaleTimeString()})`;
}

export const formatTime = (time: string | null | undefined): string => (time ? new Date(time).toLocaleString() : '—');

/** A state with the time it waits for, e.g. "SCHEDULED for 1/1/2027, 10:00:00 AM". */
export const stateWithTime = (state: BroadcastState, scheduledAt: string | null | undefined): string =>
  state === 'SCHEDULED' && scheduledAt ? `${state} for ${formatTime(scheduledAt)}` : state;
