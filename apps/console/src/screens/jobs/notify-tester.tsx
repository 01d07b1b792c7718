import { FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import type { JobRowFragment } from '../../gql/graphql';
import { TextInput } from '../../ui/fields';
import { MutationResult } from '../../ui/results';
import { NotifyJobTester } from './operations';

/** Tells one tester (a contact's external id) about the job on the tenant's first bot; the API waits for Telegram's answer. */
export function NotifyTesterForm({ job }: { job: JobRowFragment }) {
  const [testerId, setTesterId] = useState('');
  const [message, setMessage] = useState('');
  const [notified, notify] = useMutation(NotifyJobTester);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await notify({ jobId: job.jobId, testerId, message: message || null });
  };

  return (
    <form onSubmit={submit} aria-labelledby="notify-tester">
      <h2 id="notify-tester">Notify a tester about {job.title}</h2>
      <TextInput label="Tester id (the contact's external id)" isRequired maxLength={200} value={testerId} onChange={setTesterId} />
      <TextInput label="Message (optional; else the job's)" rows={3} maxLength={4000} value={message} onChange={setMessage} />
      <button type="submit" disabled={notified.fetching}>
        Notify tester
      </button>
      <MutationResult
        state={notified}
        done={({ notifyJobTester: sent }) => `Sent to ${sent.testerId} (Telegram chat ${sent.telegramChatId}, message ${sent.messageId}).`}
      />
    </form>
  );
}
