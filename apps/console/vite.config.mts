import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const api = process.env.SWITCHBOARD_URL ?? 'http://localhost:3000';

/**
 * The console is built into dist/console, which the API serves at `/`. In development
 * (`npm run console:dev`) GraphQL and its WebSocket go to a running API.
 */
export default defineConfig({
  root,
  base: '/',
  oxc: { jsx: { runtime: 'automatic' } },
  build: { outDir: fileURLToPath(new URL('../../dist/console', import.meta.url)), emptyOutDir: true },
  server: { proxy: { '/graphql': { target: api, ws: true } } },
});
