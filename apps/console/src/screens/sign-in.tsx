import { FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import { graphqlClient } from '../client';
import { errorText } from '../errors';
import { graphql } from '../gql';
import type { Session } from '../session';

const Login = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      accessToken
    }
  }
`);

const OperatorCheck = graphql(`
  query OperatorCheck {
    me {
      kind
    }
  }
`);

export function SignInScreen({ onSignedIn }: { onSignedIn: (session: Session) => void }) {
  return (
    <main className="sign-in">
      <h1>Switchboard</h1>
      <UserSignIn onSignedIn={onSignedIn} />
      <OperatorSignIn onSignedIn={onSignedIn} />
    </main>
  );
}

function UserSignIn({ onSignedIn }: { onSignedIn: (session: Session) => void }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [result, login] = useMutation(Login);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const answer = await login({ email, password });
    if (answer.data) onSignedIn({ kind: 'user', token: answer.data.login.accessToken, label: email });
  };

  return (
    <form onSubmit={submit} aria-labelledby="user-sign-in">
      <h2 id="user-sign-in">Sign in</h2>
      <label>
        Email
        <input type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} />
      </label>
      <label>
        Password
        <input type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
      </label>
      {result.error && <p role="alert">{errorText(result.error)}</p>}
      <button type="submit" disabled={result.fetching}>
        Sign in
      </button>
    </form>
  );
}

/** The operator signs in with ADMIN_TOKEN; `me` tells whether the API took it as the operator's. */
function OperatorSignIn({ onSignedIn }: { onSignedIn: (session: Session) => void }) {
  const [token, setToken] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    const answer = await graphqlClient(token).query(OperatorCheck, {}, { requestPolicy: 'network-only' }).toPromise();
    if (answer.data?.me.kind === 'operator') onSignedIn({ kind: 'operator', token, label: 'Operator' });
    else setProblem(answer.error ? errorText(answer.error) : 'This token is not the operator’s.');
  };

  return (
    <form onSubmit={submit} aria-labelledby="operator-sign-in">
      <h2 id="operator-sign-in">Operator</h2>
      <label>
        Admin token
        <input type="password" autoComplete="off" required value={token} onChange={(e) => setToken(e.target.value)} />
      </label>
      {problem && <p role="alert">{problem}</p>}
      <button type="submit">Sign in as operator</button>
    </form>
  );
}
