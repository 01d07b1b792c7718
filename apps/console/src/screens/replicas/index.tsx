import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import type { ReplicaFieldsFragment } from '../../gql/graphql';
import { DataTable, TableColumn } from '../../ui/data-table';
import { Pager, useCursorPages } from '../../ui/paging';
import { MutationResult, QueryStatus } from '../../ui/results';
import { CreateReplicaForm } from './create';
import { DeleteReplica, REPLICAS, ReplicaPage } from './operations';
import { ReplicaPanel } from './panel';

type Replica = ReplicaFieldsFragment;

function columns(openId: string | null, onOpen: (id: string | null) => void): TableColumn<Replica>[] {
  return [
    { header: 'Name', cell: (replica) => replica.name },
    { header: 'Slug', cell: (replica) => replica.slug },
    { header: 'Answers with', cell: (replica) => (replica.endpoint ? 'its own endpoint' : replica.llm.model) },
    {
      header: 'Actions',
      hiddenHeader: true,
      cell: (replica) => (
        <button type="button" onClick={() => onOpen(openId === replica.id ? null : replica.id)} aria-expanded={openId === replica.id}>
          Open {replica.name}
        </button>
      ),
    },
  ];
}

/** Replicas: the list, one open to chat with, edit and put on Telegram, or a form for a new one. */
export function ReplicasScreen() {
  const pages = useCursorPages();
  const [state] = useQuery({ query: ReplicaPage, variables: { after: pages.after }, context: REPLICAS });
  const [openId, setOpenId] = useState<string | null>(null);
  // The deletion lives here, not in the panel, so its outcome outlasts the panel it closes.
  const [deleted, deleteReplica] = useMutation(DeleteReplica);
  const [deletedName, setDeletedName] = useState('');
  const replicas = state.data?.replicas;

  const remove = async (replica: Replica) => {
    setDeletedName(replica.name);
    if ((await deleteReplica({ id: replica.id }, REPLICAS)).data) setOpenId(null);
  };

  return (
    <>
      <h1>Replicas</h1>
      <QueryStatus state={state} />
      {replicas && <DataTable label="Your replicas" rows={replicas.nodes} columns={columns(openId, setOpenId)} rowKey={(replica) => replica.id} empty="No replicas yet: create one below." />}
      <Pager label="Replicas" pages={pages} pageInfo={replicas?.pageInfo} />
      <MutationResult state={deleted} done={() => `Deleted ${deletedName}.`} />
      {openId ? (
        <ReplicaPanel key={openId} id={openId} onClose={() => setOpenId(null)} onDelete={remove} deleting={deleted.fetching} />
      ) : (
        <CreateReplicaForm onCreated={setOpenId} />
      )}
    </>
  );
}
