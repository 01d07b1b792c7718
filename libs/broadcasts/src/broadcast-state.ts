import { registerEnumType } from '@nestjs/graphql';

export enum BroadcastState {
  DRAFT = 'DRAFT',
  SCHEDULED = 'SCHEDULED',
  RUNNING = 'RUNNING',
  PAUSED = 'PAUSED',
  /** The bot reached its daily limit: the broadcast goes on by itself the next UTC day. */
  PAUSED_DAILY_LIMIT = 'PAUSED_DAILY_LIMIT',
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(BroadcastState, { name: 'BroadcastState' });

/** The states each action may start from. */
export const FROM: Record<'edit' | 'launch' | 'begin' | 'pause' | 'resume' | 'pauseForTheDay' | 'complete' | 'cancel', BroadcastState[]> = {
  edit: [BroadcastState.DRAFT, BroadcastState.SCHEDULED],
  launch: [BroadcastState.DRAFT, BroadcastState.SCHEDULED],
  begin: [BroadcastState.SCHEDULED],
  pause: [BroadcastState.RUNNING],
  resume: [BroadcastState.PAUSED, BroadcastState.PAUSED_DAILY_LIMIT],
  pauseForTheDay: [BroadcastState.RUNNING],
  complete: [BroadcastState.RUNNING],
  cancel: [BroadcastState.DRAFT, BroadcastState.SCHEDULED, BroadcastState.RUNNING, BroadcastState.PAUSED, BroadcastState.PAUSED_DAILY_LIMIT],
};

export const isFinished = (state: BroadcastState) => state === BroadcastState.COMPLETED || state === BroadcastState.CANCELLED;

export const isPaused = (state: BroadcastState) => state === BroadcastState.PAUSED || state === BroadcastState.PAUSED_DAILY_LIMIT;
