import { FormEvent, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { errorText } from '../errors';
import { graphql } from '../gql';
import type { ReplicaInput, ReplicasQuery } from '../gql/graphql';

const Replicas = graphql(`
  query Replicas {
    replicas(first: 100) {
      nodes {
        id
        name
        shortDescription
        greeting
        slug
        ownerID
        type
        private
        tags
        suggestedQuestions
        llm {
          model
          systemMessage
          baseUrl
        }
        endpoint {
          url
        }
      }
    }
  }
`);

const CreateReplica = graphql(`
  mutation CreateReplica($input: ReplicaInput!) {
    createReplica(input: $input) {
      id
      name
    }
  }
`);

const UpdateReplica = graphql(`
  mutation UpdateReplica($id: ID!, $input: ReplicaInput!) {
    updateReplica(id: $id, input: $input) {
      id
      name
      shortDescription
      greeting
      slug
      suggestedQuestions
      llm {
        model
        systemMessage
      }
    }
  }
`);

const DeleteReplica = graphql(`
  mutation DeleteReplica($id: ID!) {
    deleteReplica(id: $id)
  }
`);

const Integration = graphql(`
  query ReplicaIntegration($replicaId: ID!) {
    replicaTelegramIntegration(replicaId: $replicaId) {
      id
      state
      mention
      botId
      attempts
      lastError
    }
  }
`);

const Integrate = graphql(`
  mutation IntegrateReplica($replicaId: ID!, $input: TelegramIntegrationInput!) {
    integrateReplicaWithTelegram(replicaId: $replicaId, input: $input) {
      id
      state
      mention
      attempts
      lastError
    }
  }
`);

const RemoveIntegration = graphql(`
  mutation RemoveReplicaIntegration($replicaId: ID!) {
    removeReplicaTelegramIntegration(replicaId: $replicaId)
  }
`);

const AskReplica = graphql(`
  mutation AskReplica($replicaId: ID!, $messages: [ReplicaChatTurnInput!]!) {
    askReplica(replicaId: $replicaId, messages: $messages) {
      text
      fallback
      error
    }
  }
`);

type Replica = ReplicasQuery['replicas']['nodes'][number];

/** The turns a test chat sends: the API takes at most 20. */
const CHAT_TURNS = 20;

export function ReplicasScreen() {
  const [{ data, error, fetching }, refetch] = useQuery({ query: Replicas });
  const [selected, setSelected] = useState<string | null>(null);
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const replica = data?.replicas.nodes.find((node) => node.id === selected);
  return (
    <>
      <h1>Replicas</h1>
      {error && <p role="alert">{errorText(error)}</p>}
      {fetching && !data && <p>Loading…</p>}
      {data && data.replicas.nodes.length === 0 && <p>No replicas yet: create one below.</p>}
      {data && data.replicas.nodes.length > 0 && (
        <table>
          <caption>Your replicas</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Slug</th>
              <th scope="col">Model</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {data.replicas.nodes.map((node) => (
              <tr key={node.id}>
                <td>{node.name}</td>
                <td>
                  <code>{node.slug}</code>
                </td>
                <td>{node.endpoint ? 'own endpoint' : node.llm.model}</td>
                <td>
                  <button type="button" onClick={() => setSelected(selected === node.id ? null : node.id)} aria-expanded={selected === node.id}>
                    Open {node.name}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {replica ? (
        <ReplicaPanel
          key={replica.id}
          replica={replica}
          onChanged={reload}
          onDeleted={() => {
            setSelected(null);
            reload();
          }}
        />
      ) : (
        <CreateReplicaForm
          onCreated={(id) => {
            setSelected(id);
            reload();
          }}
        />
      )}
    </>
  );
}

interface ReplicaFields {
  name: string;
  shortDescription: string;
  greeting: string;
  slug: string;
  ownerID: string;
  suggestedQuestions: string;
  model: string;
  systemMessage: string;
}

const NEW_REPLICA: ReplicaFields = { name: '', shortDescription: '', greeting: '', slug: '', ownerID: 'console', suggestedQuestions: '', model: 'gpt-4o', systemMessage: '' };

function fieldsOf(replica: Replica): ReplicaFields {
  return {
    name: replica.name,
    shortDescription: replica.shortDescription,
    greeting: replica.greeting,
    slug: replica.slug,
    ownerID: replica.ownerID,
    suggestedQuestions: replica.suggestedQuestions.join('\n'),
    model: replica.llm.model,
    systemMessage: replica.llm.systemMessage,
  };
}

/** The input for the fields the form shows; an update keeps the rest as they are (it replaces every field). */
function inputOf(fields: ReplicaFields, current?: Replica): ReplicaInput {
  return {
    name: fields.name,
    shortDescription: fields.shortDescription,
    greeting: fields.greeting,
    slug: fields.slug,
    ownerID: fields.ownerID,
    suggestedQuestions: fields.suggestedQuestions
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean),
    llm: { model: fields.model, systemMessage: fields.systemMessage, ...(current?.llm.baseUrl ? { baseUrl: current.llm.baseUrl } : {}) },
    ...(current ? { type: current.type, private: current.private, tags: current.tags } : {}),
    ...(current?.endpoint ? { endpoint: { url: current.endpoint.url } } : {}),
  };
}

function ReplicaFieldsInputs({ fields, onChange }: { fields: ReplicaFields; onChange: (fields: ReplicaFields) => void }) {
  const set = (name: keyof ReplicaFields) => (event: { target: { value: string } }) => onChange({ ...fields, [name]: event.target.value });
  return (
    <>
      <label>
        Name
        <input required maxLength={200} value={fields.name} onChange={set('name')} />
      </label>
      <label>
        Short description
        <input maxLength={500} value={fields.shortDescription} onChange={set('shortDescription')} />
      </label>
      <label>
        Greeting
        <textarea rows={2} value={fields.greeting} onChange={set('greeting')} />
      </label>
      <label>
        Slug (lowercase letters, digits and hyphens)
        <input required pattern="[a-z0-9]+(-[a-z0-9]+)*" value={fields.slug} onChange={set('slug')} />
      </label>
      <label>
        Owner ID
        <input required value={fields.ownerID} onChange={set('ownerID')} />
      </label>
      <label>
        Suggested questions (one a line)
        <textarea rows={3} value={fields.suggestedQuestions} onChange={set('suggestedQuestions')} />
      </label>
      <label>
        Model
        <input required value={fields.model} onChange={set('model')} />
      </label>
      <label>
        System message
        <textarea rows={4} value={fields.systemMessage} onChange={set('systemMessage')} />
      </label>
    </>
  );
}

function CreateReplicaForm({ onCreated }: { onCreated: (id: string) => void }) {
  const [fields, setFields] = useState(NEW_REPLICA);
  const [result, createReplica] = useMutation(CreateReplica);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const answer = await createReplica({ input: inputOf(fields) });
    if (answer.data) {
      setFields(NEW_REPLICA);
      onCreated(answer.data.createReplica.id);
    }
  };

  return (
    <form onSubmit={submit} aria-labelledby="create-replica">
      <h2 id="create-replica">Create a replica</h2>
      <ReplicaFieldsInputs fields={fields} onChange={setFields} />
      <button type="submit" disabled={result.fetching}>
        Create replica
      </button>
      {result.error && <p role="alert">{errorText(result.error)}</p>}
    </form>
  );
}

function ReplicaPanel({ replica, onChanged, onDeleted }: { replica: Replica; onChanged: () => void; onDeleted: () => void }) {
  return (
    <section aria-labelledby="replica-name" className="replica">
      <h2 id="replica-name">{replica.name}</h2>
      <TestChat replica={replica} />
      <EditReplicaForm replica={replica} onSaved={onChanged} onDeleted={onDeleted} />
      <TelegramIntegration replica={replica} />
    </section>
  );
}

function EditReplicaForm({ replica, onSaved, onDeleted }: { replica: Replica; onSaved: () => void; onDeleted: () => void }) {
  const [fields, setFields] = useState(() => fieldsOf(replica));
  const [result, updateReplica] = useMutation(UpdateReplica);
  const [deletion, deleteReplica] = useMutation(DeleteReplica);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const answer = await updateReplica({ id: replica.id, input: inputOf(fields, replica) });
    if (answer.data) onSaved();
  };
  const remove = async () => {
    if (!confirm(`Delete ${replica.name}? Its Telegram integration goes with it.`)) return;
    const answer = await deleteReplica({ id: replica.id });
    if (answer.data) onDeleted();
  };

  return (
    <form onSubmit={submit} aria-labelledby="edit-replica">
      <h3 id="edit-replica">Settings</h3>
      <ReplicaFieldsInputs fields={fields} onChange={setFields} />
      <button type="submit" disabled={result.fetching}>
        Save replica
      </button>{' '}
      <button type="button" className="danger" onClick={remove} disabled={deletion.fetching}>
        Delete replica
      </button>
      {result.error && <p role="alert">{errorText(result.error)}</p>}
      {deletion.error && <p role="alert">{errorText(deletion.error)}</p>}
      {result.data && !result.fetching && <p role="status">Saved.</p>}
    </form>
  );
}

function TelegramIntegration({ replica }: { replica: Replica }) {
  const [{ data, error }, refetch] = useQuery({ query: Integration, variables: { replicaId: replica.id } });
  const [telegramToken, setTelegramToken] = useState('');
  const [mention, setMention] = useState('');
  const [integration, integrate] = useMutation(Integrate);
  const [removal, remove] = useMutation(RemoveIntegration);
  const current = data?.replicaTelegramIntegration;
  const reload = () => refetch({ requestPolicy: 'network-only' });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const answer = await integrate({ replicaId: replica.id, input: { telegramToken, mention } });
    if (answer.data) {
      setTelegramToken('');
      reload();
    }
  };
  const removeIntegration = async () => {
    const answer = await remove({ replicaId: replica.id });
    if (answer.data) reload();
  };

  return (
    <section aria-labelledby="telegram-integration" className="panel">
      <h3 id="telegram-integration">Telegram</h3>
      {error && <p role="alert">{errorText(error)}</p>}
      {current ? (
        <>
          <dl>
            <dt>State</dt>
            <dd>{current.state.toLowerCase()}</dd>
            <dt>Mention</dt>
            <dd>{current.mention}</dd>
            <dt>Starts tried</dt>
            <dd>{current.attempts}</dd>
            {current.lastError && (
              <>
                <dt>Last error</dt>
                <dd>{current.lastError}</dd>
              </>
            )}
          </dl>
          <button type="button" onClick={reload}>
            Refresh state
          </button>{' '}
          <button type="button" className="danger" onClick={removeIntegration} disabled={removal.fetching}>
            Remove integration
          </button>
          {removal.error && <p role="alert">{errorText(removal.error)}</p>}
        </>
      ) : (
        <form onSubmit={submit} aria-labelledby="integrate-replica">
          <h4 id="integrate-replica">Answer on a Telegram bot</h4>
          <label>
            Bot token
            <input required autoComplete="off" value={telegramToken} onChange={(e) => setTelegramToken(e.target.value)} />
          </label>
          <label>
            Mention (the bot&apos;s name as people write it)
            <input required value={mention} onChange={(e) => setMention(e.target.value)} />
          </label>
          <button type="submit" disabled={integration.fetching}>
            Integrate with Telegram
          </button>
        </form>
      )}
      {integration.error && <p role="alert">{errorText(integration.error)}</p>}
      {removal.data && !current && <p role="status">Integration removed.</p>}
    </section>
  );
}

interface Turn {
  role: 'USER' | 'ASSISTANT';
  content: string;
  fallback?: boolean;
  error?: string | null;
}

/** A conversation kept in the page: each question sends the turns so far, and the answer joins them. */
function TestChat({ replica }: { replica: Replica }) {
  const [turns, setTurns] = useState<Turn[]>([]);
  const [question, setQuestion] = useState('');
  const [result, ask] = useMutation(AskReplica);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const content = question.trim();
    if (!content) return;
    const asked: Turn[] = [...turns, { role: 'USER', content }];
    setTurns(asked);
    setQuestion('');
    // A fallback is not something the replica said: it is left out of the conversation it is sent.
    const messages = asked
      .filter((turn) => !turn.fallback)
      .slice(-CHAT_TURNS)
      .map(({ role, content: text }) => ({ role, content: text }));
    const answer = await ask({ replicaId: replica.id, messages });
    if (answer.data) {
      const { text, fallback, error } = answer.data.askReplica;
      setTurns([...asked, { role: 'ASSISTANT', content: text, fallback, error }]);
    }
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
      {result.fetching && <p role="status">{replica.name} is answering…</p>}
      {result.error && <p role="alert">{errorText(result.error)}</p>}
      <form onSubmit={submit} aria-label={`Ask ${replica.name}`}>
        <label>
          Your message
          <textarea
            rows={2}
            maxLength={4096}
            value={question}
            onChange={(e) => setQuestion(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && !e.shiftKey) {
                e.preventDefault();
                e.currentTarget.form?.requestSubmit();
              }
            }}
          />
        </label>
        <button type="submit" disabled={result.fetching || !question.trim()}>
          Send
        </button>{' '}
        <button type="button" onClick={() => setTurns([])} disabled={turns.length === 0}>
          Start over
        </button>
      </form>
    </section>
  );
}
