import { specifiedRules, validate, type GraphQLFormattedError } from 'graphql';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import type { GraphQLWsSubscriptionsConfig } from '@nestjs/graphql';
import type { ServerOptions } from 'graphql-ws';
import {
  AppConfig,
  BAD_USER_INPUT,
  GRAPHQL_LIMITS,
  GRAPHQL_PATH,
  GraphQLLimitReason,
  graphqlLimitRules,
  graphqlRequestIdPlugin,
  isLimitError,
  limitError,
  queryCostPlugin,
  withinTokens,
} from '@switchboard/common';
import { blockFieldSuggestionsDefaultOptions } from '@escape.tech/graphql-armor-block-field-suggestions';

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

/** graphql-armor's mask, applied to every error (validation and variable coercion alike). */
const SUGGESTION = /Did you mean [^?]+\?/g;

/**
 * Limit errors keep BAD_USER_INPUT (Apollo renames validation errors); in production, "Did
 * you mean …" hints are masked so the schema cannot be guessed field by field.
 */
function formatErrorFor(config: AppConfig) {
  return (formatted: GraphQLFormattedError): GraphQLFormattedError => {
    const extensions = isLimitError(formatted.extensions) ? { ...formatted.extensions, code: BAD_USER_INPUT } : formatted.extensions;
    const message = config.env === 'production' ? formatted.message.replace(SUGGESTION, blockFieldSuggestionsDefaultOptions.mask).trim() : formatted.message;
    return { ...formatted, message, extensions };
  };
}

/**
 * Subscriptions (graphql-ws, which Nest hands these options) are held to the limits of HTTP
 * operations: the token limit before the document is parsed (and before any credential is
 * checked), then the same validation rules.
 */
function subscriptionOptions(): GraphQLWsSubscriptionsConfig {
  const rules = [...specifiedRules, ...graphqlLimitRules()];
  const options: GraphQLWsSubscriptionsConfig & Pick<ServerOptions, 'validate' | 'onSubscribe'> = {
    path: GRAPHQL_PATH,
    onSubscribe: (_context, _id, payload) =>
      withinTokens(payload.query) ? undefined : [limitError(GraphQLLimitReason.TOO_MANY_TOKENS, `Query has more than ${GRAPHQL_LIMITS.tokens} tokens`)],
    validate: (schema, document) => validate(schema, document, rules),
  };
  return options;
}

/**
 * Code-first: the schema is generated from the resolvers; `npm run schema:print` writes
 * schema.gql. Every document is bounded before it runs (GRAPHQL_LIMITS: tokens in the HTTP
 * layer, then depth, aliases, directives and NUL-free strings as validation rules, then cost
 * once variables are known), and production hides the schema (no introspection, no hints).
 */
export function graphqlOptions(config: AppConfig): ApolloDriverConfig {
  return {
    driver: ApolloDriver,
    path: GRAPHQL_PATH,
    autoSchemaFile: true,
    sortSchema: true,
    context: graphqlContext,
    subscriptions: { 'graphql-ws': subscriptionOptions() },
    includeStacktraceInErrorResponses: false,
    playground: false,
    introspection: config.env !== 'production',
    // Errors of field resolvers (a nested page's bad cursor) get the same rendering as the operation's.
    fieldResolverEnhancers: ['filters'],
    // A failed authentication answers HTTP 401 and a throttled call 429 (set through extensions.http); other errors keep 200.
    preserveHttpStatusForExecutionErrors: false,
    validationRules: graphqlLimitRules(),
    formatError: formatErrorFor(config),
    plugins: [queryCostPlugin(), graphqlRequestIdPlugin],
  };
}
