import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import { MAX_ANSWER_BYTES, postEvent } from './post-event';

type Handler = (request: IncomingMessage, response: ServerResponse) => void;

describe('postEvent', () => {
  let server: Server;
  let handler: Handler;
  let received: Array<{ headers: IncomingMessage['headers']; body: string; path: string }>;
  const url = (path = '/events') => `http://127.0.0.1:${(server.address() as AddressInfo).port}${path}`;
  const post = (options: { publicOnly?: boolean; timeoutMs?: number } = {}, target = url()) =>
    postEvent({ url: target, headers: { 'webhook-id': 'evt-1' }, body: '{"type":"contact.created"}' }, { publicOnly: false, ...options });

  beforeAll(async () => {
    server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk) => (body += String(chunk)));
      request.on('end', () => {
        received.push({ headers: request.headers, body, path: request.url ?? '' });
        handler(request, response);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  });
  beforeEach(() => {
    received = [];
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('posts the body as JSON with the given headers; a 2xx is delivered, its answer kept as an excerpt', async () => {
    handler = (_, response) => response.writeHead(204).end();
    expect(await post()).toMatchObject({ result: 'delivered', statusCode: 204, error: null, excerpt: null, durationMs: expect.any(Number) });
    handler = (_, response) => response.writeHead(200).end('{"ok":true}');
    expect(await post()).toMatchObject({ result: 'delivered', statusCode: 200, excerpt: '{"ok":true}' });
    expect(received[0]).toMatchObject({ body: '{"type":"contact.created"}', headers: { 'webhook-id': 'evt-1', 'content-type': 'application/json' } });
  });

  it('fails on any other status, and follows no redirect', async () => {
    handler = (_, response) => response.writeHead(500).end('boom');
    expect(await post()).toMatchObject({ result: 'failed', statusCode: 500, error: 'answered 500', excerpt: 'boom' });
    handler = (request, response) => (request.url === '/events' ? response.writeHead(307, { location: url('/elsewhere') }).end() : response.writeHead(200).end());
    const redirected = await post();
    expect(redirected).toMatchObject({ result: 'failed', statusCode: 307 });
    expect(redirected.error).toMatch(/a redirect to .*\/elsewhere: redirects are not followed/);
    expect(received.map((request) => request.path)).toEqual(['/events', '/events']);
  });

  it('reads no more than the cap of a huge answer, and keeps a short excerpt without NUL', async () => {
    handler = (_, response) => {
      response.writeHead(200);
      response.write(`\u0000${'x'.repeat(5_000)}`);
      const chunk = 'y'.repeat(64 * 1024);
      for (let sent = 0; sent < 4 * MAX_ANSWER_BYTES; sent += chunk.length) response.write(chunk);
      response.end();
    };
    const outcome = await post();
    expect(outcome).toMatchObject({ result: 'delivered', statusCode: 200 });
    expect(outcome.excerpt).toBe('x'.repeat(1_000));
  });

  it('gives up on an answer that does not come in time', async () => {
    handler = () => undefined;
    expect(await post({ timeoutMs: 300 })).toMatchObject({ result: 'failed', statusCode: null, error: 'no answer within 0.3 s' });
  });

  it('refuses to connect to a name that resolves to a private address when only public ones are allowed', async () => {
    handler = (_, response) => response.writeHead(200).end();
    const outcome = await post({ publicOnly: true }, url().replace('127.0.0.1', 'localhost'));
    expect(outcome).toMatchObject({ result: 'refused', statusCode: null });
    expect(outcome.error).toMatch(/^refused: localhost resolves to .*, which is not public$/);
    expect(received).toEqual([]);
  });

  it('says why an unreachable endpoint failed', async () => {
    expect(await post({}, 'http://127.0.0.1:9/events')).toMatchObject({ result: 'failed', statusCode: null, error: 'could not connect (ECONNREFUSED)' });
  });
});
