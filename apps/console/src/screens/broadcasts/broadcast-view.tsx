import { useEffect, useState } from 'react';
import { useQuery, useSubscription } from 'urql';
import { errorText } from '../../errors';
import type { BroadcastDetailQuery } from '../../gql/graphql';
import { Link } from '../../ui/link';
import { QueryStatus } from '../../ui/results';
import type { LiveRow } from './list';
import { useBroadcastActions } from './actions';
import { DeliveriesTable } from './deliveries';
import { buttonsOf } from '../../ui/inline-buttons';
import { EditDraft } from './drafts';
import { EDITABLE, stateWithTime } from './format';
import { EstimateFigures, LaunchControls } from './launch-controls';
import { ProgressFigures, RunControls } from './live-progress';
import { MessageBubble } from './message-bubble';
import { BroadcastDetail, BroadcastProgressFeed } from './operations';

type Broadcast = NonNullable<BroadcastDetailQuery['broadcast']>;

/** One broadcast at its own URL: its message, the estimate and launch while a draft, then its live progress and deliveries. */
export function BroadcastView({ id, onChange }: { id: string; onChange: (live: LiveRow) => void }) {
  const [detail] = useQuery({ query: BroadcastDetail, variables: { id }, requestPolicy: 'cache-and-network' });
  const broadcast = detail.data?.broadcast;
  if (!broadcast) return detail.data ? <p role="alert">There is no such broadcast.</p> : <QueryStatus state={detail} />;
  return <LiveBroadcast broadcast={broadcast} onChange={onChange} />;
}

/**
 * The last live update, unless the broadcast was read again since (after an action of this
 * screen): whichever arrived last is the fresher.
 */
function useFreshest<Update>(update: Update | undefined, read: Broadcast): Update | null {
  const [latest, setLatest] = useState<Update | null>(null);
  useEffect(() => setLatest(update ?? null), [update]);
  useEffect(() => setLatest(null), [read]);
  return latest;
}

function LiveBroadcast({ broadcast, onChange }: { broadcast: Broadcast; onChange: (live: LiveRow) => void }) {
  const [live] = useSubscription({ query: BroadcastProgressFeed, variables: { id: broadcast.id } });
  const [editing, setEditing] = useState(false);
  const actions = useBroadcastActions(broadcast.id);
  const update = useFreshest(live.data?.broadcastProgress, broadcast);
  const state = update?.state ?? broadcast.state;
  const stats = update?.stats ?? broadcast.stats;
  const progress = update?.progress ?? broadcast.progress;
  const moved = `${state}:${stats.sent}:${stats.failed}:${stats.clicked}:${stats.queued}:${stats.cancelled}`;
  const editable = EDITABLE.includes(state);
  useEffect(() => {
    if (!editable) setEditing(false);
  }, [editable]);
  useEffect(() => onChange({ id: broadcast.id, state, stats }), [broadcast.id, state, stats, onChange]);

  return (
    <section className="broadcast" aria-labelledby="broadcast-heading">
      <header>
        <h2 id="broadcast-heading">{broadcast.name}</h2>
        <Link to="/broadcasts">All broadcasts</Link>
      </header>
      <p>
        State: <strong data-testid="broadcast-state">{stateWithTime(state, broadcast.scheduledAt)}</strong>
      </p>
      {live.error && <p role="alert">Live updates stopped: {errorText(live.error)}</p>}
      <MessageBubble label="Message" text={broadcast.text} photo={broadcast.photo} buttons={buttonsOf(broadcast.replyMarkup) ?? []} />
      {broadcast.parseMode && <small>Parse mode: {broadcast.parseMode}</small>}
      {editable && (
        <>
          <EstimateFigures estimate={broadcast.estimate} />
          <LaunchControls actions={actions} />
          <button type="button" aria-expanded={editing} onClick={() => setEditing(!editing)}>
            Edit the draft
          </button>
          {editing && <EditDraft broadcast={broadcast} />}
        </>
      )}
      {!editable && <ProgressFigures state={state} stats={stats} progress={progress} />}
      <RunControls name={broadcast.name} state={state} actions={actions} />
      {actions.result}
      {!editable && <DeliveriesTable id={broadcast.id} moved={moved} />}
    </section>
  );
}
