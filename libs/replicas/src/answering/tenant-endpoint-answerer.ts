import { Webhook } from 'standardwebhooks';
import { AnswerError } from './answer-error';
import { Answerer, AnswerRequest } from './answerer';

/** A tenant's HTTPS endpoint that answers for a replica, and the Standard Webhooks secret it verifies with. */
export interface TenantEndpoint {
  url: string;
  secret: string;
}

/** What the endpoint receives: enough to answer and to tie the call to its own logs. */
export interface EndpointAnswerRequestBody {
  requestId: string;
  replica: { uuid: string; name: string; slug: string };
  chat: { botId: string; chatId: string; chatType: string };
  messages: Array<{ role: 'user' | 'assistant'; content: string }>;
}

const SOURCE = 'the tenant endpoint';
/** A reply goes to one Telegram message (4,096 characters); far more is not a reply, and is not read. */
const MAX_ANSWER_BYTES = 64 * 1024;

/** Posts the conversation, signed, to the tenant's endpoint and takes `{ reply }` from its answer. */
export class TenantEndpointAnswerer implements Answerer {
  private readonly signer: Webhook;

  constructor(private readonly endpoint: TenantEndpoint) {
    this.signer = new Webhook(endpoint.secret);
  }

  async answer(request: AnswerRequest): Promise<string> {
    const payload = JSON.stringify(bodyOf(request));
    const sentAt = new Date();
    const headers = {
      'content-type': 'application/json',
      'webhook-id': request.requestId,
      'webhook-timestamp': String(Math.floor(sentAt.getTime() / 1000)),
      'webhook-signature': this.signer.sign(request.requestId, sentAt, payload),
    };
    let status: number;
    let text: string | null;
    try {
      // A redirect is refused: it would carry the conversation to a URL the tenant did not set.
      const response = await fetch(this.endpoint.url, { method: 'POST', headers, body: payload, signal: request.signal, redirect: 'error' });
      status = response.status;
      text = await boundedTextOf(response);
    } catch (error) {
      if (request.signal.aborted) throw AnswerError.aborted(SOURCE);
      throw new AnswerError('unreachable', `Could not reach ${SOURCE}`, { cause: error });
    }
    if (status < 200 || status > 299) throw new AnswerError('http-error', `${SOURCE} answered HTTP ${status}`);
    if (text === null) throw new AnswerError('malformed', `${SOURCE} answered more than ${MAX_ANSWER_BYTES} bytes`);
    return replyOf(text);
  }
}

function bodyOf({ requestId, replica, chat, turns }: AnswerRequest): EndpointAnswerRequestBody {
  return {
    requestId,
    replica: { uuid: replica.id, name: replica.name, slug: replica.slug },
    chat: { botId: chat.botId, chatId: chat.chatId, chatType: chat.chatType },
    messages: turns.map((turn) => ({ role: turn.role, content: turn.content })),
  };
}

/** The body as text, or null past the bound (leaving the loop cancels the rest unread). */
async function boundedTextOf(response: Response): Promise<string | null> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of response.body ?? []) {
    size += chunk.byteLength;
    if (size > MAX_ANSWER_BYTES) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function replyOf(text: string): string {
  const malformed = new AnswerError('malformed', `${SOURCE} did not answer JSON { "reply": string }`);
  let answer: unknown;
  try {
    answer = JSON.parse(text);
  } catch {
    throw malformed;
  }
  const reply = typeof answer === 'object' && answer !== null ? (answer as { reply?: unknown }).reply : undefined;
  if (typeof reply !== 'string') throw malformed;
  if (!reply.trim()) throw AnswerError.empty(SOURCE);
  return reply;
}
