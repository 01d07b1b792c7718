import { INestApplication } from '@nestjs/common';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { printSchema } from 'graphql';
import { join } from 'node:path';

export const SCHEMA_FILE = join(__dirname, '..', '..', '..', 'schema.gql');

/** The text of schema.gql for the running application's code-first schema. */
export function schemaFileContent(app: INestApplication): string {
  const { schema } = app.get(GraphQLSchemaHost);
  return `# Generated from the code-first resolvers by \`npm run schema:print\`; do not edit.\n\n${printSchema(schema)}\n`;
}
