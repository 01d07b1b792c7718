import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';

/** How the fake answers one verified request: a status and body, or nothing at all. */
export type EndpointReply = { status?: number; body: string | object } | { hang: true };

export interface ReceivedRequest {
  headers: Record<string, string>;
  /** The body as sent, undecoded. */
  raw: string;
  /** The JSON body, when the signature held. */
  body: unknown;
  verified: boolean;
}

/**
 * A tenant's answering endpoint, as the README tells tenants to write one: it verifies the
 * Standard Webhooks signature with the library (401 when it fails) and answers `{ reply }`.
 */
export class TenantEndpointFake {
  private server: Server | undefined;
  private received: ReceivedRequest[] = [];
  private replier: (body: { messages: Array<{ content: string }> }) => EndpointReply = (body) => ({ body: { reply: `Endpoint heard: ${body.messages.at(-1)?.content}` } });
  private readonly verifier: Webhook;

  constructor(readonly secret: string) {
    this.verifier = new Webhook(secret);
  }

  get url(): string {
    const { port } = this.server!.address() as AddressInfo;
    return `http://127.0.0.1:${port}/answers`;
  }

  replyWith(replier: (body: { messages: Array<{ content: string }> }) => EndpointReply): void {
    this.replier = replier;
  }

  requests(): ReceivedRequest[] {
    return [...this.received];
  }

  async start(): Promise<void> {
    this.server = createServer((request, response) => void this.handle(request, response));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    let raw = '';
    for await (const piece of request) raw += String(piece);
    const headers = Object.fromEntries(Object.entries(request.headers).map(([name, value]) => [name, String(value)]));
    let body: unknown;
    try {
      body = this.verifier.verify(raw, headers);
    } catch {
      this.received.push({ headers, raw, body: undefined, verified: false });
      response.writeHead(401, { 'content-type': 'application/json' }).end('{"error":"bad signature"}');
      return;
    }
    this.received.push({ headers, raw, body, verified: true });
    const reply = this.replier(body as { messages: Array<{ content: string }> });
    if ('hang' in reply) return;
    const text = typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body);
    response.writeHead(reply.status ?? 200, { 'content-type': 'application/json' }).end(text);
  }
}
