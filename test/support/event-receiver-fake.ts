import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';
import { eventually } from './builders';

/** An event as a tenant's backend receives it: Standard Webhooks' body. */
export interface ReceivedEvent {
  type: string;
  timestamp: string;
  data: Record<string, unknown>;
}

export interface ReceivedDelivery {
  headers: Record<string, string>;
  /** The body as sent, undecoded. */
  raw: string;
  /** The event, when a secret given to the fake verified its signature. */
  event: ReceivedEvent | undefined;
  verified: boolean;
  /** The status the fake answered. */
  answered: number;
  at: number;
}

/** How the fake answers a verified delivery: a status and body, a redirect, or nothing at all. */
export type ReceiverReply = { status: number; body?: string; headers?: Record<string, string> } | { hang: true };

/**
 * A tenant's event receiver, written as the README tells tenants to write one: it verifies each
 * delivery's signature with the Standard Webhooks library (401 when no secret it knows verifies
 * it) and answers 200, or what the test tells it to.
 */
export class EventReceiverFake {
  private server: Server | undefined;
  private readonly log: ReceivedDelivery[] = [];
  private secrets: string[] = [];
  private replier: (event: ReceivedEvent, delivery: ReceivedDelivery) => ReceiverReply = () => ({ status: 200, body: '{"received":true}' });

  get url(): string {
    const { port } = this.server!.address() as AddressInfo;
    return `http://127.0.0.1:${port}/switchboard/events`;
  }

  /** The secrets signatures are verified with (any one verifying is enough). */
  verifyWith(...secrets: string[]): void {
    this.secrets = secrets;
  }

  replyWith(replier: (event: ReceivedEvent, delivery: ReceivedDelivery) => ReceiverReply): void {
    this.replier = replier;
  }

  deliveries(): ReceivedDelivery[] {
    return [...this.log];
  }

  /** Verified events, in the order they arrived (retries included), optionally of one type. */
  events(type?: string): ReceivedEvent[] {
    return this.log.filter((delivery) => delivery.verified && (!type || delivery.event!.type === type)).map((delivery) => delivery.event!);
  }

  /** Waits for a verified event that `matches`, and answers it. */
  async eventMatching(matches: (event: ReceivedEvent) => boolean, timeoutMs = 15_000): Promise<ReceivedEvent> {
    const found = await eventually(async () => this.events().find(matches), (event) => event !== undefined, timeoutMs);
    return found!;
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
    const event = this.verified(raw, headers);
    const delivery: ReceivedDelivery = { headers, raw, event, verified: event !== undefined, answered: 401, at: Date.now() };
    this.log.push(delivery);
    if (!event) {
      response.writeHead(401, { 'content-type': 'application/json' }).end('{"error":"bad signature"}');
      return;
    }
    const reply = this.replier(event, delivery);
    if ('hang' in reply) return;
    delivery.answered = reply.status;
    response.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers }).end(reply.body ?? '');
  }

  private verified(raw: string, headers: Record<string, string>): ReceivedEvent | undefined {
    for (const secret of this.secrets) {
      try {
        return new Webhook(secret).verify(raw, headers) as ReceivedEvent;
      } catch {
        // Not this secret.
      }
    }
    return undefined;
  }
}
