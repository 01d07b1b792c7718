// @ts-check
/* global URL */
import js from '@eslint/js';
import jest from 'eslint-plugin-jest';
import { readFileSync } from 'node:fs';
import tseslint from 'typescript-eslint';

/** Where the scoped data layer may be bypassed, and why: one list, checked by libs/common/src/data/direct-access.spec.ts. */
const dataAccess = JSON.parse(readFileSync(new URL('./eslint/tenant-data-exceptions.json', import.meta.url), 'utf8'));
const exempt = [...Object.keys(dataAccess.infrastructure), ...Object.keys(dataAccess.exceptions)];
const DATA_MESSAGE = 'Reach tenant-owned tables through TenantData (libs/common/src/data); exceptions are listed in eslint/tenant-data-exceptions.json.';

export default tseslint.config(
  // The console's GraphQL types are generated from schema.gql (apps/console/codegen.ts).
  { ignores: ['dist/**', 'node_modules/**', '.data/**', 'coverage/**', 'test-output/**', 'apps/console/src/gql/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      // Nest modules are classes with decorators only.
      '@typescript-eslint/no-extraneous-class': 'off',
    },
  },
  {
    files: ['apps/**/*.ts', 'libs/**/*.ts'],
    ignores: exempt,
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'typeorm', importNames: ['DataSource', 'EntityManager', 'Repository', 'QueryRunner', 'getRepository'], message: DATA_MESSAGE },
            {
              name: '@nestjs/typeorm',
              importNames: ['InjectRepository', 'InjectDataSource', 'InjectEntityManager', 'getRepositoryToken', 'getDataSourceToken', 'getEntityManagerToken'],
              message: DATA_MESSAGE,
            },
            { name: 'pg', message: DATA_MESSAGE },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[property.name='manager']", message: DATA_MESSAGE },
        { selector: "CallExpression[callee.property.name=/^(getRepository|createQueryRunner|createEntityManager)$/]", message: DATA_MESSAGE },
      ],
    },
  },
  {
    files: ['**/*.spec.ts', '**/*.e2e-spec.ts', 'test/**/*.ts'],
    ...jest.configs['flat/recommended'],
    rules: {
      ...jest.configs['flat/recommended'].rules,
      'jest/valid-expect': 'error',
      'jest/no-focused-tests': 'error',
      'jest/no-disabled-tests': 'error',
      // Helpers such as eventually() and settled() assert inside.
      'jest/expect-expect': 'off',
    },
  },
);
