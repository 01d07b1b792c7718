import type { ThreadQuery } from '../../gql/graphql';
import { when } from './names';

export type ThreadEntry = NonNullable<ThreadQuery['contact']>['identities'][number]['thread']['nodes'][number];
type Sent = Extract<ThreadEntry, { __typename: 'OutboundMessage' }>;
type InlineButton = { text?: unknown; url?: unknown; callback_data?: unknown };

/** A message of the thread: what the person wrote or pressed, or what was sent with its delivery status. */
export function EntryView({ entry }: { entry: ThreadEntry }) {
  if (entry.__typename === 'OutboundMessage') return <SentView message={entry} />;
  const pressed = entry.kind === 'callback';
  return (
    <li className="inbound">
      <p>{pressed ? `Pressed a button: ${entry.callbackData ?? ''}` : (entry.text ?? `(${entry.kind})`)}</p>
      <small>
        received · <time dateTime={entry.createdAt}>{when(entry.createdAt)}</time>
      </small>
    </li>
  );
}

function SentView({ message }: { message: Sent }) {
  const buttons = buttonsOf(message.replyMarkup);
  return (
    <li className="outbound">
      <p>{message.sentText}</p>
      {buttons.length > 0 && (
        <ul className="sent-buttons" aria-label="Buttons">
          {buttons.map((button, index) => (
            <li key={index}>{String(button.text ?? '')}</li>
          ))}
        </ul>
      )}
      <small>
        {message.source} · <time dateTime={message.createdAt}>{when(message.createdAt)}</time> ·{' '}
        <strong className={`status status-${message.status.toLowerCase()}`}>{message.status}</strong>
        {message.errorDescription && `: ${message.errorDescription}`}
      </small>
    </li>
  );
}

/** The inline buttons of a reply markup as sent, in order; other markups have none to show. */
function buttonsOf(markup: Record<string, unknown> | null | undefined): InlineButton[] {
  const rows = markup?.inline_keyboard;
  return Array.isArray(rows) ? rows.flatMap((row: unknown) => (Array.isArray(row) ? (row as InlineButton[]) : [])) : [];
}
