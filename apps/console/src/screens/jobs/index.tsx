import { useState } from 'react';
import { useQuery } from 'urql';
import { useBotChoices } from '../../bot-choices';
import type { JobRowFragment } from '../../gql/graphql';
import { DataTable, TableColumn } from '../../ui/data-table';
import { Pager, useCursorPages } from '../../ui/paging';
import { QueryStatus } from '../../ui/results';
import { CreateJobForm } from './create-job';
import { NotifyTesterForm } from './notify-tester';
import { JOB_LIST, JobPage, JobSegments } from './operations';
import { SendJobForm } from './send-job';

type Action = { job: JobRowFragment; kind: 'notify' | 'send' };

function columns(segmentName: (id: string | null | undefined) => string, act: (action: Action) => void): TableColumn<JobRowFragment>[] {
  return [
    { header: 'Title', cell: (job) => job.title },
    { header: 'Id', cell: (job) => <code>{job.jobId}</code> },
    {
      header: 'Link',
      cell: (job) => (
        <a href={job.url} target="_blank" rel="noreferrer">
          {job.url}
        </a>
      ),
    },
    { header: 'Segment', cell: (job) => segmentName(job.segmentId) },
    { header: 'Message', cell: (job) => job.message ?? 'the default text' },
    {
      header: 'Actions',
      hiddenHeader: true,
      cell: (job) => (
        <div className="actions">
          <button type="button" onClick={() => act({ job, kind: 'notify' })}>
            Notify a tester about {job.title}
          </button>
          <button type="button" onClick={() => act({ job, kind: 'send' })}>
            Send {job.title} to its segment
          </button>
        </div>
      ),
    },
  ];
}

/** The tenant's jobs, a page at a time: create one, tell one tester about one, or send one to its segment. */
export function JobsScreen() {
  const pages = useCursorPages();
  const [state] = useQuery({ query: JobPage, variables: { after: pages.after }, requestPolicy: 'cache-and-network', context: JOB_LIST });
  const [{ data: segments }] = useQuery({ query: JobSegments });
  const { bots } = useBotChoices();
  const [action, setAction] = useState<Action | null>(null);
  const segmentName = (id: string | null | undefined) => (id ? (segments?.segments.nodes.find((s) => s.id === id)?.name ?? id) : 'every contact');
  const jobs = state.data?.jobs;
  return (
    <>
      <h1>Jobs</h1>
      <CreateJobForm segments={segments?.segments.nodes ?? []} onCreated={pages.reset} />
      <section aria-labelledby="job-list">
        <h2 id="job-list">All jobs</h2>
        <QueryStatus state={state} />
        {jobs && <DataTable label="Jobs" rows={jobs.nodes} columns={columns(segmentName, setAction)} rowKey={(job) => job.id} empty="No jobs yet." />}
        <Pager label="Jobs" pages={pages} pageInfo={jobs?.pageInfo} />
      </section>
      {action?.kind === 'notify' && <NotifyTesterForm key={action.job.id} job={action.job} />}
      {action?.kind === 'send' && <SendJobForm key={action.job.id} job={action.job} bots={bots} audience={segmentName(action.job.segmentId)} />}
    </>
  );
}
