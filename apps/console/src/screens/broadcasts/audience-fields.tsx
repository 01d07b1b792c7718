import { useState } from 'react';
import type { BroadcastChoicesQuery } from '../../gql/graphql';
import { TextInput } from '../../ui/fields';
import { RadioChoice } from '../../ui/radio-choice';
import { SelectField } from '../../ui/select-field';
import { ContactPicker } from './contact-picker';
import type { AudienceKind, DraftForm } from './draft';

type AudienceForm = Pick<DraftForm, 'audienceKind' | 'segmentId' | 'contactIds' | 'jobId' | 'filterBySegment'>;

interface AudienceFieldsProps {
  botId: string;
  choices: BroadcastChoicesQuery | undefined;
  value: AudienceForm;
  onChange: (patch: Partial<AudienceForm>) => void;
}

/** Who the broadcast goes to: every contact of the bot, a segment, a list of contacts, or a job's targeting. */
export function AudienceFields({ botId, choices, value, onChange }: AudienceFieldsProps) {
  const segmentOptions = (choices?.segments.nodes ?? []).map((segment) => ({ value: segment.id, label: `${segment.name} (${segment.count} contacts)` }));
  const jobOptions = (choices?.jobs.nodes ?? []).map((job) => ({ value: job.jobId, label: `${job.title} (${job.jobId})` }));
  const kinds = [
    { value: 'all', label: 'All contacts of the bot' },
    { value: 'segment', label: 'A segment', isDisabled: segmentOptions.length === 0 },
    { value: 'contacts', label: 'A list of contacts' },
    { value: 'job', label: 'A job’s audience', isDisabled: jobOptions.length === 0 },
  ] as const;
  return (
    <RadioChoice<AudienceKind> legend="Audience" value={value.audienceKind} onChange={(audienceKind) => onChange({ audienceKind })} options={kinds}>
      {value.audienceKind === 'segment' && (
        <SelectField label="Segment" isRequired value={value.segmentId || segmentOptions[0]?.value || ''} onChange={(segmentId) => onChange({ segmentId })} options={segmentOptions} />
      )}
      {value.audienceKind === 'contacts' && <ContactList botId={botId} value={value.contactIds} onChange={(contactIds) => onChange({ contactIds })} />}
      {value.audienceKind === 'job' && (
        <>
          <SelectField label="Job" isRequired value={value.jobId || jobOptions[0]?.value || ''} onChange={(jobId) => onChange({ jobId })} options={jobOptions} />
          <label className="check">
            <input type="checkbox" checked={value.filterBySegment} onChange={(event) => onChange({ filterBySegment: event.target.checked })} />
            Only the job’s segment (otherwise every contact)
          </label>
        </>
      )}
    </RadioChoice>
  );
}

function ContactList({ botId, value, onChange }: { botId: string; value: string; onChange: (ids: string) => void }) {
  const [picked, setPicked] = useState('');
  const listed = value.split(/[\s,]+/).filter(Boolean);
  return (
    <>
      <TextInput label="Contact ids (separated by spaces, commas or lines)" isRequired rows={3} value={value} onChange={onChange} />
      <ContactPicker label="Add a contact" botId={botId} value={picked} onChange={setPicked} />
      <button type="button" disabled={!picked || listed.includes(picked)} onClick={() => onChange([...listed, picked].join('\n'))}>
        Add to the list
      </button>
    </>
  );
}
