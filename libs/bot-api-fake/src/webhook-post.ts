import http from 'node:http';
import https from 'node:https';

export type WebhookAnswer =
  | { kind: 'response'; status: number; reason: string; contentType: string | undefined; body: Buffer }
  | { kind: 'failure'; message: string };

export interface WebhookPostOptions {
  secretToken: string | undefined;
  timeoutMs: number;
  signal: AbortSignal;
  agents: { http: http.Agent; https: https.Agent };
}

/**
 * POSTs one update like Telegram's webhook sender. Network failures resolve as `failure` with Telegram's
 * last_error_message wording; only cancellation (the signal) rejects.
 */
export function postUpdate(target: URL, body: string, options: WebhookPostOptions): Promise<WebhookAnswer> {
  const isHttps = target.protocol === 'https:';
  const headers: Record<string, string | number> = {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(body),
  };
  if (options.secretToken) headers['x-telegram-bot-api-secret-token'] = options.secretToken;
  return new Promise<WebhookAnswer>((resolve, reject) => {
    const request = (isHttps ? https : http).request(target, {
      method: 'POST',
      headers,
      agent: isHttps ? options.agents.https : options.agents.http,
      signal: options.signal,
    });
    request.setTimeout(options.timeoutMs, () => request.destroy(Object.assign(new Error('timeout'), { code: 'ETIMEDOUT' })));
    request.on('error', (error: NodeJS.ErrnoException) => {
      if (options.signal.aborted) reject(error);
      else resolve({ kind: 'failure', message: failureMessage(error) });
    });
    request.on('response', (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('error', (error: NodeJS.ErrnoException) => resolve({ kind: 'failure', message: failureMessage(error) }));
      response.on('end', () => {
        const status = response.statusCode ?? 0;
        resolve({
          kind: 'response',
          status,
          reason: response.statusMessage || http.STATUS_CODES[status] || '',
          contentType: response.headers['content-type'],
          body: Buffer.concat(chunks),
        });
      });
    });
    request.end(body);
  });
}

function failureMessage(error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case 'ECONNREFUSED':
      return 'Connection refused';
    case 'ECONNRESET':
    case 'EPIPE':
      return 'Connection reset by peer';
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return 'Failed to resolve host: Name or service not known';
    case 'ETIMEDOUT':
      return 'Read timeout expired';
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return 'No route to host';
    default:
      return error.message;
  }
}
