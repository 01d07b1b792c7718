import { useEffect } from 'react';
import { useQuery } from 'urql';
import type { BroadcastDeliveriesQuery } from '../../gql/graphql';
import { DataTable } from '../../ui/data-table';
import { Pager, useCursorPages } from '../../ui/paging';
import { QueryStatus } from '../../ui/results';
import { formatTime } from './format';
import { BroadcastDeliveries } from './operations';

type Delivery = NonNullable<BroadcastDeliveriesQuery['broadcast']>['deliveries']['nodes'][number];

const COLUMNS = [
  { header: 'Contact', cell: (delivery: Delivery) => <code>{delivery.contactId}</code> },
  { header: 'Status', cell: (delivery: Delivery) => delivery.status },
  { header: 'Sent at', cell: (delivery: Delivery) => formatTime(delivery.sentAt) },
  { header: 'Error or reason', cell: (delivery: Delivery) => delivery.error ?? (delivery.skipReason ? `skipped: ${delivery.skipReason}` : '') },
];

/** Each recipient and its delivery, newest first, page by page; read again whenever the broadcast moves (`moved` changes). */
export function DeliveriesTable({ id, moved }: { id: string; moved: string }) {
  const pages = useCursorPages();
  const [state, refetch] = useQuery({ query: BroadcastDeliveries, variables: { id, after: pages.after } });
  useEffect(() => {
    if (moved) refetch({ requestPolicy: 'network-only' });
  }, [moved, refetch]);
  const deliveries = state.data?.broadcast?.deliveries;
  return (
    <section aria-label="Deliveries">
      <QueryStatus state={state} />
      {deliveries && (
        <DataTable label="Deliveries, newest first" rows={deliveries.nodes} columns={COLUMNS} rowKey={(delivery) => delivery.contactId} empty="No deliveries yet." />
      )}
      <Pager label="Deliveries" pages={pages} pageInfo={deliveries?.pageInfo} />
    </section>
  );
}
