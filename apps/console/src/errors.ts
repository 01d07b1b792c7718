import type { CombinedError } from 'urql';

/** The API's own words for a failed operation, without urql's "[GraphQL]" prefixes. */
export function errorText(error: CombinedError): string {
  if (error.graphQLErrors.length) return error.graphQLErrors.map((e) => e.message).join('; ');
  return error.networkError?.message ?? error.message;
}
