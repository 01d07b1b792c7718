import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { Provider } from 'urql';
import { graphqlClient } from './client';
import { usePath } from './router';
import { Layout } from './screens/layout';
import { SignInScreen } from './screens/sign-in';
import { loadSession, saveSession, Session } from './session';

// Each screen loads when first opened, to keep the first load small.
const TenantsScreen = lazy(() => import('./screens/tenants').then((m) => ({ default: m.TenantsScreen })));
const BotsScreen = lazy(() => import('./screens/bots').then((m) => ({ default: m.BotsScreen })));
const InboxScreen = lazy(() => import('./screens/inbox').then((m) => ({ default: m.InboxScreen })));
const ReplicasScreen = lazy(() => import('./screens/replicas').then((m) => ({ default: m.ReplicasScreen })));
const BroadcastsScreen = lazy(() => import('./screens/broadcasts').then((m) => ({ default: m.BroadcastsScreen })));
const ContactsScreen = lazy(() => import('./screens/contacts').then((m) => ({ default: m.ContactsScreen })));
const OverviewScreen = lazy(() => import('./screens/overview').then((m) => ({ default: m.OverviewScreen })));
const JobsScreen = lazy(() => import('./screens/jobs').then((m) => ({ default: m.JobsScreen })));
const EventsScreen = lazy(() => import('./screens/events').then((m) => ({ default: m.EventsScreen })));

export function App() {
  const [session, setSession] = useState<Session | null>(loadSession);
  const [path, navigate] = usePath();
  const client = useMemo(() => graphqlClient(session?.token ?? null), [session]);
  const home = session?.kind === 'operator' ? '/tenants' : '/bots';

  const signIn = (next: Session) => {
    saveSession(next);
    setSession(next);
    navigate(next.kind === 'operator' ? '/tenants' : '/bots');
  };
  const signOut = () => {
    saveSession(null);
    setSession(null);
    navigate('/sign-in');
  };

  const target = !session ? '/sign-in' : path === '/' || path === '/sign-in' ? home : path;
  useEffect(() => {
    if (target !== path) navigate(target);
  }, [target, path, navigate]);

  return (
    <Provider value={client}>
      {!session ? (
        <SignInScreen onSignedIn={signIn} />
      ) : (
        <Layout session={session} path={target} onSignOut={signOut}>
          {screenFor(target, session)}
        </Layout>
      )}
    </Provider>
  );
}

function screenFor(path: string, session: Session) {
  return <Suspense fallback={<p>Loading…</p>}>{screenComponentFor(path, session)}</Suspense>;
}

function screenComponentFor(path: string, session: Session) {
  if (session.kind === 'operator') return path.startsWith('/tenants') ? <TenantsScreen /> : <NotFound />;
  if (path.startsWith('/bots')) return <BotsScreen />;
  if (path.startsWith('/inbox')) return <InboxScreen />;
  if (path.startsWith('/replicas')) return <ReplicasScreen />;
  if (path.startsWith('/broadcasts')) return <BroadcastsScreen />;
  if (path.startsWith('/contacts')) return <ContactsScreen />;
  if (path.startsWith('/overview')) return <OverviewScreen />;
  if (path.startsWith('/jobs')) return <JobsScreen />;
  if (path.startsWith('/events')) return <EventsScreen />;
  return <NotFound />;
}

function NotFound() {
  return <p role="alert">There is no such page.</p>;
}
