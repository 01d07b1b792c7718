import { FormEvent, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { errorText } from '../errors';
import { graphql } from '../gql';
import type { JobsQuery } from '../gql/graphql';

const Jobs = graphql(`
  query Jobs {
    jobs(first: 100) {
      nodes {
        id
        jobId
        title
        url
        segmentId
        message
        createdAt
      }
    }
    segments(first: 100) {
      nodes {
        id
        name
        count
      }
    }
    bots(first: 100) {
      nodes {
        id
        name
        username
      }
    }
  }
`);

const CreateJob = graphql(`
  mutation CreateJob($input: CreateJobInput!) {
    createJob(input: $input) {
      id
      jobId
      title
    }
  }
`);

const SendJob = graphql(`
  mutation SendJob($input: CreateBroadcastInput!) {
    createBroadcast(input: $input) {
      id
    }
  }
`);

const LaunchJobBroadcast = graphql(`
  mutation LaunchJobBroadcast($id: ID!) {
    launchBroadcast(id: $id) {
      id
      name
      state
      stats {
        audience
      }
    }
  }
`);

type Data = JobsQuery;
type Job = Data['jobs']['nodes'][number];

/** The tenant's jobs: create one, and send one to its segment as a broadcast. */
export function JobsScreen() {
  const [{ data, error, fetching }, refetch] = useQuery({ query: Jobs });
  const [sending, setSending] = useState<string | null>(null);
  const segmentName = (id: string | null | undefined) => (id ? (data?.segments.nodes.find((s) => s.id === id)?.name ?? id) : 'every contact');
  return (
    <>
      <h1>Jobs</h1>
      <CreateJobForm segments={data?.segments.nodes ?? []} onCreated={() => refetch({ requestPolicy: 'network-only' })} />
      <section aria-labelledby="job-list">
        <h2 id="job-list">All jobs</h2>
        {error && <p role="alert">{errorText(error)}</p>}
        {fetching && !data && <p>Loading…</p>}
        {data && data.jobs.nodes.length === 0 && <p>No jobs yet.</p>}
        {data && data.jobs.nodes.length > 0 && (
          <table>
            <caption>Jobs</caption>
            <thead>
              <tr>
                <th scope="col">Title</th>
                <th scope="col">Id</th>
                <th scope="col">Link</th>
                <th scope="col">Segment</th>
                <th scope="col">Message</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {data.jobs.nodes.map((job) => (
                <tr key={job.id}>
                  <td>{job.title}</td>
                  <td>
                    <code>{job.jobId}</code>
                  </td>
                  <td>
                    <a href={job.url} target="_blank" rel="noreferrer">
                      {job.url}
                    </a>
                  </td>
                  <td>{segmentName(job.segmentId)}</td>
                  <td>{job.message ?? 'the default text'}</td>
                  <td>
                    <button type="button" aria-expanded={sending === job.id} onClick={() => setSending(sending === job.id ? null : job.id)}>
                      Send {job.title} to its segment
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      {data?.jobs.nodes
        .filter((job) => job.id === sending)
        .map((job) => (
          <SendJobForm key={job.id} job={job} bots={data.bots.nodes} audience={segmentName(job.segmentId)} />
        ))}
    </>
  );
}

function CreateJobForm({ segments, onCreated }: { segments: Data['segments']['nodes']; onCreated: () => void }) {
  const [title, setTitle] = useState('');
  const [url, setUrl] = useState('');
  const [segmentId, setSegmentId] = useState('');
  const [message, setMessage] = useState('');
  const [result, createJob] = useMutation(CreateJob);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const answer = await createJob({ input: { title, url, segmentId: segmentId || null, message: message || null } });
    if (answer.data) {
      setTitle('');
      setUrl('');
      setMessage('');
      onCreated();
    }
  };

  return (
    <form onSubmit={submit} aria-labelledby="create-job">
      <h2 id="create-job">New job</h2>
      <label>
        Title
        <input required maxLength={200} value={title} onChange={(e) => setTitle(e.target.value)} />
      </label>
      <label>
        Link
        <input required type="url" value={url} onChange={(e) => setUrl(e.target.value)} />
      </label>
      <label>
        Segment
        <select value={segmentId} onChange={(e) => setSegmentId(e.target.value)}>
          <option value="">None</option>
          {segments.map((segment) => (
            <option key={segment.id} value={segment.id}>
              {segment.name} ({segment.count} contacts)
            </option>
          ))}
        </select>
      </label>
      <label>
        Message (optional)
        <textarea rows={3} maxLength={4096} value={message} onChange={(e) => setMessage(e.target.value)} />
      </label>
      <button type="submit" disabled={result.fetching}>
        Create job
      </button>
      {result.error && <p role="alert">{errorText(result.error)}</p>}
      {result.data && <p role="status">Created {result.data.createJob.title} ({result.data.createJob.jobId}).</p>}
    </form>
  );
}

/** Creates a broadcast whose audience is the job's segment and launches it at once. */
function SendJobForm({ job, bots, audience }: { job: Job; bots: Data['bots']['nodes']; audience: string }) {
  const [botId, setBotId] = useState('');
  const [text, setText] = useState(job.message ?? `New opportunity: ${job.title} — ${job.url}`);
  const [created, create] = useMutation(SendJob);
  const [launched, launch] = useMutation(LaunchJobBroadcast);
  const chosenBot = botId || bots[0]?.id || '';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const draft = await create({ input: { name: `Job: ${job.title}`, botId: chosenBot, text, audience: { jobId: job.jobId } } });
    if (draft.data) await launch({ id: draft.data.createBroadcast.id });
  };

  const failure = created.error ?? launched.error;
  const broadcast = launched.data?.launchBroadcast;
  return (
    <form onSubmit={submit} aria-labelledby="send-job">
      <h2 id="send-job">Send {job.title} to {audience}</h2>
      <label>
        Bot
        <select required value={chosenBot} onChange={(e) => setBotId(e.target.value)}>
          {bots.length === 0 && <option value="">No bots: register one first</option>}
          {bots.map((bot) => (
            <option key={bot.id} value={bot.id}>
              {bot.name} (@{bot.username})
            </option>
          ))}
        </select>
      </label>
      <label>
        Notification text
        <textarea required rows={3} maxLength={4096} value={text} onChange={(e) => setText(e.target.value)} />
      </label>
      <button type="submit" disabled={created.fetching || launched.fetching || !chosenBot}>
        Send now
      </button>
      {failure && <p role="alert">{errorText(failure)}</p>}
      {broadcast && (
        <p role="status">
          {broadcast.name}: {broadcast.state} to {broadcast.stats.audience} contacts; follow it on the Broadcasts screen.
        </p>
      )}
    </form>
  );
}
