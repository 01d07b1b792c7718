import { FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import type { EventType } from '../../gql/graphql';
import { SecretDialog } from '../../ui/dialogs';
import { CheckInput, TextInput } from '../../ui/fields';
import { MutationResult } from '../../ui/results';
import { EVENT_TYPES, typeName } from './event-types';
import { CreateEventEndpoint } from './operations';

/** A new endpoint: its URL, what it wants, and its signing secret, shown once. */
export function CreateEndpointForm({ onCreated }: { onCreated: () => void }) {
  const [url, setUrl] = useState('');
  const [description, setDescription] = useState('');
  const [types, setTypes] = useState<EventType[]>(['MESSAGE_RECEIVED']);
  const [secret, setSecret] = useState<string | null>(null);
  const [created, create] = useMutation(CreateEventEndpoint);
  const choose = (type: EventType, chosen: boolean) => setTypes(chosen ? [...types, type] : types.filter((other) => other !== type));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const answer = await create({ input: { url, eventTypes: types, description: description || null } });
    if (!answer.data) return;
    setUrl('');
    setDescription('');
    setSecret(answer.data.createEventEndpoint.secret);
    onCreated();
  };

  return (
    <form onSubmit={submit} aria-labelledby="create-endpoint">
      <h2 id="create-endpoint">New endpoint</h2>
      <TextInput label="URL" type="url" isRequired maxLength={2000} value={url} onChange={setUrl} description="https://crm.example.com/switchboard/events" />
      <TextInput label="Description (optional)" maxLength={200} value={description} onChange={setDescription} />
      <fieldset>
        <legend>Events</legend>
        {EVENT_TYPES.map((type) => (
          <CheckInput key={type} label={typeName(type)} checked={types.includes(type)} onChange={(chosen) => choose(type, chosen)} />
        ))}
      </fieldset>
      <button type="submit" disabled={created.fetching || types.length === 0}>
        Create endpoint
      </button>
      <MutationResult state={created} done={(data) => `Created ${data.createEventEndpoint.endpoint.url}.`} />
      <SecretDialog title="The endpoint's signing secret" note="Shown only now: your backend verifies each event's webhook-signature with it." secret={secret} onClose={() => setSecret(null)} />
    </form>
  );
}
