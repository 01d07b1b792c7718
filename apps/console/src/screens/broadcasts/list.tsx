import { useEffect, useMemo } from 'react';
import { useQuery } from 'urql';
import type { BroadcastCountsFragment, BroadcastsQuery, BroadcastState } from '../../gql/graphql';
import { DataTable, TableColumn } from '../../ui/data-table';
import { Link } from '../../ui/link';
import { Pager, useCursorPages } from '../../ui/paging';
import { QueryStatus } from '../../ui/results';
import { formatTime, stateWithTime } from './format';
import { BroadcastChoices, Broadcasts } from './operations';

type Row = BroadcastsQuery['broadcasts']['nodes'][number];

/** The open broadcast as its live panel last had it. */
export interface LiveRow {
  id: string;
  state: BroadcastState;
  stats: BroadcastCountsFragment;
}

/**
 * The tenant's broadcasts, newest first, each a link to its own page. The open one's row shows
 * its live figures, so its counts keep pace with the panel above; the list is read again when
 * that broadcast's state moves.
 */
export function BroadcastList({ live }: { live: LiveRow | null }) {
  const refreshKey = live ? `${live.id}:${live.state}` : '';
  const pages = useCursorPages();
  // Read again after any change to a broadcast, even when this page held none.
  const context = useMemo(() => ({ additionalTypenames: ['Broadcast'] }), []);
  const [state, refetch] = useQuery({ query: Broadcasts, variables: { after: pages.after }, requestPolicy: 'cache-and-network', context });
  useEffect(() => {
    if (refreshKey) refetch({ requestPolicy: 'network-only' });
  }, [refreshKey, refetch]);
  const [choices] = useQuery({ query: BroadcastChoices });
  const columns = useMemo<TableColumn<Row>[]>(() => {
    const bots = new Map(choices.data?.bots.nodes.map((bot) => [bot.id, bot.name]));
    return [
      { header: 'Name', cell: (row) => <Link to={`/broadcasts/${row.id}`}>{row.name}</Link> },
      { header: 'State', cell: (row) => stateWithTime(row.state, row.scheduledAt) },
      { header: 'Bot', cell: (row) => bots.get(row.botId) ?? row.botId },
      { header: 'Audience', cell: (row) => row.stats.audience },
      { header: 'Sent', cell: (row) => row.stats.sent },
      { header: 'Failed', cell: (row) => row.stats.failed },
      { header: 'Clicked', cell: (row) => row.stats.clicked },
      { header: 'Created', cell: (row) => formatTime(row.createdAt) },
    ];
  }, [choices.data]);
  const broadcasts = state.data?.broadcasts;
  const rows = useMemo(() => broadcasts?.nodes.map((row) => (row.id === live?.id ? { ...row, state: live.state, stats: { ...row.stats, ...live.stats } } : row)), [broadcasts, live]);
  return (
    <section aria-labelledby="broadcast-list">
      <h2 id="broadcast-list">All broadcasts</h2>
      <QueryStatus state={state} />
      {rows && <DataTable label="Broadcasts, newest first" rows={rows} columns={columns} rowKey={(row) => row.id} empty="No broadcasts yet." />}
      <Pager label="Broadcasts" pages={pages} pageInfo={broadcasts?.pageInfo} />
    </section>
  );
}
