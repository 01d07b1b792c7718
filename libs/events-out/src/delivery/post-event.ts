import { request as httpRequest, IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { publicOnlyLookup } from '@switchboard/common';
import { EXCERPT_CHARS } from '../deliveries/event-delivery-attempt.entity';

/** A 2xx within this long counts as delivered; the rest of the answer is read within it too. */
export const ATTEMPT_TIMEOUT_MS = 10_000;
/** At most this much of an answer is read: a receiver's answer is a status, not a download. */
export const MAX_ANSWER_BYTES = 64 * 1024;
/** The error publicOnlyLookup fails a connection with when the name resolves to a private address. */
const PRIVATE_ADDRESS = 'EPRIVATEADDRESS';

export interface SignedPost {
  url: string;
  headers: Record<string, string>;
  body: string;
}

/** How an attempt went: a 2xx in time, anything else (retried), or nothing sent to an address the platform does not post to. */
export type AttemptResult = 'delivered' | 'failed' | 'refused';

export interface PostOutcome {
  result: AttemptResult;
  statusCode: number | null;
  error: string | null;
  excerpt: string | null;
  durationMs: number;
}

/**
 * One POST of an event. Redirects are not followed (a 3xx is a failed attempt: the tenant set
 * this URL, not the one it points to), at most MAX_ANSWER_BYTES of the answer are read, and the
 * whole exchange is abandoned after ATTEMPT_TIMEOUT_MS. With `publicOnly`, the connection goes
 * only to public addresses, checked as the name is resolved for it.
 */
export async function postEvent(post: SignedPost, options: { publicOnly: boolean; timeoutMs?: number }): Promise<PostOutcome> {
  const started = Date.now();
  const timeoutMs = options.timeoutMs ?? ATTEMPT_TIMEOUT_MS;
  const signal = AbortSignal.timeout(timeoutMs);
  const outcome = (fields: Omit<PostOutcome, 'durationMs'>): PostOutcome => ({ ...fields, durationMs: Date.now() - started });
  let response: IncomingMessage;
  try {
    response = await send(post, signal, options.publicOnly);
  } catch (error) {
    const refused = !signal.aborted && (error as { code?: string }).code === PRIVATE_ADDRESS;
    return outcome({ result: refused ? 'refused' : 'failed', statusCode: null, error: describeFailure(error, signal, timeoutMs), excerpt: null });
  }
  const status = response.statusCode ?? 0;
  const excerpt = await excerptOf(response, signal);
  const delivered = status >= 200 && status < 300;
  return outcome({ result: delivered ? 'delivered' : 'failed', statusCode: status, error: delivered ? null : statusError(status, response), excerpt });
}

function send(post: SignedPost, signal: AbortSignal, publicOnly: boolean): Promise<IncomingMessage> {
  const url = new URL(post.url);
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  const headers = { ...post.headers, 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(post.body)), 'user-agent': 'Switchboard-Webhooks/1' };
  return new Promise((resolve, reject) => {
    const outgoing = request(url, { method: 'POST', headers, signal, lookup: publicOnly ? publicOnlyLookup : undefined }, resolve);
    outgoing.on('error', reject);
    outgoing.end(post.body);
  });
}

/** The answer's first characters, read up to the byte cap; what the timeout cuts short is kept as read. */
async function excerptOf(response: IncomingMessage, signal: AbortSignal): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of response) {
      chunks.push(chunk as Buffer);
      size += (chunk as Buffer).byteLength;
      if (size >= MAX_ANSWER_BYTES || signal.aborted) break;
    }
  } catch {
    // Cut short by the timeout or the connection: what came is enough.
  } finally {
    response.destroy();
  }
  // PostgreSQL's text holds no NUL.
  const text = Buffer.concat(chunks).subarray(0, MAX_ANSWER_BYTES).toString('utf8').replaceAll('\u0000', '');
  return text ? Array.from(text).slice(0, EXCERPT_CHARS).join('') : null;
}

function statusError(status: number, response: IncomingMessage): string {
  if (status >= 300 && status < 400) return `answered ${status}, a redirect${response.headers.location ? ` to ${response.headers.location.slice(0, 200)}` : ''}: redirects are not followed`;
  return `answered ${status}`;
}

function describeFailure(error: unknown, signal: AbortSignal, timeoutMs: number): string {
  if (signal.aborted) return `no answer within ${timeoutMs / 1_000} s`;
  const { code, message } = error as { code?: string; message?: string };
  if (code === PRIVATE_ADDRESS) return `refused: ${message}`;
  return code ? `could not connect (${code})` : `could not connect (${message ?? 'unknown error'})`;
}
