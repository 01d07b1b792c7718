import { createServer, IncomingMessage } from 'node:http';
import { AddressInfo } from 'node:net';

/** A pass-through to the Bot API fake for one app instance, counting the sends that went through it. */
export interface TelegramTap {
  apiRoot: string;
  /** sendMessage and sendPhoto calls Telegram answered, from this instance. */
  sends(): number;
  close(): Promise<void>;
}

async function bodyOf(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** The fake's call log cannot tell instances apart; giving each its own TELEGRAM_API_ROOT can. */
export async function tapTelegram(target: string): Promise<TelegramTap> {
  let sends = 0;
  const server = createServer((request, response) => {
    void (async () => {
      const body = await bodyOf(request);
      try {
        const answer = await fetch(`${target}${request.url}`, {
          method: request.method,
          headers: { 'content-type': request.headers['content-type'] ?? 'application/json' },
          body: request.method === 'GET' || request.method === 'HEAD' ? undefined : body,
        });
        const answered = Buffer.from(await answer.arrayBuffer());
        if (answer.ok && /\/send(Message|Photo)$/i.test(request.url ?? '')) sends++;
        response.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json' });
        response.end(answered);
      } catch {
        response.writeHead(502);
        response.end();
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    apiRoot: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    sends: () => sends,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
