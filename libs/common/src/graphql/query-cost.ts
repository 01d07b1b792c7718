import type { ApolloServerPlugin } from '@apollo/server';
import type { Request } from 'express';
import { getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import { requestIdOf } from '../http/request-id';
import { MAX_PAGE_SIZE } from '../pagination/page';
import { GRAPHQL_LIMITS } from './graphql-limits';
import { GraphQLLimitReason, limitError } from './limit-error';

/** A connection (a field taking `first`) returns up to `first` of its selection. */
export const connectionEstimator: ComplexityEstimator = ({ args, childComplexity }) => {
  if (typeof args.first !== 'number') return undefined;
  return 1 + childComplexity * Math.min(Math.max(args.first, 1), MAX_PAGE_SIZE);
};

export const COST_ESTIMATORS = [connectionEstimator, simpleEstimator({ defaultComplexity: 1 })];

/** Prices the operation once its variables are known (a validation rule would not see them). */
export function queryCostPlugin(maximum: number = GRAPHQL_LIMITS.cost): ApolloServerPlugin<{ req: Request }> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, request, operationName, contextValue }) {
          const cost = getComplexity({ schema, query: document, variables: request.variables, operationName: operationName ?? undefined, estimators: COST_ESTIMATORS });
          if (cost > maximum) {
            throw limitError(GraphQLLimitReason.QUERY_TOO_COMPLEX, `Query cost ${cost} exceeds the limit of ${maximum}; ask for smaller pages or fewer nested lists`, requestIdOf(contextValue.req));
          }
        },
      };
    },
  };
}
