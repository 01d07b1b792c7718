import { FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import { TextInput } from '../../ui/fields';
import { MutationResult } from '../../ui/results';
import { CONTACTS_AND_SEGMENTS, MergeContacts } from './operations';

/** Merges another contact, named by its id, into this one. */
export function MergeForm({ targetId, targetName }: { targetId: string; targetName: string }) {
  const [sourceId, setSourceId] = useState('');
  const [merged, mergeContacts] = useMutation(MergeContacts);

  const merge = async (event: FormEvent) => {
    event.preventDefault();
    const answer = await mergeContacts({ sourceId: sourceId.trim(), targetId }, CONTACTS_AND_SEGMENTS);
    if (answer.data) setSourceId('');
  };

  return (
    <form onSubmit={merge} aria-label="Merge a contact">
      <div className="actions">
        <TextInput
          label="Id of a contact to merge into this one"
          isRequired
          maxLength={40}
          value={sourceId}
          onChange={setSourceId}
          description="Its identities and messages move here, what this contact lacks is filled from it, and it is removed."
        />
        <button type="submit" disabled={merged.fetching}>
          Merge into {targetName}
        </button>
      </div>
      <MutationResult state={merged} done={(data) => `Merged: this contact now has ${data.mergeContacts.identities.length} identities`} />
    </form>
  );
}
