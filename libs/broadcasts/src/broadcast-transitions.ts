import { ScopedSession, isUuid } from '@switchboard/common';
import { BroadcastState } from './broadcast-state';
import { Broadcast } from './broadcast.entity';
import { BroadcastError, BroadcastErrorCode } from './broadcast.errors';

/**
 * The broadcast, locked for the rest of the transaction: its runner and the API change its state
 * one after the other, so a pause never misses messages the runner is queuing.
 */
export async function lockedBroadcast(session: ScopedSession, id: string): Promise<Broadcast | null> {
  // An id that is no uuid names no broadcast; PostgreSQL would refuse it as a uuid.
  if (!isUuid(id)) return null;
  return session.repository(Broadcast).select('broadcast').where('broadcast.id = :id', { id }).setLock('pessimistic_write').getOne();
}

export async function lockedForChange(session: ScopedSession, id: string, from: BroadcastState[], action: string): Promise<Broadcast> {
  const broadcast = await lockedBroadcast(session, id);
  if (!broadcast) throw BroadcastError.notFound(id);
  if (!from.includes(broadcast.state)) {
    throw new BroadcastError(BroadcastErrorCode.INVALID_STATE, `A ${broadcast.state} broadcast cannot ${action}; it can from ${from.join(', ')}`);
  }
  return broadcast;
}

export type BroadcastChange = Partial<Pick<Broadcast, 'state' | 'scheduledAt' | 'startedAt' | 'finishedAt' | 'paid' | 'audienceSize' | 'criteria'>>;

export async function changeBroadcast(session: ScopedSession, broadcast: Broadcast, change: BroadcastChange): Promise<Broadcast> {
  Object.assign(broadcast, change);
  await session.repository(Broadcast).update({ id: broadcast.id }, change as never);
  return broadcast;
}
