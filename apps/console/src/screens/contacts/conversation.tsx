import { useQuery } from 'urql';
import { Pager, useCursorPages } from '../../ui/paging';
import { QueryStatus } from '../../ui/results';
import { when } from './names';
import { ContactConversation } from './operations';

/** The contact's messages on every bot, newest first, a page at a time. */
export function Conversation({ contactId, botName }: { contactId: string; botName: (id: string) => string }) {
  const pages = useCursorPages();
  const [state] = useQuery({ query: ContactConversation, variables: { id: contactId, after: pages.after }, requestPolicy: 'cache-and-network' });
  const messages = state.data?.contact?.messages;
  return (
    <section aria-labelledby="contact-messages">
      <h3 id="contact-messages">Conversation (newest first)</h3>
      <QueryStatus state={state} />
      {messages?.nodes.length === 0 && <p>No messages.</p>}
      {!!messages?.nodes.length && (
        <ol className="messages" aria-labelledby="contact-messages">
          {messages.nodes.map((message) => (
            <li key={message.id} className={message.direction === 'OUTBOUND' ? 'outbound' : 'inbound'}>
              <p>{message.text ?? `[${message.kind}]`}</p>
              <small>
                {message.direction === 'OUTBOUND' ? 'Sent' : 'Received'} via {botName(message.botId)}, {when(message.createdAt)}
              </small>
            </li>
          ))}
        </ol>
      )}
      <Pager label="Conversation" pages={pages} pageInfo={messages?.pageInfo} />
    </section>
  );
}
