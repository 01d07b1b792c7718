import type { ApolloServerPlugin } from '@apollo/server';
import type { Request } from 'express';
import { GraphQLError } from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import { requestIdOf } from '../http/request-id';
import { MAX_PAGE_SIZE } from '../pagination/page';
import { GRAPHQL_LIMITS } from './graphql-limits';
import { GraphQLLimitReason, limitError } from './limit-error';

/** A connection (a field taking `first`) returns up to `first` of its selection. */
export const connectionEstimator: ComplexityEstimator = ({ args, childComplexity }) => {
  if (typeof args.first !== 'number') return undefined;
  return 1 + childComplexity * Math.min(Math.max(args.first, 1), MAX_PAGE_SIZE);
};

/** Pages by their size, fields by the complexity they declare (those that call Telegram), others 1. */
export const COST_ESTIMATORS = [connectionEstimator, fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })];

/** Pricing reads the variables first: a missing or mistyped one is the caller's mistake, a 400 like any other. */
function priced(price: () => number, requestId: string): number {
  try {
    return price();
  } catch (error) {
    if (error instanceof GraphQLError) throw limitError(GraphQLLimitReason.INVALID_INPUT, error.message, requestId);
    throw error;
  }
}

/** Prices the operation once its variables are known (a validation rule would not see them). */
export function queryCostPlugin(maximum: number = GRAPHQL_LIMITS.cost): ApolloServerPlugin<{ req: Request }> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, request, operationName, contextValue }) {
          const requestId = requestIdOf(contextValue.req);
          const cost = priced(() => getComplexity({ schema, query: document, variables: request.variables, operationName: operationName ?? undefined, estimators: COST_ESTIMATORS }), requestId);
          if (cost > maximum) {
            throw limitError(GraphQLLimitReason.QUERY_TOO_COMPLEX, `Query cost ${cost} exceeds the limit of ${maximum}; ask for smaller pages or fewer nested lists`, requestId);
          }
        },
      };
    },
  };
}
