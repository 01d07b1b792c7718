import { FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import { MutationResult } from '../../ui/results';
import { inputOf, NEW_REPLICA, ReplicaFieldsInputs } from './fields';
import { CreateReplica } from './operations';

/** A new replica; once created it opens. */
export function CreateReplicaForm({ onCreated }: { onCreated: (id: string) => void }) {
  const [values, setValues] = useState(NEW_REPLICA);
  const [created, createReplica] = useMutation(CreateReplica);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const answer = await createReplica({ input: inputOf(values) });
    if (!answer.data) return;
    setValues(NEW_REPLICA);
    onCreated(answer.data.createReplica.id);
  };

  return (
    <form onSubmit={submit} aria-labelledby="create-replica">
      <h2 id="create-replica">Create a replica</h2>
      <ReplicaFieldsInputs values={values} onChange={setValues} />
      <button type="submit" disabled={created.fetching}>
        Create replica
      </button>
      <MutationResult state={created} done={(data) => `Created ${data.createReplica.name}.`} />
    </form>
  );
}
