import http, { IncomingHttpHeaders } from 'node:http';
import { AddressInfo } from 'node:net';

export interface ReceivedRequest {
  headers: IncomingHttpHeaders;
  body: Record<string, unknown>;
  at: number;
}

export interface ScriptedResponse {
  status: number;
  body?: unknown;
  delayMs?: number;
}

/** A bot's webhook endpoint for tests: records requests, answers from a script, then 200. */
export class WebhookReceiver {
  readonly requests: ReceivedRequest[] = [];
  private script: ScriptedResponse[] = [];
  private server: http.Server | undefined;
  private port = 0;

  static async start(): Promise<WebhookReceiver> {
    const receiver = new WebhookReceiver();
    const server = http.createServer((req, res) => receiver.onRequest(req, res));
    receiver.server = server;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    receiver.port = (server.address() as AddressInfo).port;
    return receiver;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}/hook`;
  }

  respondWith(...responses: ScriptedResponse[]): void {
    this.script.push(...responses);
  }

  async close(): Promise<void> {
    const server = this.server;
    if (!server) return;
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeAllConnections();
    await closed;
  }

  private onRequest(req: http.IncomingMessage, res: http.ServerResponse): void {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      this.requests.push({
        headers: req.headers,
        body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>,
        at: Date.now(),
      });
      const next = this.script.shift() ?? { status: 200 };
      const answer = (): void => {
        if (next.body === undefined) {
          res.writeHead(next.status).end();
          return;
        }
        res.writeHead(next.status, { 'content-type': 'application/json' }).end(JSON.stringify(next.body));
      };
      if (next.delayMs) setTimeout(answer, next.delayMs);
      else answer();
    });
  }
}

/** A URL nothing listens on: a port that was just free. */
export async function refusedUrl(): Promise<string> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}/hook`;
}
