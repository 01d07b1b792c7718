import type { BroadcastCountsFragment, BroadcastPaceFragment, BroadcastState } from '../../gql/graphql';
import { ConfirmButton } from '../../ui/dialogs';
import type { BroadcastActions } from './actions';
import { FINISHED, formatEta, PAUSED } from './format';

interface ProgressFiguresProps {
  state: BroadcastState;
  stats: BroadcastCountsFragment;
  progress: BroadcastPaceFragment;
}

/** Sent, failed and clicked so far; while it runs, the pace and when the rest should be out (the API's ETA: what is left at that pace). */
export function ProgressFigures({ state, stats, progress }: ProgressFiguresProps) {
  return (
    <>
      <dl className="figures" aria-label="Progress">
        <dt>Sent</dt>
        <dd data-testid="sent-count">{stats.sent}</dd>
        <dt>Failed</dt>
        <dd>{stats.failed}</dd>
        <dt>Clicked</dt>
        <dd>{stats.clicked}</dd>
        <dt>Still to send</dt>
        <dd>{stats.queued}</dd>
        <dt>Skipped</dt>
        <dd>{stats.skipped}</dd>
        <dt>Cancelled</dt>
        <dd>{stats.cancelled}</dd>
        <dt>Rate</dt>
        <dd>{state === 'RUNNING' ? `${progress.sentPerSecond.toFixed(1)}/s` : '—'}</dd>
        <dt>ETA</dt>
        <dd>{formatEta(progress.eta)}</dd>
      </dl>
      <p>
        <progress max={100} value={progress.percent} aria-label="Settled">
          {progress.percent.toFixed(0)}%
        </progress>{' '}
        {progress.percent.toFixed(0)}% of {stats.audience} settled
      </p>
    </>
  );
}

/** Pause a running broadcast, resume a paused one, cancel any that has not finished (after a confirmation). */
export function RunControls({ name, state, actions }: { name: string; state: BroadcastState; actions: BroadcastActions }) {
  if (FINISHED.includes(state)) return null;
  return (
    <div className="actions">
      {state === 'RUNNING' && (
        <button type="button" disabled={actions.busy} onClick={actions.pause}>
          Pause
        </button>
      )}
      {PAUSED.includes(state) && (
        <button type="button" disabled={actions.busy} onClick={actions.resume}>
          Resume
        </button>
      )}
      <ConfirmButton
        label="Cancel broadcast"
        question={`Cancel “${name}”? Nobody it has not reached yet will be sent it; what was sent stays recorded.`}
        confirm="Cancel it"
        onConfirm={actions.cancel}
        isDisabled={actions.busy}
      />
    </div>
  );
}
