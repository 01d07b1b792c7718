import { FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import { TextInput } from '../../ui/fields';
import { MutationResult } from '../../ui/results';
import { AskReplica } from './operations';

interface Turn {
  role: 'USER' | 'ASSISTANT';
  content: string;
  fallback?: boolean;
  error?: string | null;
}

/** The turns a test chat sends: the API takes at most 20. */
const CHAT_TURNS = 20;

/** The turns the replica is given: a fallback is not something it said, so it is left out. */
const conversationOf = (turns: Turn[]) =>
  turns
    .filter((turn) => !turn.fallback)
    .slice(-CHAT_TURNS)
    .map(({ role, content }) => ({ role, content }));

/** A conversation kept in the page: each question sends the turns so far (askReplica), and the answer joins them. */
export function TestChat({ replica }: { replica: { id: string; name: string } }) {
  const [turns, setTurns] = useState<Turn[]>([]);
  const [question, setQuestion] = useState('');
  const [asked, ask] = useMutation(AskReplica);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const content = question.trim();
    if (!content) return;
    const sent: Turn[] = [...turns, { role: 'USER', content }];
    setTurns(sent);
    setQuestion('');
    const answer = await ask({ replicaId: replica.id, messages: conversationOf(sent) });
    if (!answer.data) return;
    const { text, fallback, error } = answer.data.askReplica;
    setTurns([...sent, { role: 'ASSISTANT', content: text, fallback, error }]);
  };

  return (
    <section aria-labelledby="test-chat" className="panel">
      <h3 id="test-chat">Test chat</h3>
      <p>Talk to {replica.name} here as people will on Telegram; nothing is sent to Telegram.</p>
      <ol className="messages" aria-label="Test conversation" aria-live="polite">
        {turns.map((turn, index) => (
          <li key={index} className={turn.role === 'USER' ? 'outbound' : 'inbound'}>
            <small>{turn.role === 'USER' ? 'You' : replica.name}</small>
            <p>{turn.content}</p>
            {turn.fallback && <small role="note">{turn.error ? `No answer: ${turn.error}` : 'The replica has no model or endpoint to answer with yet.'}</small>}
          </li>
        ))}
      </ol>
      {asked.fetching && <p role="status">{replica.name} is answering…</p>}
      <MutationResult state={asked} done={() => null} />
      <form onSubmit={submit} aria-label={`Ask ${replica.name}`}>
        <TextInput label="Your message" rows={2} maxLength={4096} submitOnEnter value={question} onChange={setQuestion} />
        <div className="actions">
          <button type="submit" disabled={asked.fetching || !question.trim()}>
            Send
          </button>
          <button type="button" onClick={() => setTurns([])} disabled={turns.length === 0}>
            Start over
          </button>
        </div>
      </form>
    </section>
  );
}
