import { useQuery } from 'urql';
import type { ReplicaFieldsFragment } from '../../gql/graphql';
import { QueryStatus } from '../../ui/results';
import { TelegramIntegration } from './integration';
import { ReplicaDetail } from './operations';
import { ReplicaSettings } from './settings';
import { TestChat } from './test-chat';

interface PanelProps {
  id: string;
  onClose: () => void;
  onDelete: (replica: ReplicaFieldsFragment) => void;
  deleting: boolean;
}

/** One replica: its test chat, its settings and its Telegram integration. */
export function ReplicaPanel({ id, onClose, onDelete, deleting }: PanelProps) {
  const [state] = useQuery({ query: ReplicaDetail, variables: { id } });
  const replica = state.data?.replica;
  if (!replica) return state.data ? <p role="alert">There is no such replica.</p> : <QueryStatus state={state} />;
  return (
    <section aria-labelledby="replica-name" className="replica">
      <header className="actions">
        <h2 id="replica-name">{replica.name}</h2>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </header>
      <TestChat replica={replica} />
      <ReplicaSettings replica={replica} onDelete={onDelete} deleting={deleting} />
      <TelegramIntegration replicaId={replica.id} />
    </section>
  );
}
