import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { graphqlRequestIdPlugin } from '@switchboard/common';

interface ContextSource {
  req?: unknown;
  res?: unknown;
  connectionParams?: Record<string, unknown>;
}

/**
 * HTTP operations carry the Express request; a subscription (graphql-ws) carries its
 * connection parameters, read as headers so the one auth guard serves both.
 */
function graphqlContext({ req, res, connectionParams }: ContextSource) {
  if (req) return { req, res };
  const headers = Object.fromEntries(Object.entries(connectionParams ?? {}).map(([key, value]) => [key.toLowerCase(), String(value)]));
  return { req: { headers } };
}

/** Code-first: the schema is generated from the resolvers; `npm run schema:print` writes schema.gql. */
export function graphqlOptions(): ApolloDriverConfig {
  return {
    driver: ApolloDriver,
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    context: graphqlContext,
    subscriptions: { 'graphql-ws': { path: '/graphql' } },
    includeStacktraceInErrorResponses: false,
    playground: false,
    // A failed authentication answers HTTP 401 (set through extensions.http); every other error keeps 200.
    preserveHttpStatusForExecutionErrors: false,
    plugins: [graphqlRequestIdPlugin],
  };
}
