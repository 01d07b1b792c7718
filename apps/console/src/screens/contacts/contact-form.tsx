import { FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import type { ContactFieldsInput, ContactDetailQuery } from '../../gql/graphql';
import { TextInput } from '../../ui/fields';
import { MutationResult } from '../../ui/results';
import { splitTags } from './criteria';
import { contactName } from './names';
import { CONTACTS_AND_SEGMENTS, UpdateContact } from './operations';

type Contact = NonNullable<ContactDetailQuery['contact']>;
type TextField = 'firstName' | 'lastName' | 'email' | 'phone' | 'externalCustomerId';

const FIELDS: ReadonlyArray<{ key: TextField; label: string; type?: 'email' | 'tel' }> = [
  { key: 'firstName', label: 'First name' },
  { key: 'lastName', label: 'Last name' },
  { key: 'email', label: 'Email', type: 'email' },
  { key: 'phone', label: 'Phone', type: 'tel' },
  { key: 'externalCustomerId', label: 'External id' },
];

type Values = Record<TextField | 'tags', string>;

const valuesOf = (contact: Contact): Values => ({
  ...(Object.fromEntries(FIELDS.map(({ key }) => [key, contact[key] ?? ''])) as Record<TextField, string>),
  tags: contact.tags.join(', '),
});

/** Only the fields changed here are sent, so the API's checks apply to what was edited; a field emptied is cleared (null). */
function changesOf(contact: Contact, values: Values): ContactFieldsInput {
  const input: ContactFieldsInput = { tags: splitTags(values.tags) };
  for (const { key } of FIELDS) {
    const value = values[key].trim();
    if (value !== (contact[key] ?? '')) input[key] = value || null;
  }
  return input;
}

/** The contact's own fields, edited and saved with updateContact. */
export function ContactFieldsForm({ contact }: { contact: Contact }) {
  const [values, setValues] = useState(() => valuesOf(contact));
  const [updated, updateContact] = useMutation(UpdateContact);
  const set = (key: keyof Values) => (value: string) => setValues({ ...values, [key]: value });

  const save = (event: FormEvent) => {
    event.preventDefault();
    void updateContact({ id: contact.id, input: changesOf(contact, values) }, CONTACTS_AND_SEGMENTS);
  };

  return (
    <form onSubmit={save} aria-label="Contact fields">
      <div className="actions">
        {FIELDS.map(({ key, label, type }) => (
          <TextInput key={key} label={label} type={type} maxLength={200} value={values[key]} onChange={set(key)} />
        ))}
        <TextInput label="Tags (separated by commas)" value={values.tags} onChange={set('tags')} />
        <button type="submit" disabled={updated.fetching}>
          Save contact
        </button>
      </div>
      <MutationResult state={updated} done={(data) => `Saved ${contactName(data.updateContact)}`} />
    </form>
  );
}
