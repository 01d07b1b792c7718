import { FormEvent, useState } from 'react';
import type { BroadcastCostFragment } from '../../gql/graphql';
import { TextInput } from '../../ui/fields';
import type { BroadcastActions } from './actions';
import { formatDuration } from './format';

/** Before launch: who it would reach now, how long that takes at the bot's rate, what a paid one may cost. */
export function EstimateFigures({ estimate }: { estimate: BroadcastCostFragment }) {
  return (
    <dl className="figures" aria-label="Estimate">
      <dt>Recipients</dt>
      <dd>{estimate.recipients}</dd>
      <dt>Duration</dt>
      <dd>
        {formatDuration(estimate.durationSeconds)} at {estimate.sendRate}
      </dd>
      <dt>Paid broadcast</dt>
      <dd>{estimate.paid ? `yes: at most ${estimate.stars ?? 0} Stars` : 'no'}</dd>
    </dl>
  );
}

/** Launch now, or at a time (the browser's local time). */
export function LaunchControls({ actions }: { actions: BroadcastActions }) {
  const [startAt, setStartAt] = useState('');
  const schedule = (event: FormEvent) => {
    event.preventDefault();
    actions.launch(new Date(startAt));
  };
  return (
    <div className="actions">
      <button type="button" disabled={actions.busy} onClick={() => actions.launch()}>
        Launch now
      </button>
      <form onSubmit={schedule} className="inline" aria-label="Schedule">
        <TextInput label="Start at" type="datetime-local" isRequired value={startAt} onChange={setStartAt} />
        <button type="submit" disabled={actions.busy}>
          Schedule
        </button>
      </form>
    </div>
  );
}
