import { cacheExchange, Client, fetchExchange, subscriptionExchange } from 'urql';
import { createClient as createWsClient } from 'graphql-ws';

/** One urql client per credential: queries over HTTP, subscriptions over graphql-ws, both at /graphql. */
export function graphqlClient(token: string | null): Client {
  const authorization = token ? `Bearer ${token}` : undefined;
  const ws = createWsClient({
    url: `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`,
    // The API reads connection parameters as request headers.
    connectionParams: authorization ? { Authorization: authorization } : {},
    lazy: true,
    retryAttempts: Infinity,
  });
  return new Client({
    url: '/graphql',
    // POST only: Apollo's CSRF prevention refuses simple GET requests.
    preferGetMethod: false,
    exchanges: [
      cacheExchange,
      fetchExchange,
      subscriptionExchange({
        forwardSubscription: (request) => ({
          subscribe: (sink) => ({ unsubscribe: ws.subscribe({ ...request, query: request.query ?? '' }, sink) }),
        }),
      }),
    ],
    fetchOptions: (): RequestInit => (authorization ? { headers: { authorization } } : {}),
  });
}
