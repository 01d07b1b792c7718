import { FormEvent, useEffect, useId, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import type { ApiKeyListQuery } from '../gql/graphql';
import { DataTable, TableColumn } from '../ui/data-table';
import { ConfirmButton, SecretDialog } from '../ui/dialogs';
import { CheckInput, TextInput } from '../ui/fields';
import { localTime } from '../ui/format';
import { Pager, useCursorPages } from '../ui/paging';
import { MutationResult, OperationState, QueryStatus } from '../ui/results';

const ApiKeyList = graphql(`
  query ApiKeyList($after: String, $includeRevoked: Boolean!) {
    apiKeys(first: 20, after: $after, includeRevoked: $includeRevoked) {
      nodes { id name prefix botId createdAt lastUsedAt revokedAt }
      pageInfo { ...PageCursor }
    }
  }
`);

const CreateTenantApiKey = graphql(`
  mutation CreateTenantApiKey($name: String!) {
    createApiKey(input: { name: $name }) { key apiKey { id name } }
  }
`);

const RevokeApiKey = graphql(`
  mutation RevokeApiKey($id: ID!) {
    revokeApiKey(id: $id) { id name revokedAt }
  }
`);

type ApiKey = ApiKeyListQuery['apiKeys']['nodes'][number];

/** What a create-key mutation answers: the key itself, shown once, and its record. */
export interface CreatedKey {
  key: string;
  apiKey: { name: string };
}

interface ApiKeysSectionProps {
  botLabel: (botId: string) => string;
  /** Changes when a key was created elsewhere (on a bot's card), to read the list again. */
  version: number;
}

/** The tenant's API keys: tenant-wide ones and bot-scoped ones, created here and on a bot's card, revoked here. */
export function ApiKeysSection({ botLabel, version }: ApiKeysSectionProps) {
  const pages = useCursorPages();
  const [showRevoked, setShowRevoked] = useState(false);
  const [state, refetch] = useQuery({ query: ApiKeyList, variables: { after: pages.after, includeRevoked: showRevoked } });
  const [createdState, createApiKey] = useMutation(CreateTenantApiKey);
  const [revoked, revokeApiKey] = useMutation(RevokeApiKey);
  const reload = () => refetch({ requestPolicy: 'network-only' });
  useEffect(() => {
    if (version > 0) refetch({ requestPolicy: 'network-only' });
  }, [version, refetch]);
  const columns: TableColumn<ApiKey>[] = [
    { header: 'Name', cell: (key) => key.name },
    { header: 'Key starts with', cell: (key) => <code>{key.prefix}…</code> },
    { header: 'Acts through', cell: (key) => (key.botId ? botLabel(key.botId) : 'every bot (tenant-wide)') },
    { header: 'Created', cell: (key) => localTime(key.createdAt) },
    { header: 'Last used', cell: (key) => localTime(key.lastUsedAt) },
    ...(showRevoked ? [{ header: 'Revoked', cell: (key: ApiKey) => localTime(key.revokedAt, 'no') }] : []),
    {
      header: 'Actions',
      hiddenHeader: true,
      cell: (key) => (
        <ConfirmButton
          label={`Revoke ${key.name}`}
          question={`Revoke the key “${key.name}” (${key.prefix}…)? Every call made with it is refused from now on; this cannot be undone.`}
          confirm="Revoke key"
          isDisabled={!!key.revokedAt || revoked.fetching}
          onConfirm={() => void revokeApiKey({ id: key.id }).then(reload)}
        />
      ),
    },
  ];
  const keys = state.data?.apiKeys;
  return (
    <section aria-labelledby="api-keys">
      <h2 id="api-keys">API keys</h2>
      <NewKeyForm
        heading="New tenant key"
        submit="Create tenant key"
        state={createdState}
        create={async (name) => (await createApiKey({ name })).data?.createApiKey}
        onCreated={() => {
          pages.reset();
          reload();
        }}
      />
      <CheckInput
        label="Show revoked keys"
        checked={showRevoked}
        onChange={(checked) => {
          pages.reset();
          setShowRevoked(checked);
        }}
      />
      <MutationResult state={revoked} done={(data) => `Revoked ${data.revokeApiKey.name}.`} />
      <QueryStatus state={state} />
      {keys && <DataTable label="Your API keys, newest first" rows={keys.nodes} columns={columns} rowKey={(key) => key.id} empty="No API keys yet." />}
      <Pager label="API keys" pages={pages} pageInfo={keys?.pageInfo} />
    </section>
  );
}

interface NewKeyFormProps {
  heading: string;
  submit: string;
  /** The create mutation's state: its error, or that it answered. */
  state: OperationState<unknown>;
  /** Runs the mutation; answers the key, or nothing when it failed (the state then says why). */
  create: (name: string) => Promise<CreatedKey | undefined>;
  onCreated?: () => void;
}

/** Names a new key, creates it and shows it once. */
export function NewKeyForm({ heading, submit, state, create, onCreated }: NewKeyFormProps) {
  const headingId = useId();
  const [name, setName] = useState('');
  const [createdName, setCreatedName] = useState('');
  const [secret, setSecret] = useState<string | null>(null);
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const created = await create(name);
    if (!created) return;
    setName('');
    setCreatedName(created.apiKey.name);
    setSecret(created.key);
    onCreated?.();
  };
  return (
    <form onSubmit={onSubmit} aria-labelledby={headingId}>
      <h3 id={headingId}>{heading}</h3>
      <TextInput label="What the key is for" isRequired maxLength={100} value={name} onChange={setName} />
      <button type="submit" disabled={state.fetching}>
        {submit}
      </button>
      <MutationResult state={state} done={() => `Created the key ${createdName}.`} />
      <SecretDialog title="The new API key" note="Shown only now: keep it where your backend can read it." secret={secret} onClose={() => setSecret(null)} />
    </form>
  );
}
