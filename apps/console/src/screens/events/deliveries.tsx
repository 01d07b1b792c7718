import { useMutation, useQuery } from 'urql';
import type { EventDeliveriesQuery } from '../../gql/graphql';
import { DataTable, TableColumn } from '../../ui/data-table';
import { localTime } from '../../ui/format';
import { Pager, useCursorPages } from '../../ui/paging';
import { MutationResult, QueryStatus } from '../../ui/results';
import { typeName } from './event-types';
import { EventDeliveries, ReplayEventDelivery } from './operations';

type Delivery = NonNullable<EventDeliveriesQuery['eventEndpoint']>['deliveries']['nodes'][number];

const lastAnswer = (delivery: Delivery) => delivery.lastError ?? (delivery.lastStatusCode ? `answered ${delivery.lastStatusCode}` : '');

/** What an endpoint was sent, newest first, each with how its last attempt went; one may be sent again. */
export function Deliveries({ endpointId, url }: { endpointId: string; url: string }) {
  const pages = useCursorPages();
  const [state, refetch] = useQuery({ query: EventDeliveries, variables: { id: endpointId, after: pages.after }, requestPolicy: 'network-only' });
  const [replayed, replay] = useMutation(ReplayEventDelivery);
  const deliveries = state.data?.eventEndpoint?.deliveries;
  const sendAgain = async (id: string) => {
    if ((await replay({ id })).data) refetch({ requestPolicy: 'network-only' });
  };
  const columns: TableColumn<Delivery>[] = [
    { header: 'Event', cell: (delivery) => typeName(delivery.eventType) },
    { header: 'When', cell: (delivery) => localTime(delivery.createdAt) },
    { header: 'Status', cell: (delivery) => delivery.status },
    { header: 'Attempts', cell: (delivery) => delivery.attemptCount },
    { header: 'Last answer', cell: lastAnswer },
    {
      header: 'Actions',
      hiddenHeader: true,
      cell: (delivery) =>
        delivery.status !== 'PENDING' && (
          <button type="button" onClick={() => sendAgain(delivery.id)} disabled={replayed.fetching}>
            Send again
          </button>
        ),
    },
  ];
  return (
    <section aria-labelledby="deliveries">
      <h2 id="deliveries">Deliveries to {url}</h2>
      <QueryStatus state={state} />
      <MutationResult state={replayed} done={() => 'Sent again.'} />
      {deliveries && <DataTable label="Deliveries" rows={deliveries.nodes} columns={columns} rowKey={(delivery) => delivery.id} empty="Nothing sent yet." />}
      <Pager label="Deliveries" pages={pages} pageInfo={deliveries?.pageInfo} />
    </section>
  );
}
