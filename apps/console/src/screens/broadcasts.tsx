import { useState } from 'react';
import { usePath } from '../router';
import { BroadcastView } from './broadcasts/broadcast-view';
import { NewBroadcast } from './broadcasts/drafts';
import { BroadcastList, LiveRow } from './broadcasts/list';

/** `/broadcasts/<id>`: the broadcast a path names, if it names one. */
const broadcastIdIn = (path: string): string | null => /^\/broadcasts\/([^/]+)\/?$/.exec(path)?.[1] ?? null;

/**
 * The tenant's broadcasts: compose one (message, buttons, audience, a preview for a real
 * contact), then at its own URL launch it now or later and follow it live.
 */
export function BroadcastsScreen() {
  const [path, navigate] = usePath();
  const [composing, setComposing] = useState(false);
  // The open broadcast as its live panel follows it: the list shows its row so, and is read again when its state moves.
  const [open, setOpen] = useState<LiveRow | null>(null);
  const openId = broadcastIdIn(path);
  const id = openId && decodeURIComponent(openId);
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
      {id && <BroadcastView key={id} id={id} onChange={setOpen} />}
      <BroadcastList live={open?.id === id ? open : null} />
    </>
  );
}
