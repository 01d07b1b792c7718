import type { ServerResponse } from 'node:http';
import { SignedEndpointFake, SignedRequest } from './signed-endpoint-fake';

/** How the fake answers one verified request: a status and body, or nothing at all. */
export type EndpointReply = { status?: number; body: string | object } | { hang: true };

export interface ReceivedRequest extends SignedRequest {
  /** The JSON body, when the signature held. */
  body: unknown;
  verified: boolean;
}

/**
 * A tenant's answering endpoint, as the README tells tenants to write one: it verifies the
 * Standard Webhooks signature with the library (401 when it fails) and answers `{ reply }`.
 */
export class TenantEndpointFake extends SignedEndpointFake {
  private readonly log: ReceivedRequest[] = [];
  private replier: (body: { messages: Array<{ content: string }> }) => EndpointReply = (body) => ({ body: { reply: `Endpoint heard: ${body.messages.at(-1)?.content}` } });

  constructor(readonly secret: string) {
    super('/answers');
  }

  replyWith(replier: (body: { messages: Array<{ content: string }> }) => EndpointReply): void {
    this.replier = replier;
  }

  requests(): ReceivedRequest[] {
    return [...this.log];
  }

  protected secrets(): readonly string[] {
    return [this.secret];
  }

  protected received(request: SignedRequest, body: unknown, response: ServerResponse): void {
    this.log.push({ ...request, body, verified: body !== undefined });
    if (body === undefined) return;
    const reply = this.replier(body as { messages: Array<{ content: string }> });
    if ('hang' in reply) return;
    const text = typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body);
    response.writeHead(reply.status ?? 200, { 'content-type': 'application/json' }).end(text);
  }
}
