import { FormEvent, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { errorText } from '../errors';
import { graphql } from '../gql';
import type { EventEndpointsQuery, EventType } from '../gql/graphql';

const EventEndpoints = graphql(`
  query EventEndpoints {
    eventEndpoints(first: 100) {
      nodes {
        id
        url
        description
        eventTypes
        enabled
        disabledReason
        disabledAt
        failingSince
        previousSecretExpiresAt
      }
    }
  }
`);

const CreateEventEndpoint = graphql(`
  mutation CreateEventEndpoint($input: CreateEventEndpointInput!) {
    createEventEndpoint(input: $input) {
      endpoint {
        id
        url
      }
      secret
    }
  }
`);

const UpdateEventEndpoint = graphql(`
  mutation UpdateEventEndpoint($id: ID!, $input: UpdateEventEndpointInput!) {
    updateEventEndpoint(id: $id, input: $input) {
      id
      enabled
      disabledReason
      failingSince
    }
  }
`);

const RotateEventEndpointSecret = graphql(`
  mutation RotateEventEndpointSecret($id: ID!) {
    rotateEventEndpointSecret(id: $id) {
      secret
      endpoint {
        id
        previousSecretExpiresAt
      }
    }
  }
`);

const DeleteEventEndpoint = graphql(`
  mutation DeleteEventEndpoint($id: ID!) {
    deleteEventEndpoint(id: $id)
  }
`);

const EventDeliveries = graphql(`
  query EventDeliveries($id: ID!) {
    eventEndpoint(id: $id) {
      id
      deliveries(first: 50) {
        nodes {
          id
          eventType
          status
          attemptCount
          lastAttemptAt
          lastStatusCode
          lastError
          createdAt
        }
      }
    }
  }
`);

const ReplayEventDelivery = graphql(`
  mutation ReplayEventDelivery($id: ID!) {
    replayEventDelivery(id: $id) {
      id
      status
    }
  }
`);

type Endpoint = EventEndpointsQuery['eventEndpoints']['nodes'][number];

const EVENT_TYPES: EventType[] = [
  'MESSAGE_RECEIVED',
  'MESSAGE_STATUS_CHANGED',
  'CONTACT_CREATED',
  'CONTACT_BLOCKED',
  'CONTACT_UNBLOCKED',
  'BROADCAST_COMPLETED',
  'REPLICA_ANSWERED',
  'BOT_WEBHOOK_FAILING',
];

/** As receivers read them: REST and the payloads write `message.received` for MESSAGE_RECEIVED. */
const typeName = (type: EventType) => type.toLowerCase().replace('_', '.');
const at = (time: string | null | undefined) => (time ? new Date(time).toLocaleString() : '');

/** The tenant's event endpoints: what they take, whether they are working, and what they were sent. */
export function EventsScreen() {
  const [{ data, error, fetching }, refetch] = useQuery({ query: EventEndpoints });
  const [open, setOpen] = useState<string | null>(null);
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const endpoints = data?.eventEndpoints.nodes ?? [];
  return (
    <>
      <h1>Events</h1>
      <p>Switchboard posts what happens to your backend’s endpoints, signed the Standard Webhooks way.</p>
      <CreateEndpointForm onCreated={reload} />
      <section aria-labelledby="endpoint-list">
        <h2 id="endpoint-list">Endpoints</h2>
        {error && <p role="alert">{errorText(error)}</p>}
        {fetching && !data && <p>Loading…</p>}
        {data && endpoints.length === 0 && <p>No endpoints yet.</p>}
        {endpoints.length > 0 && (
          <table>
            <caption>Event endpoints</caption>
            <thead>
              <tr>
                <th scope="col">URL</th>
                <th scope="col">Events</th>
                <th scope="col">State</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {endpoints.map((endpoint) => (
                <EndpointRow key={endpoint.id} endpoint={endpoint} open={open === endpoint.id} onToggle={() => setOpen(open === endpoint.id ? null : endpoint.id)} onChanged={reload} />
              ))}
            </tbody>
          </table>
        )}
      </section>
      {open && <Deliveries endpointId={open} url={endpoints.find((endpoint) => endpoint.id === open)?.url ?? ''} />}
    </>
  );
}

function stateOf(endpoint: Endpoint): string {
  if (!endpoint.enabled) return endpoint.disabledReason ? `Disabled: ${endpoint.disabledReason}` : 'Disabled by hand';
  return endpoint.failingSince ? `Failing since ${at(endpoint.failingSince)}` : 'Enabled';
}

function EndpointRow({ endpoint, open, onToggle, onChanged }: { endpoint: Endpoint; open: boolean; onToggle: () => void; onChanged: () => void }) {
  const [updated, update] = useMutation(UpdateEventEndpoint);
  const [rotated, rotate] = useMutation(RotateEventEndpointSecret);
  const [deleted, remove] = useMutation(DeleteEventEndpoint);
  const failure = updated.error ?? rotated.error ?? deleted.error;
  const toggle = async () => {
    if ((await update({ id: endpoint.id, input: { enabled: !endpoint.enabled } })).data) onChanged();
  };
  const erase = async () => {
    if (confirm(`Delete the endpoint ${endpoint.url} and its delivery log?`) && (await remove({ id: endpoint.id })).data) onChanged();
  };
  return (
    <tr>
      <td>
        <code>{endpoint.url}</code>
        {endpoint.description && <div>{endpoint.description}</div>}
      </td>
      <td>{endpoint.eventTypes.map(typeName).join(', ')}</td>
      <td data-testid={`state-${endpoint.id}`}>{stateOf(endpoint)}</td>
      <td>
        <button type="button" onClick={toggle} disabled={updated.fetching}>
          {endpoint.enabled ? 'Disable' : 'Enable'}
          <span className="visually-hidden"> {endpoint.url}</span>
        </button>{' '}
        <button type="button" aria-expanded={open} onClick={onToggle}>
          Deliveries<span className="visually-hidden"> to {endpoint.url}</span>
        </button>{' '}
        <button type="button" onClick={() => rotate({ id: endpoint.id })} disabled={rotated.fetching}>
          Rotate secret<span className="visually-hidden"> of {endpoint.url}</span>
        </button>{' '}
        <button type="button" onClick={erase} disabled={deleted.fetching}>
          Delete<span className="visually-hidden"> {endpoint.url}</span>
        </button>
        {rotated.data && (
          <p role="status">
            New secret, shown only now: <code>{rotated.data.rotateEventEndpointSecret.secret}</code>. The old one also signs until{' '}
            {at(rotated.data.rotateEventEndpointSecret.endpoint.previousSecretExpiresAt)}.
          </p>
        )}
        {failure && <p role="alert">{errorText(failure)}</p>}
      </td>
    </tr>
  );
}

function CreateEndpointForm({ onCreated }: { onCreated: () => void }) {
  const [url, setUrl] = useState('');
  const [description, setDescription] = useState('');
  const [types, setTypes] = useState<EventType[]>(['MESSAGE_RECEIVED']);
  const [result, create] = useMutation(CreateEventEndpoint);
  const choose = (type: EventType, chosen: boolean) => setTypes(chosen ? [...types, type] : types.filter((other) => other !== type));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const answer = await create({ input: { url, eventTypes: types, description: description || null } });
    if (answer.data) {
      setUrl('');
      setDescription('');
      onCreated();
    }
  };

  return (
    <form onSubmit={submit} aria-labelledby="create-endpoint">
      <h2 id="create-endpoint">New endpoint</h2>
      <label>
        URL
        <input required type="url" maxLength={2000} placeholder="https://crm.example.com/switchboard/events" value={url} onChange={(e) => setUrl(e.target.value)} />
      </label>
      <label>
        Description (optional)
        <input maxLength={200} value={description} onChange={(e) => setDescription(e.target.value)} />
      </label>
      <fieldset>
        <legend>Events</legend>
        {EVENT_TYPES.map((type) => (
          <label key={type} className="check">
            <input type="checkbox" checked={types.includes(type)} onChange={(e) => choose(type, e.target.checked)} /> {typeName(type)}
          </label>
        ))}
      </fieldset>
      <button type="submit" disabled={result.fetching || types.length === 0}>
        Create endpoint
      </button>
      {result.error && <p role="alert">{errorText(result.error)}</p>}
      {result.data && (
        <p role="status">
          Created {result.data.createEventEndpoint.endpoint.url}. Its signing secret, shown only now: <code>{result.data.createEventEndpoint.secret}</code>
        </p>
      )}
    </form>
  );
}

/** What an endpoint was sent, newest first, each with how its last attempt went; one may be sent again. */
function Deliveries({ endpointId, url }: { endpointId: string; url: string }) {
  const [{ data, error }, refetch] = useQuery({ query: EventDeliveries, variables: { id: endpointId }, requestPolicy: 'network-only' });
  const [replayed, replay] = useMutation(ReplayEventDelivery);
  const deliveries = data?.eventEndpoint?.deliveries.nodes ?? [];
  const again = async (id: string) => {
    if ((await replay({ id })).data) refetch({ requestPolicy: 'network-only' });
  };
  return (
    <section aria-labelledby="deliveries">
      <h2 id="deliveries">Deliveries to {url}</h2>
      {error && <p role="alert">{errorText(error)}</p>}
      {replayed.error && <p role="alert">{errorText(replayed.error)}</p>}
      {data && deliveries.length === 0 && <p>Nothing sent yet.</p>}
      {deliveries.length > 0 && (
        <table>
          <caption>Deliveries</caption>
          <thead>
            <tr>
              <th scope="col">Event</th>
              <th scope="col">When</th>
              <th scope="col">Status</th>
              <th scope="col">Attempts</th>
              <th scope="col">Last answer</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {deliveries.map((delivery) => (
              <tr key={delivery.id}>
                <td>{typeName(delivery.eventType)}</td>
                <td>{at(delivery.createdAt)}</td>
                <td>{delivery.status}</td>
                <td>{delivery.attemptCount}</td>
                <td>{delivery.lastError ?? (delivery.lastStatusCode ? `answered ${delivery.lastStatusCode}` : '')}</td>
                <td>
                  {delivery.status !== 'PENDING' && (
                    <button type="button" onClick={() => again(delivery.id)} disabled={replayed.fetching}>
                      Send again
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
