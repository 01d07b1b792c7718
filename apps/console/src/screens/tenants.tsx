import { FormEvent, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import type { TenantsQuery } from '../gql/graphql';
import { DataTable } from '../ui/data-table';
import { SecretDialog } from '../ui/dialogs';
import { TextInput } from '../ui/fields';
import { Pager, useCursorPages } from '../ui/paging';
import { MutationResult, QueryStatus } from '../ui/results';

const Tenants = graphql(`
  query Tenants($after: String) {
    tenants(first: 50, after: $after) {
      nodes {
        id
        name
        createdAt
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const CreateTenant = graphql(`
  mutation CreateTenant($name: String!) {
    createTenant(input: { name: $name }) {
      tenant {
        id
        name
        createdAt
      }
      apiKey
    }
  }
`);

type Tenant = TenantsQuery['tenants']['nodes'][number];

const COLUMNS = [
  { header: 'Name', cell: (tenant: Tenant) => tenant.name },
  { header: 'Id', cell: (tenant: Tenant) => <code>{tenant.id}</code> },
  { header: 'Created', cell: (tenant: Tenant) => new Date(tenant.createdAt).toLocaleString() },
];

/** The operator's view: every tenant, and a form to add one (its API key is shown once). */
export function TenantsScreen() {
  const pages = useCursorPages();
  const [state, refetch] = useQuery({ query: Tenants, variables: { after: pages.after } });
  const tenants = state.data?.tenants;
  return (
    <>
      <h1>Tenants</h1>
      <NewTenantForm
        onCreated={() => {
          pages.reset();
          refetch({ requestPolicy: 'network-only' });
        }}
      />
      <QueryStatus state={state} />
      {tenants && <DataTable label="Every tenant, newest first" rows={tenants.nodes} columns={COLUMNS} rowKey={(tenant) => tenant.id} empty="No tenants yet." />}
      <Pager label="Tenants" pages={pages} pageInfo={tenants?.pageInfo} />
    </>
  );
}

function NewTenantForm({ onCreated }: { onCreated: () => void }) {
  const [created, createTenant] = useMutation(CreateTenant);
  const [name, setName] = useState('');
  const [apiKey, setApiKey] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const answer = await createTenant({ name });
    if (!answer.data) return;
    setName('');
    setApiKey(answer.data.createTenant.apiKey);
    onCreated();
  };

  return (
    <form onSubmit={submit} aria-labelledby="new-tenant">
      <h2 id="new-tenant">New tenant</h2>
      <TextInput label="Name" isRequired maxLength={200} value={name} onChange={setName} />
      <button type="submit" disabled={created.fetching}>
        Create tenant
      </button>
      <MutationResult state={created} done={(data) => `Created ${data.createTenant.tenant.name}.`} />
      <SecretDialog title="The tenant's API key" note="Shown only now: keep it where the tenant's backend can read it." secret={apiKey} onClose={() => setApiKey(null)} />
    </form>
  );
}
