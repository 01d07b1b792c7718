import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { CommonError } from '../errors/domain-error';
import { inFrontOfExpress, leanPrelude, type ParsedRequest, withExpressApi } from './lean-prelude';

interface Outcome {
  refusal?: unknown;
  body?: unknown;
}

/** A real server whose every request goes through the lean prelude; each outcome is answered as JSON. */
async function preludeServer(): Promise<{ server: Server; origin: string; outcomes: Outcome[] }> {
  const prelude = leanPrelude();
  const outcomes: Outcome[] = [];
  const server = createServer((req: ParsedRequest, res: ServerResponse) =>
    prelude(req, res, (refusal) => {
      outcomes.push(refusal ? { refusal } : { body: req.body });
      res.end('{}');
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, outcomes };
}

const codeOf = (outcome: Outcome) => (outcome.refusal instanceof CommonError ? outcome.refusal.code : (outcome.refusal as { type?: string }).type);

describe('leanPrelude', () => {
  let running: Awaited<ReturnType<typeof preludeServer>>;
  beforeAll(async () => (running = await preludeServer()));
  afterAll(() => new Promise((resolve) => running.server.close(resolve)));

  const post = (path: string, body: string, contentType = 'application/json') =>
    fetch(`${running.origin}${path}`, { method: 'POST', headers: { 'content-type': contentType, 'x-request-id': 'caller-id-1' }, body });

  it('parses a JSON body and sets the request id and the security headers', async () => {
    const response = await post('/hook', '{"update_id":1,"message":{"text":"hi"}}');
    expect(running.outcomes.at(-1)).toEqual({ body: { update_id: 1, message: { text: 'hi' } } });
    expect(response.headers.get('x-request-id')).toBe('caller-id-1');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('refuses what is not JSON, malformed JSON, a body too deep and a bad query or path', async () => {
    await post('/hook', 'update_id=1', 'application/x-www-form-urlencoded');
    await post('/hook', '{"update_id":');
    await post('/hook', `${'['.repeat(40)}${']'.repeat(40)}`);
    await post('/hook?x=%00', '{}');
    await post('/hook%00', '{}');
    expect(running.outcomes.slice(-5).map(codeOf)).toEqual(['UNSUPPORTED_MEDIA_TYPE', 'entity.parse.failed', 'INVALID_INPUT', 'INVALID_INPUT', 'INVALID_INPUT']);
    const [deep, query, path] = running.outcomes.slice(-3).map((outcome) => (outcome.refusal as Error).message);
    expect([deep, query, path]).toEqual([expect.stringMatching(/^body/), expect.stringMatching(/^query/), expect.stringMatching(/^path/)]);
  });
});

describe('inFrontOfExpress', () => {
  it('takes the requests its handler answers and hands the rest to the Express app, which answers in its own API', async () => {
    const app = express();
    app.get('/api', (_req, res) => res.status(201).json({ from: 'express' }));
    const server = createServer(app);
    inFrontOfExpress(server, app, (req: IncomingMessage, res: ServerResponse, next) => {
      if (req.url !== '/front') return next();
      const { res: answer } = withExpressApi(app, req, res);
      answer.status(202).json({ from: 'front' });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const front = await fetch(`${origin}/front`);
      const api = await fetch(`${origin}/api`);
      expect([front.status, await front.json()]).toEqual([202, { from: 'front' }]);
      expect([api.status, await api.json()]).toEqual([201, { from: 'express' }]);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('refuses a server that does not hand its requests to the app', () => {
    expect(() => inFrontOfExpress(createServer(), express(), () => undefined)).toThrow('does not hand its requests to the Express app');
  });
});
