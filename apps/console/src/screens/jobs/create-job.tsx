import { FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import { TextInput } from '../../ui/fields';
import { SelectField } from '../../ui/select-field';
import { MutationResult } from '../../ui/results';
import { CreateJob } from './operations';

type SegmentChoice = { id: string; name: string; count: number };

const EMPTY = { title: '', url: '', segmentId: '', message: '' };

/** A job: a title, a link, optionally the segment it targets and its own notification text. */
export function CreateJobForm({ segments, onCreated }: { segments: readonly SegmentChoice[]; onCreated: () => void }) {
  const [job, setJob] = useState(EMPTY);
  const [created, createJob] = useMutation(CreateJob);
  const set = (field: keyof typeof EMPTY) => (value: string) => setJob({ ...job, [field]: value });
  const options = [{ value: '', label: 'None' }, ...segments.map((s) => ({ value: s.id, label: `${s.name} (${s.count} contacts)` }))];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const answer = await createJob({ input: { title: job.title, url: job.url, segmentId: job.segmentId || null, message: job.message || null } });
    if (!answer.data) return;
    setJob(EMPTY);
    onCreated();
  };

  return (
    <form onSubmit={submit} aria-labelledby="create-job">
      <h2 id="create-job">New job</h2>
      <TextInput label="Title" isRequired maxLength={300} value={job.title} onChange={set('title')} />
      <TextInput label="Link" isRequired type="url" maxLength={2048} value={job.url} onChange={set('url')} />
      <SelectField label="Segment" value={job.segmentId} options={options} onChange={set('segmentId')} />
      <TextInput label="Message (optional)" rows={3} maxLength={4000} value={job.message} onChange={set('message')} />
      <button type="submit" disabled={created.fetching}>
        Create job
      </button>
      <MutationResult state={created} done={(data) => `Created ${data.createJob.title} (${data.createJob.jobId}).`} />
    </form>
  );
}
