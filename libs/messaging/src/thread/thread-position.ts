import { CommonError, CommonErrorCode, ReadFrom, TimedRow, decodeCursor, encodeCursor, isRowId } from '@switchboard/common';

/**
 * A conversation's thread is two lists read as one: what the person wrote (the conversation log)
 * and what was sent to them (the delivery engine's messages). Its order is newest first on
 * (time, source, id), a later source first at the same microsecond.
 */
export const THREAD_SOURCES = ['received', 'sent'] as const;
export type ThreadSource = (typeof THREAD_SOURCES)[number];

export interface ThreadPosition {
  at: string;
  source: ThreadSource;
  id: string;
}

export interface ThreadItem<T> extends TimedRow<T> {
  source: ThreadSource;
}

const rank = (source: ThreadSource) => THREAD_SOURCES.indexOf(source);

export function encodeThreadCursor(position: ThreadPosition): string {
  return encodeCursor(position.at, `${position.source}:${position.id}`);
}

export function decodeThreadCursor(cursor: string): ThreadPosition {
  const { createdAt, id } = decodeCursor(cursor, 'text');
  const [source, key, ...rest] = id.split(':');
  if (rest.length > 0 || !THREAD_SOURCES.includes(source as ThreadSource) || !isRowId(key)) {
    throw new CommonError(CommonErrorCode.INVALID_INPUT, 'after: not a cursor from this list');
  }
  return { at: createdAt, source: source as ThreadSource, id: key };
}

/** Where one source's read starts so that it yields only what comes after `position` in the thread. */
export function readFromFor(source: ThreadSource, position: ThreadPosition | null): ReadFrom | null {
  if (!position) return null;
  if (source === position.source) return { at: position.at, id: position.id };
  // At the position's own time, a source ranked below it comes after it: those rows are still to come.
  return { at: position.at, includingAt: rank(source) < rank(position.source) };
}

/** Two newest-first lists merged into the thread's order; each keeps its own order within. */
export function mergeNewestFirst<R, S>(received: Array<TimedRow<R>>, sent: Array<TimedRow<S>>): Array<ThreadItem<R | S>> {
  const merged: Array<ThreadItem<R | S>> = [];
  let r = 0;
  let s = 0;
  while (r < received.length || s < sent.length) {
    // The later source wins ties: at equal times `sent` comes first.
    const takeSent = r === received.length || (s < sent.length && sent[s].at >= received[r].at);
    merged.push(takeSent ? { ...sent[s++], source: 'sent' } : { ...received[r++], source: 'received' });
  }
  return merged;
}
