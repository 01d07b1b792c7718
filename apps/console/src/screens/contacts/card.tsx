import { useQuery } from 'urql';
import type { ContactDetailQuery } from '../../gql/graphql';
import { DataTable, TableColumn } from '../../ui/data-table';
import { DeleteButton } from '../../ui/dialogs';
import { Facts } from '../../ui/facts';
import { QueryStatus } from '../../ui/results';
import { ContactFieldsForm } from './contact-form';
import { Conversation } from './conversation';
import { MergeForm } from './merge';
import { contactName, when } from './names';
import { ContactDetail } from './operations';

type Identity = NonNullable<ContactDetailQuery['contact']>['identities'][number];

interface ContactCardProps {
  id: string;
  botName: (id: string) => string;
  onClose: () => void;
  onDelete: (id: string, name: string) => void;
  deleting: boolean;
}

function identityColumns(botName: (id: string) => string): TableColumn<Identity>[] {
  return [
    { header: 'Bot', cell: (identity) => botName(identity.botId) },
    { header: 'Chat', cell: (identity) => `${identity.chatId} (${identity.chatType})` },
    { header: 'State', cell: (identity) => (identity.blocked ? `blocked${identity.blockedAt ? ` since ${when(identity.blockedAt)}` : ''}` : 'reachable') },
    { header: 'Last message', cell: (identity) => when(identity.lastMessageAt) },
  ];
}

/** A contact's card: what is known of it, its identities and conversation; edit, merge another into it, or delete it. */
export function ContactCard({ id, botName, onClose, onDelete, deleting }: ContactCardProps) {
  const [state] = useQuery({ query: ContactDetail, variables: { id }, requestPolicy: 'cache-and-network' });
  const contact = state.data?.contact;
  if (!contact) return state.data ? <p role="alert">There is no such contact.</p> : <QueryStatus state={state} />;
  const name = contactName(contact);
  const attributes = Object.keys(contact.attributes).length ? <code>{JSON.stringify(contact.attributes)}</code> : null;

  return (
    <section className="panel" aria-labelledby="contact-heading">
      <header className="actions">
        <h2 id="contact-heading">{name}</h2>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </header>
      <Facts
        label="About"
        facts={[
          ['Id', <code key="id">{contact.id}</code>],
          ['Kind', contact.kind],
          ['Username', contact.username && `@${contact.username}`],
          ['Language', contact.languageCode],
          ['Since', when(contact.createdAt)],
          ['Attributes', attributes],
        ]}
      />
      <ContactFieldsForm contact={contact} />
      <DataTable label="Identities" rows={contact.identities} columns={identityColumns(botName)} rowKey={(identity) => identity.id} empty="No Telegram identities." />
      <Conversation contactId={contact.id} botName={botName} />
      <MergeForm targetId={contact.id} targetName={name} />
      <DeleteButton name={name} consequence={`${name} is erased for good, with every identity and message.`} isDisabled={deleting} onConfirm={() => onDelete(contact.id, name)} />
    </section>
  );
}
