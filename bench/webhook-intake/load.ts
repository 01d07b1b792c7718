import autocannon from 'autocannon';
import { UpdateSource } from './update-source';

export interface WebhookTarget {
  /** e.g. http://127.0.0.1:4000 */
  origin: string;
  path: string;
  secretToken: string;
}

export interface LoadResult {
  seconds: number;
  /** Answers with a 2xx status: the updates the server acknowledged. */
  ok: number;
  okPerSecond: number;
  non2xx: number;
  /** Connection errors and timeouts (requests that got no answer at all). */
  errors: number;
  timeouts: number;
  /** Over every answer, in ms. */
  p50: number;
  p99: number;
  statusCodes: Record<string, number>;
  /** update_ids this run sent are [firstUpdateId, endUpdateId). */
  firstUpdateId: number;
  endUpdateId: number;
  /** The update_ids that were answered 2xx, to check each one was really stored. */
  acknowledgedIds: number[];
}

/**
 * Posts updates to one webhook from `connections` keep-alive connections for `seconds`,
 * one request in flight per connection, as Telegram does (no pipelining).
 */
export function loadWebhook(target: WebhookTarget, updates: UpdateSource, connections: number, seconds: number): Promise<LoadResult> {
  const acknowledgedIds: number[] = [];
  const firstUpdateId = updates.peekNext();
  const request: autocannon.Request = {
    method: 'POST',
    path: target.path,
    headers: {
      'content-type': 'application/json',
      'x-telegram-bot-api-secret-token': target.secretToken,
    },
    // Called once per request sent, so every request carries a fresh update_id. The context belongs to
    // the connection and, with no pipelining, onResponse sees the id of the request it answers.
    setupRequest: (params, context) => {
      const { updateId, body } = updates.next();
      context.updateId = updateId;
      return { ...params, body };
    },
    onResponse: (status, _body, context) => {
      if (status >= 200 && status < 300) acknowledgedIds.push(context.updateId as number);
    },
  };
  return new Promise((resolve, reject) => {
    autocannon(
      { url: target.origin, connections, duration: seconds, pipelining: 1, timeout: 10, requests: [request] },
      (error, result) => {
        if (error) return reject(error);
        const statusCodes = Object.fromEntries(Object.entries(result.statusCodeStats).map(([code, stat]) => [code, stat.count]));
        resolve({
          seconds: result.duration,
          ok: result['2xx'],
          okPerSecond: result['2xx'] / result.duration,
          non2xx: result.non2xx,
          errors: result.errors,
          timeouts: result.timeouts,
          p50: result.latency.p50,
          p99: result.latency.p99,
          statusCodes,
          firstUpdateId,
          endUpdateId: updates.peekNext(),
          acknowledgedIds,
        });
      },
    );
  });
}
