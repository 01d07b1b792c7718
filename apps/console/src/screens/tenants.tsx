import { FormEvent, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { errorText } from '../errors';
import { graphql } from '../gql';

const Tenants = graphql(`
  query Tenants {
    tenants(first: 100) {
      nodes {
        id
        name
        createdAt
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

/** The operator's view: every tenant, and a form to add one (its API key is shown once). */
export function TenantsScreen() {
  const [{ data, error, fetching }, refetch] = useQuery({ query: Tenants });
  const [created, createTenant] = useMutation(CreateTenant);
  const [name, setName] = useState('');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const answer = await createTenant({ name });
    if (answer.data) {
      setName('');
      refetch({ requestPolicy: 'network-only' });
    }
  };

  return (
    <>
      <h1>Tenants</h1>
      <form onSubmit={submit} aria-labelledby="new-tenant">
        <h2 id="new-tenant">New tenant</h2>
        <label>
          Name
          <input required maxLength={200} value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        <button type="submit" disabled={created.fetching}>
          Create tenant
        </button>
        {created.error && <p role="alert">{errorText(created.error)}</p>}
        {created.data && (
          <p role="status">
            Created {created.data.createTenant.tenant.name}. Its API key, shown only now: <code>{created.data.createTenant.apiKey}</code>
          </p>
        )}
      </form>
      {error && <p role="alert">{errorText(error)}</p>}
      {fetching && !data && <p>Loading…</p>}
      {data && (
        <table>
          <caption>Every tenant, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Id</th>
              <th scope="col">Created</th>
            </tr>
          </thead>
          <tbody>
            {data.tenants.nodes.map((tenant) => (
              <tr key={tenant.id}>
                <td>{tenant.name}</td>
                <td>
                  <code>{tenant.id}</code>
                </td>
                <td>{new Date(tenant.createdAt).toLocaleString()}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
