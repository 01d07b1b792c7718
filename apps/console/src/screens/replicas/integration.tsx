import { FormEvent, useEffect, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import type { IntegrationFieldsFragment } from '../../gql/graphql';
import { ConfirmButton } from '../../ui/dialogs';
import { Facts } from '../../ui/facts';
import { TextInput } from '../../ui/fields';
import { MutationResult, QueryStatus } from '../../ui/results';
import { IntegratedBot, IntegrateReplica, REPLICAS, RemoveReplicaIntegration, ReplicaIntegration } from './operations';

/** How often a start retried in the background is looked at again. */
const STARTING_POLL_MS = 2_000;

const STATES: Record<IntegrationFieldsFragment['state'], string> = {
  ACTIVE: 'active',
  STARTING: 'starting: Telegram could not be reached yet, and starting is retried in the background',
  FAILING: 'failing: starting stopped; integrate again with the token to retry',
};

function IntegrationFacts({ integration }: { integration: IntegrationFieldsFragment }) {
  // The bot appears once a start has registered it (or found it among the tenant's).
  const [{ data }] = useQuery({ query: IntegratedBot, variables: { id: integration.botId ?? '' }, pause: !integration.botId });
  const bot = integration.botId ? (data?.bot ? `${data.bot.name} (@${data.bot.username})` : integration.botId) : null;
  return (
    <Facts
      label="Integration"
      facts={[
        ['State', STATES[integration.state]],
        ['Mention', integration.mention],
        ['Bot', bot],
        ['Starts tried', integration.attempts],
        ['Last error', integration.lastError],
        ['Changed', new Date(integration.updatedAt).toLocaleString()],
      ]}
    />
  );
}

/** Putting the replica on a Telegram bot by its token, the integration's state while it starts, and removing it. */
export function TelegramIntegration({ replicaId }: { replicaId: string }) {
  const [state, refetch] = useQuery({ query: ReplicaIntegration, variables: { replicaId }, context: REPLICAS });
  const [integrated, integrate] = useMutation(IntegrateReplica);
  const [removed, remove] = useMutation(RemoveReplicaIntegration);
  const [telegramToken, setTelegramToken] = useState('');
  const [mention, setMention] = useState('');
  // Only the latest of the two outcomes is shown: a removal makes the integration's outcome old news.
  const [latest, setLatest] = useState<'integrated' | 'removed' | null>(null);
  const current = state.data?.replicaTelegramIntegration;
  const starting = current?.state === 'STARTING';

  // A start retried in the background changes the state with no request of ours: follow it until it settles.
  useEffect(() => {
    if (!starting) return;
    const timer = setInterval(() => refetch({ requestPolicy: 'network-only' }), STARTING_POLL_MS);
    return () => clearInterval(timer);
  }, [starting, refetch]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setLatest('integrated');
    if ((await integrate({ replicaId, input: { telegramToken, mention } }, REPLICAS)).data) setTelegramToken('');
  };

  return (
    <section aria-labelledby="telegram-integration" className="panel">
      <h3 id="telegram-integration">Telegram</h3>
      <QueryStatus state={state} />
      {current && (
        <>
          <IntegrationFacts integration={current} />
          <div className="actions">
            <button type="button" onClick={() => refetch({ requestPolicy: 'network-only' })}>
              Refresh state
            </button>
            <ConfirmButton
              label="Remove integration"
              question="The replica stops answering on Telegram; a bot this integration registered is retired with it."
              confirm="Remove"
              isDisabled={removed.fetching}
              onConfirm={() => {
                setLatest('removed');
                void remove({ replicaId }, REPLICAS);
              }}
            />
          </div>
        </>
      )}
      {state.data && (!current || current.state === 'FAILING') && (
        <form onSubmit={submit} aria-labelledby="integrate-replica">
          <h4 id="integrate-replica">Answer on a Telegram bot</h4>
          <TextInput label="Bot token" type="password" autoComplete="off" isRequired maxLength={200} value={telegramToken} onChange={setTelegramToken} description="From @BotFather; stored encrypted" />
          <TextInput label="Mention (the bot's name as people write it)" isRequired maxLength={64} value={mention} onChange={setMention} />
          <button type="submit" disabled={integrated.fetching}>
            Integrate with Telegram
          </button>
        </form>
      )}
      {latest === 'integrated' && <MutationResult state={integrated} done={(data) => `Integration ${data.integrateReplicaWithTelegram.state.toLowerCase()}.`} />}
      {latest === 'removed' && <MutationResult state={removed} done={() => 'Integration removed.'} />}
    </section>
  );
}
