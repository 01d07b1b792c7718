import { useCallback, useEffect } from 'react';
import { useClient, useMutation } from 'urql';
import type { ThreadQuery } from '../../gql/graphql';
import { LoadMoreButton, PageLoader, useLoadMore } from '../../ui/load-more';
import { MutationResult } from '../../ui/results';
import { Conversation, nameOf } from './names';
import { MarkRead, Thread } from './operations';
import { EntryView, ThreadEntry } from './entry';
import { ReplyForm } from './reply-form';

type ThreadPage = NonNullable<ThreadQuery['contact']>['identities'][number]['thread'];

interface ThreadViewProps {
  conversation: Conversation;
  /** The latest message anyone's conversation received or sent. */
  received?: { identityId: string };
  /** The latest status change of any message sent. */
  changed?: { botId: string; chatId: string };
  onRead: () => void;
}

/** One conversation, oldest at the top; older messages a page at a time, new ones and new statuses as they happen. */
export function ThreadView({ conversation, received, changed, onRead }: ThreadViewProps) {
  const client = useClient();
  const load = useCallback<PageLoader<ThreadEntry>>(
    async (after) => {
      const answer = await client.query(Thread, { contactId: conversation.contactId, after }, { requestPolicy: 'network-only' }).toPromise();
      const page: ThreadPage | undefined = answer.data?.contact?.identities.find((identity) => identity.id === conversation.id)?.thread;
      return { connection: page, error: answer.error };
    },
    [client, conversation.contactId, conversation.id],
  );
  const thread = useLoadMore(load, (entry) => `${entry.__typename}:${entry.id}`);
  const { reload } = thread;
  const [read, markRead] = useMutation(MarkRead);
  const ours = (received && received.identityId === conversation.id) || (changed && changed.botId === conversation.botId && changed.chatId === conversation.chatId);

  useEffect(() => {
    if (ours) reload();
  }, [ours, received, changed, reload]);

  const markAsRead = async () => {
    if ((await markRead({ id: conversation.id })).data) onRead();
  };

  return (
    <section className="thread" aria-label={`Conversation with ${nameOf(conversation)}`}>
      <header>
        <h2>{nameOf(conversation)}</h2>
        {conversation.blocked && <span className="blocked">blocked the bot</span>}
        <button type="button" onClick={() => void markAsRead()} disabled={read.fetching || conversation.unreadCount === 0}>
          Mark read
        </button>
      </header>
      <MutationResult state={read} done={() => 'Marked read.'} />
      <LoadMoreButton list={thread} label="Load older messages" />
      {thread.loaded && thread.nodes.length === 0 && <p>No messages yet.</p>}
      <ol className="messages" aria-label="Messages">
        {[...thread.nodes].reverse().map((entry) => (
          <EntryView key={`${entry.__typename}:${entry.id}`} entry={entry} />
        ))}
      </ol>
      <ReplyForm conversation={conversation} onSent={reload} />
    </section>
  );
}
