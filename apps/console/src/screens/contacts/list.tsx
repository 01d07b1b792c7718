import { FormEvent, useState } from 'react';
import { useQuery } from 'urql';
import type { BotChoice } from '../../bot-choices';
import type { ContactCriteria, ContactRowFieldsFragment } from '../../gql/graphql';
import { DataTable, TableColumn } from '../../ui/data-table';
import { Pager, useCursorPages } from '../../ui/paging';
import { QueryStatus } from '../../ui/results';
import { CriteriaForm, EMPTY_CRITERIA, toCriteria } from './criteria';
import { CriteriaFields } from './criteria-fields';
import { ContactPage, CONTACTS_AND_SEGMENTS } from './operations';
import { contactName, when } from './names';

interface ContactListProps {
  bots: readonly BotChoice[];
  botName: (id: string) => string;
  openId: string | null;
  onOpen: (id: string) => void;
}

function columns({ botName, openId, onOpen }: Omit<ContactListProps, 'bots'>): TableColumn<ContactRowFieldsFragment>[] {
  return [
    { header: 'Name', cell: contactName },
    { header: 'Username', cell: (contact) => (contact.username ? `@${contact.username}` : '') },
    { header: 'Tags', cell: (contact) => contact.tags.join(', ') },
    { header: 'Bots', cell: (contact) => contact.identities.map((identity) => `${botName(identity.botId)}${identity.blocked ? ' (blocked)' : ''}`).join(', ') },
    { header: 'Last activity', cell: (contact) => when(contact.lastActivityAt) },
    {
      header: 'Actions',
      hiddenHeader: true,
      cell: (contact) => (
        <button type="button" onClick={() => onOpen(contact.id)} aria-pressed={openId === contact.id}>
          Open {contactName(contact)}
        </button>
      ),
    },
  ];
}

/** Every contact, newest first, narrowed by the criteria submitted with "Find", a page at a time. */
export function ContactList(props: ContactListProps) {
  const [form, setForm] = useState<CriteriaForm>(EMPTY_CRITERIA);
  const [filter, setFilter] = useState<ContactCriteria>({});
  const pages = useCursorPages();
  const [state] = useQuery({ query: ContactPage, variables: { after: pages.after, filter }, requestPolicy: 'cache-and-network', context: CONTACTS_AND_SEGMENTS });
  const contacts = state.data?.contacts;

  const find = (next: CriteriaForm) => (event?: FormEvent) => {
    event?.preventDefault();
    const { criteria } = toCriteria(next);
    if (!criteria) return;
    setForm(next);
    setFilter(criteria);
    pages.reset();
  };

  return (
    <section aria-labelledby="contact-list">
      <h2 id="contact-list">All contacts</h2>
      <form onSubmit={find(form)} aria-label="Find contacts">
        <CriteriaFields value={form} onChange={setForm} bots={props.bots} />
        <div className="actions">
          <button type="submit">Find</button>
          <button type="button" onClick={() => find(EMPTY_CRITERIA)()}>
            Clear
          </button>
        </div>
      </form>
      <QueryStatus state={state} />
      {contacts && <DataTable label={`Contacts, newest first (page ${pages.page})`} rows={contacts.nodes} columns={columns(props)} rowKey={(contact) => contact.id} empty="No contacts match." />}
      <Pager label="Contacts" pages={pages} pageInfo={contacts?.pageInfo} />
    </section>
  );
}
