import type { ServerResponse } from 'node:http';
import { eventually } from './builders';
import { SignedEndpointFake, SignedRequest } from './signed-endpoint-fake';

/** An event as a tenant's backend receives it: Standard Webhooks' body. */
export interface ReceivedEvent {
  type: string;
  timestamp: string;
  data: Record<string, unknown>;
}

export interface ReceivedDelivery extends SignedRequest {
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
export class EventReceiverFake extends SignedEndpointFake {
  private readonly log: ReceivedDelivery[] = [];
  private knownSecrets: string[] = [];
  private replier: (event: ReceivedEvent, delivery: ReceivedDelivery) => ReceiverReply = () => ({ status: 200, body: '{"received":true}' });

  constructor() {
    super('/switchboard/events');
  }

  /** The secrets signatures are verified with (any one verifying is enough). */
  verifyWith(...secrets: string[]): void {
    this.knownSecrets = secrets;
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

  protected secrets(): readonly string[] {
    return this.knownSecrets;
  }

  protected received(request: SignedRequest, body: unknown, response: ServerResponse): void {
    const event = body as ReceivedEvent | undefined;
    const delivery: ReceivedDelivery = { ...request, event, verified: event !== undefined, answered: 401, at: Date.now() };
    this.log.push(delivery);
    if (!event) return;
    const reply = this.replier(event, delivery);
    if ('hang' in reply) return;
    delivery.answered = reply.status;
    response.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers }).end(reply.body ?? '');
  }
}
