import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';

/** A request as the endpoint received it, before anything was made of it. */
export interface SignedRequest {
  headers: Record<string, string>;
  /** The body as sent, undecoded. */
  raw: string;
}

/**
 * An endpoint of a tenant's backend that Switchboard calls with Standard Webhooks signatures,
 * written as the README tells tenants to write one: each request is verified with the library
 * against the secrets the endpoint knows (any one is enough) and refused with 401 when none
 * verifies it; what a verified request gets is the subclass's answer.
 */
export abstract class SignedEndpointFake {
  private server: Server | undefined;

  constructor(private readonly path: string) {}

  get url(): string {
    const { port } = this.server!.address() as AddressInfo;
    return `http://127.0.0.1:${port}${this.path}`;
  }

  async start(): Promise<void> {
    this.server = createServer((request, response) => void this.handle(request, response));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** The secrets a signature may be made with, tried in turn. */
  protected abstract secrets(): readonly string[];

  /** A request: `body` is its verified JSON, or undefined when no secret verified it (then already answered 401). */
  protected abstract received(request: SignedRequest, body: unknown, response: ServerResponse): void;

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    let raw = '';
    for await (const piece of request) raw += String(piece);
    const headers = Object.fromEntries(Object.entries(request.headers).map(([name, value]) => [name, String(value)]));
    const body = this.verified(raw, headers);
    if (body === undefined) response.writeHead(401, { 'content-type': 'application/json' }).end('{"error":"bad signature"}');
    this.received({ headers, raw }, body, response);
  }

  private verified(raw: string, headers: Record<string, string>): unknown {
    for (const secret of this.secrets()) {
      try {
        return new Webhook(secret).verify(raw, headers);
      } catch {
        // Not this secret.
      }
    }
    return undefined;
  }
}
