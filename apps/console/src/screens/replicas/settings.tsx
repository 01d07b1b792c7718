import { FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import type { ReplicaFieldsFragment } from '../../gql/graphql';
import { DeleteButton } from '../../ui/dialogs';
import { MutationResult } from '../../ui/results';
import { inputOf, ReplicaFieldsInputs, valuesOf } from './fields';
import { UpdateReplica } from './operations';

interface SettingsProps {
  replica: ReplicaFieldsFragment;
  onDelete: (replica: ReplicaFieldsFragment) => void;
  deleting: boolean;
}

/** A replica's settings, saved with updateReplica; deleting it asks first. */
export function ReplicaSettings({ replica, onDelete, deleting }: SettingsProps) {
  const [values, setValues] = useState(() => valuesOf(replica));
  const [updated, updateReplica] = useMutation(UpdateReplica);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void updateReplica({ id: replica.id, input: inputOf(values, replica) });
  };

  return (
    <form onSubmit={submit} aria-labelledby="edit-replica">
      <h3 id="edit-replica">Settings</h3>
      <ReplicaFieldsInputs values={values} onChange={setValues} />
      <div className="actions">
        <button type="submit" disabled={updated.fetching}>
          Save replica
        </button>
        <DeleteButton name={replica.name} consequence="The replica is deleted for good; its Telegram integration goes with it." isDisabled={deleting} onConfirm={() => onDelete(replica)} />
      </div>
      <MutationResult state={updated} done={() => 'Saved.'} />
    </form>
  );
}
