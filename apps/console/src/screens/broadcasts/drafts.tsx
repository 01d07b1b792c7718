import { useMutation, useQuery } from 'urql';
import type { BroadcastFieldsFragment } from '../../gql/graphql';
import { MutationResult, QueryStatus } from '../../ui/results';
import { ComposeForm } from './compose-form';
import { contentOf, DraftForm, draftOf, NEW_DRAFT } from './draft';
import { BroadcastChoices, CreateBroadcast, UpdateBroadcast } from './operations';

/** A new broadcast, saved as a DRAFT. */
export function NewBroadcast({ onCreated }: { onCreated: (id: string) => void }) {
  const [choices] = useQuery({ query: BroadcastChoices });
  const [created, create] = useMutation(CreateBroadcast);
  const submit = async (form: DraftForm) => {
    const answer = await create({ input: { botId: form.botId, ...contentOf(form, choices.data) } });
    if (answer.data) onCreated(answer.data.createBroadcast.id);
  };
  return (
    <>
      <QueryStatus state={choices} />
      <ComposeForm
        heading="New broadcast"
        initial={NEW_DRAFT}
        choices={choices.data}
        submitLabel="Create draft"
        busy={created.fetching}
        onSubmit={(form) => void submit(form)}
        result={<MutationResult state={created} done={(data) => `Created the draft ${data.createBroadcast.name}.`} />}
      />
    </>
  );
}

/** A DRAFT or SCHEDULED broadcast changed in place (its bot stays); the form stays open to show the outcome. */
export function EditDraft({ broadcast }: { broadcast: BroadcastFieldsFragment }) {
  const [choices] = useQuery({ query: BroadcastChoices });
  const [saved, save] = useMutation(UpdateBroadcast);
  return (
    <ComposeForm
      heading="Edit the draft"
      initial={draftOf(broadcast)}
      choices={choices.data}
      botLocked
      submitLabel="Save the draft"
      busy={saved.fetching}
      onSubmit={(form) => void save({ id: broadcast.id, input: contentOf(form, choices.data) })}
      result={<MutationResult state={saved} done={(data) => `Saved ${data.updateBroadcast.name}.`} />}
    />
  );
}
