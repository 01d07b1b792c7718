import { FormEvent, useEffect, useState } from 'react';
import { useMutation, useQuery, useSubscription } from 'urql';
import { errorText } from '../errors';
import { graphql } from '../gql';
import type { ConversationsQuery, DeliveryStatus } from '../gql/graphql';

const Conversations = graphql(`
  query Conversations {
    conversations(first: 100) {
      nodes {
        id
        botId
        contactId
        chatId
        chatType
        title
        firstName
        lastName
        username
        unreadCount
        lastMessageAt
        lastMessagePreview
        blocked
      }
    }
  }
`);

const Thread = graphql(`
  query Thread($contactId: ID!) {
    contact(id: $contactId) {
      id
      identities {
        id
        messages(first: 100) {
          nodes {
            id
            direction
            kind
            text
            createdAt
          }
        }
      }
    }
  }
`);

const MessageReceived = graphql(`
  subscription MessageReceived {
    messageReceived {
      id
      identityId
      direction
    }
  }
`);

const MessageStatusChanged = graphql(`
  subscription MessageStatusChanged {
    messageStatusChanged {
      id
      status
      errorDescription
    }
  }
`);

const SendReply = graphql(`
  mutation SendReply($input: SendMessageInput!) {
    sendMessage(input: $input) {
      id
      text
      status
      errorDescription
    }
  }
`);

const MarkRead = graphql(`
  mutation MarkRead($id: ID!) {
    markConversationRead(id: $id) {
      id
      unreadCount
    }
  }
`);

type Conversation = ConversationsQuery['conversations']['nodes'][number];

interface Reply {
  id: string;
  text: string;
  status: DeliveryStatus;
  errorDescription?: string | null;
}

const nameOf = (c: Conversation) => c.title ?? ([c.firstName, c.lastName].filter(Boolean).join(' ') || (c.username ? `@${c.username}` : c.chatId));

/**
 * Conversations by last activity with their unread counts, kept current by the
 * messageReceived subscription; the open thread follows it too.
 */
export function InboxScreen() {
  const [{ data, error }, refetch] = useQuery({ query: Conversations, requestPolicy: 'cache-and-network' });
  const [openId, setOpenId] = useState<string | null>(null);
  const [received] = useSubscription({ query: MessageReceived });
  const latest = received.data?.messageReceived.id;

  useEffect(() => {
    if (latest) refetch({ requestPolicy: 'network-only' });
  }, [latest, refetch]);

  const open = data?.conversations.nodes.find((c) => c.id === openId) ?? null;
  return (
    <>
      <h1>Inbox</h1>
      {error && <p role="alert">{errorText(error)}</p>}
      {received.error && <p role="alert">Live updates stopped: {errorText(received.error)}</p>}
      <div className="inbox">
        <nav aria-label="Conversations">
          {data && data.conversations.nodes.length === 0 && <p>No conversations yet.</p>}
          <ul className="conversations">
            {data?.conversations.nodes.map((c) => (
              <li key={c.id}>
                <button type="button" aria-current={c.id === openId ? 'true' : undefined} onClick={() => setOpenId(c.id)}>
                  <span className="name">{nameOf(c)}</span>
                  {c.unreadCount > 0 && <span className="unread" aria-label={`${c.unreadCount} unread`}>{c.unreadCount}</span>}
                  <span className="preview">{c.lastMessagePreview}</span>
                </button>
              </li>
            ))}
          </ul>
        </nav>
        {open ? <ThreadView key={open.id} conversation={open} latest={latest} /> : <p>Choose a conversation.</p>}
      </div>
    </>
  );
}

function ThreadView({ conversation, latest }: { conversation: Conversation; latest?: string }) {
  const [{ data, error }, refetch] = useQuery({ query: Thread, variables: { contactId: conversation.contactId } });
  const [read, markRead] = useMutation(MarkRead);

  useEffect(() => {
    if (latest) refetch({ requestPolicy: 'network-only' });
  }, [latest, refetch]);

  const messages = data?.contact?.identities.find((identity) => identity.id === conversation.id)?.messages.nodes ?? [];
  return (
    <section className="thread" aria-label={`Conversation with ${nameOf(conversation)}`}>
      <header>
        <h2>{nameOf(conversation)}</h2>
        <button type="button" onClick={() => void markRead({ id: conversation.id })} disabled={read.fetching || conversation.unreadCount === 0}>
          Mark read
        </button>
        {read.error && <p role="alert">{errorText(read.error)}</p>}
      </header>
      {error && <p role="alert">{errorText(error)}</p>}
      <ol className="messages" aria-label="Messages">
        {[...messages].reverse().map((message) => (
          <li key={message.id} className={message.direction === 'INBOUND' ? 'inbound' : 'outbound'}>
            <p>{message.text ?? `(${message.kind})`}</p>
            <small>
              {message.direction === 'INBOUND' ? 'received' : 'sent'} · <time dateTime={message.createdAt}>{new Date(message.createdAt).toLocaleString()}</time>
            </small>
          </li>
        ))}
      </ol>
      <ReplyForm conversation={conversation} />
    </section>
  );
}

/** A reply is queued by sendMessage; its status then follows messageStatusChanged. */
function ReplyForm({ conversation }: { conversation: Conversation }) {
  const [text, setText] = useState('');
  const [replies, setReplies] = useState<Reply[]>([]);
  const [sent, sendReply] = useMutation(SendReply);
  const [changes] = useSubscription({ query: MessageStatusChanged });
  const change = changes.data?.messageStatusChanged;

  useEffect(() => {
    if (change) setReplies((all) => all.map((reply) => (reply.id === change.id ? { ...reply, ...change } : reply)));
  }, [change]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const answer = await sendReply({ input: { botId: conversation.botId, chatId: conversation.chatId, text } });
    if (answer.data) {
      setText('');
      setReplies((all) => [...all, answer.data!.sendMessage]);
    }
  };

  return (
    <form onSubmit={submit} className="reply">
      <label>
        Reply
        <textarea required maxLength={4096} rows={3} value={text} onChange={(e) => setText(e.target.value)} />
      </label>
      <button type="submit" disabled={sent.fetching}>
        Send
      </button>
      {sent.error && <p role="alert">{errorText(sent.error)}</p>}
      {replies.length > 0 && (
        <ul aria-label="Your replies" className="replies">
          {replies.map((reply) => (
            <li key={reply.id}>
              {reply.text} — <strong>{reply.status}</strong>
              {reply.errorDescription && `: ${reply.errorDescription}`}
            </li>
          ))}
        </ul>
      )}
    </form>
  );
}
