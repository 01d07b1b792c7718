import { useEffect, useState } from 'react';
import { useQuery } from 'urql';
import type { ContactsToPickQuery } from '../../gql/graphql';
import { TextInput } from '../../ui/fields';
import { QueryStatus } from '../../ui/results';
import { SelectField } from '../../ui/select-field';
import { useSettled } from '../../ui/settled';
import { ContactsToPick } from './operations';

type PickedContact = ContactsToPickQuery['contacts']['nodes'][number];

export function contactName(contact: PickedContact): string {
  const name = [contact.firstName, contact.lastName].filter(Boolean).join(' ') + (contact.username ? ` (@${contact.username})` : '');
  return name || contact.id;
}

interface ContactPickerProps {
  /** What the contact is picked for, e.g. "Preview for". */
  label: string;
  botId: string;
  /** The picked contact's id: the first match until another is chosen. */
  value: string;
  onChange: (contactId: string) => void;
}

/** A contact of the bot, found by name, @username, external id, phone or email. */
export function ContactPicker({ label, botId, value, onChange }: ContactPickerProps) {
  const [search, setSearch] = useState('');
  const settled = useSettled(search);
  const [found] = useQuery({ query: ContactsToPick, variables: { botId, search: settled || null }, pause: !botId });
  const contacts = found.data?.contacts.nodes ?? [];
  const picked = contacts.some((contact) => contact.id === value) ? value : (contacts[0]?.id ?? '');
  useEffect(() => {
    if (found.data && picked !== value) onChange(picked);
  }, [found.data, picked, value, onChange]);
  return (
    <div className="contact-picker">
      <TextInput label={`${label}: find a contact`} maxLength={200} value={search} onChange={setSearch} />
      <QueryStatus state={found} />
      <SelectField
        label={label}
        value={picked}
        onChange={onChange}
        options={contacts.map((contact) => ({ value: contact.id, label: contactName(contact) }))}
        empty="No contact of the bot matches"
      />
    </div>
  );
}
