import { readFileSync } from 'node:fs';
import { SCHEMA_FILE, schemaFileContent } from '../apps/api/src/schema-file';
import { startTestApp } from './support/test-app';

describe('schema.gql', () => {
  it('is committed as the code generates it (run `npm run schema:print` after changing resolvers)', async () => {
    const app = await startTestApp();
    try {
      expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(schemaFileContent(app.app));
    } finally {
      await app.close();
    }
  });
});
