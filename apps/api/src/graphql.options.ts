import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { graphqlRequestIdPlugin } from '@switchboard/common';

/** Code-first: the schema is generated from the resolvers; `npm run schema:print` writes schema.gql. */
export function graphqlOptions(): ApolloDriverConfig {
  return {
    driver: ApolloDriver,
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    context: ({ req, res }: { req: unknown; res: unknown }) => ({ req, res }),
    includeStacktraceInErrorResponses: false,
    playground: false,
    // A failed authentication answers HTTP 401 (set through extensions.http); every other error keeps 200.
    preserveHttpStatusForExecutionErrors: false,
    plugins: [graphqlRequestIdPlugin],
  };
}
