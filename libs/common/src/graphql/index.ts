export * from './graphql-limits';
export * from './graphql-path';
export * from './json-object.scalar';
export * from './limit-error';
export * from './max-tokens';
export * from './query-cost';
export * from './validation-rules';
