import { FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import type { BotChoice } from '../../bot-choices';
import type { JobRowFragment } from '../../gql/graphql';
import { TextInput } from '../../ui/fields';
import { SelectField } from '../../ui/select-field';
import { MutationResult } from '../../ui/results';
import { DraftJobBroadcast, LaunchJobBroadcast } from './operations';

/** Creates a broadcast whose audience is the job's segment and launches it at once; its progress is on the Broadcasts screen. */
export function SendJobForm({ job, bots, audience }: { job: JobRowFragment; bots: readonly BotChoice[]; audience: string }) {
  const [botId, setBotId] = useState('');
  const [text, setText] = useState(job.message ?? `New opportunity: ${job.title} — ${job.url}`);
  const [drafted, draft] = useMutation(DraftJobBroadcast);
  const [launched, launch] = useMutation(LaunchJobBroadcast);
  const chosenBot = botId || bots[0]?.id || '';
  const options = bots.map((bot) => ({ value: bot.id, label: `${bot.name} (@${bot.username})` }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const answer = await draft({ input: { name: `Job: ${job.title}`, botId: chosenBot, text, audience: { jobId: job.jobId } } });
    if (answer.data) await launch({ id: answer.data.createBroadcast.id });
  };

  return (
    <form onSubmit={submit} aria-labelledby="send-job">
      <h2 id="send-job">
        Send {job.title} to {audience}
      </h2>
      {bots.length === 0 ? <p>No bots: register one first.</p> : <SelectField label="Bot" value={chosenBot} options={options} onChange={setBotId} />}
      <TextInput label="Notification text" isRequired rows={3} maxLength={4096} value={text} onChange={setText} />
      <button type="submit" disabled={drafted.fetching || launched.fetching || !chosenBot}>
        Send now
      </button>
      {drafted.error && <MutationResult state={drafted} done={() => null} />}
      <MutationResult
        state={launched}
        done={({ launchBroadcast: broadcast }) => `${broadcast.name}: ${broadcast.state} to ${broadcast.stats.audience} contacts; follow it on the Broadcasts screen.`}
      />
    </form>
  );
}
