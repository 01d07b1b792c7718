import type { ApolloServerPlugin } from '@apollo/server';
import type { Request } from 'express';
import { requestIdOf } from '../http/request-id';

/** Every GraphQL error names the request id, including those Apollo raises itself (syntax, unknown fields). */
export const graphqlRequestIdPlugin: ApolloServerPlugin<{ req: Request }> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response, contextValue }) {
        if (response.body.kind !== 'single') return;
        const requestId = requestIdOf(contextValue.req);
        for (const error of response.body.singleResult.errors ?? []) {
          Object.assign(error, { extensions: { ...error.extensions, requestId } });
        }
      },
    };
  },
};
