import { FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import type { BotChoice } from '../../bot-choices';
import type { ContactCriteria, SegmentFieldsFragment } from '../../gql/graphql';
import { TextInput } from '../../ui/fields';
import { MutationResult } from '../../ui/results';
import { CriteriaForm, EMPTY_CRITERIA, fromCriteria, toCriteria } from './criteria';
import { CriteriaFields } from './criteria-fields';
import { LiveCount } from './live-count';
import { counted } from './names';
import { CreateSegment, UpdateSegment } from './operations';

const members = (segment: { name: string; count: number }) => `the segment ${segment.name}: ${counted(segment.count, 'contact')}`;

/**
 * A segment's name and criteria, with the live count of what they match. A new segment's form
 * empties once it is created, ready for the next; an edited one stays as saved.
 */
export function SegmentForm({ bots, segment, onClose }: { bots: readonly BotChoice[]; segment: SegmentFieldsFragment | null; onClose: () => void }) {
  const [name, setName] = useState(segment?.name ?? '');
  const [form, setForm] = useState<CriteriaForm>(() => (segment ? fromCriteria(segment.criteria as ContactCriteria) : EMPTY_CRITERIA));
  const read = toCriteria(form);
  const [created, createSegment] = useMutation(CreateSegment);
  const [updated, updateSegment] = useMutation(UpdateSegment);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!read.criteria) return;
    const input = { name, criteria: read.criteria };
    if (segment) return void (await updateSegment({ id: segment.id, input }));
    if ((await createSegment({ input })).data) {
      setName('');
      setForm(EMPTY_CRITERIA);
    }
  };

  const title = segment ? `Edit ${segment.name}` : 'New segment';
  return (
    <form onSubmit={submit} className="panel" aria-label={title}>
      <h3>{title}</h3>
      <TextInput label="Segment name" isRequired maxLength={200} value={name} onChange={setName} />
      <fieldset>
        <legend>Criteria</legend>
        <CriteriaFields value={form} onChange={setForm} bots={bots} />
      </fieldset>
      <LiveCount read={read} />
      <div className="actions">
        <button type="submit" disabled={created.fetching || updated.fetching}>
          {segment ? 'Save segment' : 'Create segment'}
        </button>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
      {segment ? (
        <MutationResult state={updated} done={(data) => `Saved ${members(data.updateSegment)}`} />
      ) : (
        <MutationResult state={created} done={(data) => `Created ${members(data.createSegment)}`} />
      )}
    </form>
  );
}
