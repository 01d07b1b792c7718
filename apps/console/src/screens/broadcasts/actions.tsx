import { useState } from 'react';
import type { CombinedError } from 'urql';
import { useMutation } from 'urql';
import type { BroadcastStateChangeFragment } from '../../gql/graphql';
import { MutationResult } from '../../ui/results';
import { stateWithTime } from './format';
import { CancelBroadcast, LaunchBroadcast, PauseBroadcast, ResumeBroadcast } from './operations';

type Action = 'launch' | 'pause' | 'resume' | 'cancel';

interface ActionState {
  data?: Record<string, BroadcastStateChangeFragment>;
  error?: CombinedError;
  fetching: boolean;
}

const DONE: Record<Action, string> = { launch: 'Launched', pause: 'Paused', resume: 'Resumed', cancel: 'Cancelled' };

function outcome(action: Action, data: Record<string, BroadcastStateChangeFragment>): string {
  const changed = Object.values(data)[0];
  const verb = changed.state === 'SCHEDULED' ? 'Scheduled' : DONE[action];
  return `${verb}: ${stateWithTime(changed.state, changed.scheduledAt)}`;
}

/** Launch (now or at a time), pause, resume and cancel one broadcast; `result` tells how the last one went. */
export function useBroadcastActions(id: string) {
  const [launched, launch] = useMutation(LaunchBroadcast);
  const [paused, pause] = useMutation(PauseBroadcast);
  const [resumed, resume] = useMutation(ResumeBroadcast);
  const [cancelled, cancel] = useMutation(CancelBroadcast);
  const [last, setLast] = useState<Action | null>(null);
  const states: Record<Action, ActionState> = { launch: launched, pause: paused, resume: resumed, cancel: cancelled };
  const act = (action: Action, run: () => Promise<unknown>) => {
    setLast(action);
    void run();
  };
  return {
    busy: Object.values(states).some((state) => state.fetching),
    launch: (scheduledAt?: Date) => act('launch', () => launch({ id, scheduledAt: scheduledAt?.toISOString() ?? null })),
    pause: () => act('pause', () => pause({ id })),
    resume: () => act('resume', () => resume({ id })),
    cancel: () => act('cancel', () => cancel({ id })),
    result: last && <MutationResult state={states[last]} done={(data) => outcome(last, data)} />,
  };
}

export type BroadcastActions = ReturnType<typeof useBroadcastActions>;
