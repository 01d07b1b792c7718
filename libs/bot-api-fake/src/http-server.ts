import http from 'node:http';
import { AddressInfo } from 'node:net';
import { BotApiError, notFound, serverError } from './bot-api-error';
import { CallAnswer } from './dispatcher';
import { Params } from './params';
import { readRequestParams } from './request-body';

export type CallHandler = (token: string, method: string, params: Params, signal: AbortSignal) => Promise<CallAnswer>;

/** `/bot<token>/<method>`, and telegraf's testEnv form `/bot<token>/test/<method>`. */
const CALL_PATH = /^\/bot([^/]+)\/(?:test\/)?([^/]+)$/;

/** The HTTP side: routes calls to the handler and writes Telegram's JSON envelopes. */
export class FakeHttpServer {
  private server: http.Server | undefined;

  constructor(private readonly handle: CallHandler) {}

  listen(port: number): Promise<number> {
    const server = http.createServer((req, res) => void this.onRequest(req, res));
    this.server = server;
    return new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
    });
  }

  /** Also cuts open connections: keep-alive clients and `hang` faults would otherwise hold close() forever. */
  async close(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = undefined;
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeAllConnections();
    await closed;
  }

  private async onRequest(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const match = CALL_PATH.exec(url.pathname);
    if (!match) return send(res, notFound());
    const gone = new AbortController();
    res.on('close', () => {
      if (!res.writableFinished) gone.abort();
    });
    let params: Params;
    try {
      params = await readRequestParams(req, url);
    } catch (error) {
      return send(res, error instanceof BotApiError ? error : serverError(500));
    }
    const answer = await this.handle(safeDecode(match[1]), safeDecode(match[2]), params, gone.signal);
    if (answer === 'hang') return;
    writeJson(res, answer.status, answer.body);
  }
}

function send(res: http.ServerResponse, error: BotApiError): void {
  writeJson(res, error.errorCode, error.toBody());
}

function writeJson(res: http.ServerResponse, status: number, body: unknown): void {
  if (res.destroyed) return;
  const json = JSON.stringify(body);
  res.writeHead(status, http.STATUS_CODES[status], {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(json),
  });
  res.end(json);
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
