import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { GraphQLError, ValidationContext, type ASTVisitor, type ValidationRule } from 'graphql';
import { unstorableTextFlaw } from '../http/json-limits';
import { GRAPHQL_LIMITS } from './graphql-limits';
import { GraphQLLimitReason, limitError } from './limit-error';

/** graphql-armor throws by default, which escapes graphql's validate() as a 500: report instead. */
function reportAs(reason: GraphQLLimitReason) {
  return {
    propagateOnRejection: false,
    onReject: [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(limitError(reason, error.message.replace(/^Syntax Error: /, '')))],
  };
}

/** PostgreSQL cannot store NUL or broken Unicode, so no string literal of a document may carry them. */
export const noNulStringsRule: ValidationRule = (context): ASTVisitor => ({
  StringValue(node) {
    const flaw = unstorableTextFlaw(node.value);
    if (flaw) context.reportError(limitError(GraphQLLimitReason.INVALID_INPUT, `A string literal ${flaw}`));
  },
});

export function graphqlLimitRules(): ValidationRule[] {
  return [
    maxDepthRule({ n: GRAPHQL_LIMITS.depth, ...reportAs(GraphQLLimitReason.QUERY_TOO_DEEP) }),
    maxAliasesRule({ n: GRAPHQL_LIMITS.aliases, ...reportAs(GraphQLLimitReason.TOO_MANY_ALIASES) }),
    maxDirectivesRule({ n: GRAPHQL_LIMITS.directives, ...reportAs(GraphQLLimitReason.TOO_MANY_DIRECTIVES) }),
    noNulStringsRule,
  ];
}
