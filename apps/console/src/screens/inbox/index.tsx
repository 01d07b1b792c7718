import { useCallback, useEffect, useState } from 'react';
import { useClient, useSubscription } from 'urql';
import { errorText } from '../../errors';
import { LoadMoreButton, PageLoader, useLoadMore } from '../../ui/load-more';
import { QueryStatus } from '../../ui/results';
import { Conversation, nameOf } from './names';
import { Conversations, MessageReceived, MessageStatusChanged } from './operations';
import { ThreadView } from './thread';

/**
 * Conversations by last activity with their unread counts, a page at a time ("load more"); the
 * messageReceived subscription reads the loaded pages again, and the open thread follows both
 * subscriptions.
 */
export function InboxScreen() {
  const client = useClient();
  const load = useCallback<PageLoader<Conversation>>(
    async (after) => {
      const answer = await client.query(Conversations, { after }, { requestPolicy: 'network-only' }).toPromise();
      return { connection: answer.data?.conversations, error: answer.error };
    },
    [client],
  );
  const conversations = useLoadMore(load, (conversation) => conversation.id);
  const [chosen, setChosen] = useState<Conversation | null>(null);
  const [received] = useSubscription({ query: MessageReceived });
  const [changed] = useSubscription({ query: MessageStatusChanged });
  const { reload } = conversations;
  const arrived = received.data?.messageReceived;

  useEffect(() => {
    if (arrived) reload();
  }, [arrived, reload]);

  // The list's copy is the freshest; the one chosen stays open should new conversations push it out of the pages loaded.
  const open = conversations.nodes.find((c) => c.id === chosen?.id) ?? chosen;
  const liveError = received.error ?? changed.error;
  return (
    <>
      <h1>Inbox</h1>
      {liveError && <p role="alert">Live updates stopped: {errorText(liveError)}</p>}
      <div className="inbox">
        <nav aria-label="Conversations">
          <QueryStatus state={{ data: conversations.loaded || undefined, fetching: conversations.fetching }} />
          {conversations.loaded && conversations.nodes.length === 0 && <p>No conversations yet.</p>}
          <ul className="conversations">
            {conversations.nodes.map((c) => (
              <li key={c.id}>
                <button type="button" aria-current={c.id === open?.id ? 'true' : undefined} onClick={() => setChosen(c)}>
                  <span className="name">{nameOf(c)}</span>
                  {c.unreadCount > 0 && <span className="unread" aria-label={`${c.unreadCount} unread`}>{c.unreadCount}</span>}
                  <span className="preview">{c.lastMessagePreview}</span>
                </button>
              </li>
            ))}
          </ul>
          <LoadMoreButton list={conversations} label="Load more conversations" />
        </nav>
        {open ? (
          <ThreadView key={open.id} conversation={open} received={arrived} changed={changed.data?.messageStatusChanged} onRead={reload} />
        ) : (
          <p>Choose a conversation.</p>
        )}
      </div>
    </>
  );
}
