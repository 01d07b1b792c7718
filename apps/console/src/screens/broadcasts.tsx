import { useState } from 'react';
import { usePath } from '../router';
import { BroadcastView } from './broadcasts/broadcast-view';
import { NewBroadcast } from './broadcasts/drafts';
import { BroadcastList } from './broadcasts/list';

/** `/broadcasts/<id>`: the broadcast a path names, if it names one. */
const broadcastIdIn = (path: string): string | null => /^\/broadcasts\/([^/]+)\/?$/.exec(path)?.[1] ?? null;

/**
 * The tenant's broadcasts: compose one (message, buttons, audience, a preview for a real
 * contact), then at its own URL launch it now or later and follow it live.
 */
export function BroadcastsScreen() {
  const [path, navigate] = usePath();
  const [composing, setComposing] = useState(false);
  // The open broadcast's state: when it moves (launched, completed…) the list is read again.
  const [openState, setOpenState] = useState('');
  const openId = broadcastIdIn(path);
  return (
    <>
      <h1>Broadcasts</h1>
      <button type="button" aria-expanded={composing} onClick={() => setComposing(!composing)}>
        Compose a broadcast
      </button>
      {composing && (
        <NewBroadcast
          onCreated={(id) => {
            setComposing(false);
            navigate(`/broadcasts/${id}`);
          }}
        />
      )}
      {openId && <BroadcastView key={openId} id={decodeURIComponent(openId)} onStateChange={setOpenState} />}
      <BroadcastList refreshKey={openState} />
    </>
  );
}
