import type { TestApp } from './test-app';

export interface GraphQLResult<T = Record<string, unknown>> {
  status: number;
  data: T | null;
  errors?: Array<{ message: string; path?: string[]; extensions: { code: string; reason?: string; requestId?: string } }>;
  requestId: string;
}

/** Posts one GraphQL operation as a client would, returning the HTTP status too. */
export async function gql<T = Record<string, unknown>>(
  app: TestApp,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<GraphQLResult<T>> {
  let call = app.http().post('/graphql').set('content-type', 'application/json');
  if (token) call = call.set('authorization', `Bearer ${token}`);
  const response = await call.send({ query, variables });
  return { status: response.status, ...response.body, requestId: response.headers['x-request-id'] };
}
