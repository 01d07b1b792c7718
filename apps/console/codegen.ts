import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Types for the console's operations, from the committed schema.gql: `npm run console:codegen`
 * after changing an operation or the schema. The output is committed, so a clean clone builds
 * with no generation step.
 */
const config: CodegenConfig = {
  schema: 'schema.gql',
  documents: ['apps/console/src/**/*.tsx', 'apps/console/src/**/*.ts', '!apps/console/src/gql/**'],
  generates: {
    'apps/console/src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTime: 'string', JSON: 'unknown', JSONObject: 'Record<string, unknown>' },
      },
    },
  },
};

export default config;
