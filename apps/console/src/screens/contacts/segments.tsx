import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import type { BotChoice } from '../../bot-choices';
import type { ContactCriteria, SegmentFieldsFragment } from '../../gql/graphql';
import { DataTable, TableColumn } from '../../ui/data-table';
import { DeleteButton } from '../../ui/dialogs';
import { Pager, useCursorPages } from '../../ui/paging';
import { MutationResult, QueryStatus } from '../../ui/results';
import { describeCriteria } from './criteria';
import { CONTACTS_AND_SEGMENTS, DeleteSegment, SegmentPage } from './operations';
import { SegmentForm } from './segment-form';

type Segment = SegmentFieldsFragment;
/** What the form edits: nothing, a new segment, or a saved one. */
type Editing = null | 'new' | Segment;

interface SegmentActions {
  botName: (id: string) => string;
  editing: Editing;
  onEdit: (segment: Segment) => void;
  onDelete: (segment: Segment) => void;
  deleting: boolean;
}

function columns({ botName, editing, onEdit, onDelete, deleting }: SegmentActions): TableColumn<Segment>[] {
  return [
    { header: 'Name', cell: (segment) => segment.name },
    { header: 'Criteria', cell: (segment) => describeCriteria(segment.criteria as ContactCriteria, botName) },
    { header: 'Members now', cell: (segment) => String(segment.count) },
    {
      header: 'Actions',
      hiddenHeader: true,
      cell: (segment) => (
        <div className="actions">
          <button type="button" onClick={() => onEdit(segment)} aria-pressed={editing !== 'new' && editing?.id === segment.id}>
            Edit {segment.name}
          </button>
          <DeleteButton name={segment.name} consequence="Its criteria are removed; its contacts stay." isDisabled={deleting} onConfirm={() => onDelete(segment)} />
        </div>
      ),
    },
  ];
}

/** The tenant's segments with their member counts, a form to create or edit one, and deleting one after a confirmation. */
export function Segments({ bots, botName }: { bots: readonly BotChoice[]; botName: (id: string) => string }) {
  const pages = useCursorPages();
  const [state] = useQuery({ query: SegmentPage, variables: { after: pages.after }, requestPolicy: 'cache-and-network', context: CONTACTS_AND_SEGMENTS });
  const [deleted, deleteSegment] = useMutation(DeleteSegment);
  const [deletedName, setDeletedName] = useState('');
  const [editing, setEditing] = useState<Editing>(null);
  const segments = state.data?.segments;

  const remove = (segment: Segment) => {
    setDeletedName(segment.name);
    if (editing !== 'new' && editing?.id === segment.id) setEditing(null);
    void deleteSegment({ id: segment.id }, CONTACTS_AND_SEGMENTS);
  };

  return (
    <section aria-labelledby="segment-list">
      <h2 id="segment-list">Segments</h2>
      <button type="button" aria-expanded={editing === 'new'} onClick={() => setEditing(editing === 'new' ? null : 'new')}>
        New segment
      </button>
      {editing && <SegmentForm key={editing === 'new' ? 'new' : editing.id} bots={bots} segment={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
      <MutationResult state={deleted} done={() => `Deleted the segment ${deletedName}`} />
      <QueryStatus state={state} />
      {segments && (
        <DataTable
          label="Segments"
          rows={segments.nodes}
          columns={columns({ botName, editing, onEdit: setEditing, onDelete: remove, deleting: deleted.fetching })}
          rowKey={(segment) => segment.id}
          empty="No segments yet."
        />
      )}
      <Pager label="Segments" pages={pages} pageInfo={segments?.pageInfo} />
    </section>
  );
}
