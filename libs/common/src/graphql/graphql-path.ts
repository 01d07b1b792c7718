/** Where GraphQL is served, over HTTP and graphql-ws alike. */
export const GRAPHQL_PATH = '/graphql';
