import { useState } from 'react';
import { useQuery } from 'urql';
import type { EventEndpointsQuery } from '../../gql/graphql';
import { DataTable, TableColumn } from '../../ui/data-table';
import { localTime } from '../../ui/format';
import { Pager, useCursorPages } from '../../ui/paging';
import { QueryStatus } from '../../ui/results';
import { CreateEndpointForm } from './create-endpoint';
import { Deliveries } from './deliveries';
import { EndpointActions } from './endpoint-actions';
import { typeName } from './event-types';
import { EventEndpoints } from './operations';

type Endpoint = EventEndpointsQuery['eventEndpoints']['nodes'][number];

function stateOf(endpoint: Endpoint): string {
  if (!endpoint.enabled) return endpoint.disabledReason ? `Disabled: ${endpoint.disabledReason}` : 'Disabled by hand';
  return endpoint.failingSince ? `Failing since ${localTime(endpoint.failingSince)}` : 'Enabled';
}

/** The tenant's event endpoints: what they take, whether they are working, and what they were sent. */
export function EventsScreen() {
  const pages = useCursorPages();
  const [state, refetch] = useQuery({ query: EventEndpoints, variables: { after: pages.after } });
  const [open, setOpen] = useState<Endpoint | null>(null);
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const endpoints = state.data?.eventEndpoints;
  const columns: TableColumn<Endpoint>[] = [
    { header: 'URL', cell: (endpoint) => (endpoint.description ? `${endpoint.url} (${endpoint.description})` : endpoint.url) },
    { header: 'Events', cell: (endpoint) => endpoint.eventTypes.map(typeName).join(', ') },
    { header: 'State', cell: (endpoint) => <span data-testid={`state-${endpoint.id}`}>{stateOf(endpoint)}</span> },
    {
      header: 'Actions',
      hiddenHeader: true,
      cell: (endpoint) => (
        <EndpointActions endpoint={endpoint} showingDeliveries={open?.id === endpoint.id} onShowDeliveries={() => setOpen(open?.id === endpoint.id ? null : endpoint)} onChanged={reload} />
      ),
    },
  ];
  return (
    <>
      <h1>Events</h1>
      <p>Switchboard posts what happens to your backend’s endpoints, signed the Standard Webhooks way.</p>
      <CreateEndpointForm onCreated={reload} />
      <section aria-labelledby="endpoint-list">
        <h2 id="endpoint-list">Endpoints</h2>
        <QueryStatus state={state} />
        {endpoints && <DataTable label="Event endpoints" rows={endpoints.nodes} columns={columns} rowKey={(endpoint) => endpoint.id} empty="No endpoints yet." />}
        <Pager label="Event endpoints" pages={pages} pageInfo={endpoints?.pageInfo} />
      </section>
      {open && <Deliveries endpointId={open.id} url={open.url} />}
    </>
  );
}
